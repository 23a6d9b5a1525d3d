import DurableFiles
import WizardCore

/// The effects that write files, carried out alike by the full screen's session and the line one.
public enum EffectFiles {
    public static func writeSummary(_ markdown: String, to path: String) -> Event {
        do {
            let replaced = FileReader.read(path) != nil
            try TextFileWriter.write(markdown, to: path)
            return .summaryWritten(path: path, replaced: replaced)
        } catch {
            return .summaryWriteFailed(path: path, SaveFailure(error))
        }
    }

    public static func setAsideDamaged(_ store: ProgressStore) -> Event {
        do {
            return .damagedCheckpointSetAside(path: try store.setAsideDamaged(stamp: Environment.timestamp))
        } catch {
            return .checkpointSaveFailed(error)
        }
    }

    /// The copy kept before starting over; nil when there was nothing to copy.
    public static func archive(_ store: ProgressStore) -> Event? {
        do {
            return try store.archive(stamp: Environment.timestamp).map { .checkpointArchived(path: $0) }
        } catch {
            return .checkpointSaveFailed(error)
        }
    }
}
