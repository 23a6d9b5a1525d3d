import CheckpointStorage
import TerminalUI
import WizardCore
import WizardUI

/// The service layer of a full-screen run: feeds terminal input to `reduce`, paints each new state, and
/// carries out the effects, whose results go back in as events.
final class WizardSession {
    private var state: WizardState
    private let terminal: Terminal
    private let store: CheckpointStore
    /// The newest checkpoint not yet written. Saving waits until no key is pending, so that a burst of
    /// typing costs one fsync rather than one per key, and the echo never waits for the disk.
    private var unsavedCheckpoint: Checkpoint?
    private let genesys: GenesysWorker
    private let practice: PracticeProcess

    init(state: WizardState, terminal: Terminal, store: CheckpointStore, genesys: GenesysWorker, practice: PracticeProcess) {
        self.state = state
        self.terminal = terminal
        self.store = store
        self.genesys = genesys
        self.practice = practice
    }

    /// How often the progress indicator moves while Genesys Cloud works.
    private static let tickMilliseconds: Int32 = 120

    /// Runs until the user quits or the terminal goes away; returns the last state.
    func run() -> WizardState {
        dispatch(.resized(terminal.size))
        // After the first frame, which does not need it, and before any save.
        store.sweepTemporaryFiles()
        reading: while !state.hasQuit {
            let working = genesys.isBusy
            let timeout: Int32 = working ? Self.tickMilliseconds : (unsavedCheckpoint == nil ? -1 : 0)
            switch terminal.read(timeout: timeout, wakeUp: working ? genesys.wakeUp : nil) {
            case .key(let key)?:
                if case .character(let character) = key { terminal.echo(character) }
                dispatch(.key(key))
            case .resized(let size)?: dispatch(.resized(size))
            case .hangup?: break reading
            case nil:
                saveNow()
                if working { dispatch(.tick) }
            }
            for event in genesys.takeFinished() { dispatch(event) }
        }
        saveNow()
        return state
    }

    private func dispatch(_ first: Event) {
        var pending = [first]
        while !pending.isEmpty {
            let event = pending.removeFirst()
            let (next, effects) = reduce(state, event)
            state = next
            terminal.paint(Renderer.render(state))
            pending += effects.compactMap(perform)
        }
    }

    /// Writes the waiting checkpoint, if any; returns why it failed, if it did.
    @discardableResult
    private func saveNow() -> SaveFailure? {
        guard let checkpoint = unsavedCheckpoint else { return nil }
        unsavedCheckpoint = nil
        do {
            try store.save(checkpoint)
            if state.unsavedBecause != nil { dispatch(.checkpointSaved) }
            return nil
        } catch {
            dispatch(.checkpointSaveFailed(error))
            return error
        }
    }

    /// Carries out one effect; returns the event that reports its result, if it has one.
    private func perform(_ effect: Effect) -> Event? {
        switch effect {
        case .save(let checkpoint):
            unsavedCheckpoint = checkpoint
            return nil
        case .generateSecretToken:
            return .secretTokenGenerated(SecretToken.generate())
        case .copyToClipboard(let text):
            terminal.copyToClipboard(text)
            return nil
        case .writeSummary(let markdown, let path):
            do {
                try TextFileWriter.write(markdown, to: path)
                return .summaryWritten(path: path)
            } catch {
                return .summaryWriteFailed(path: path, error)
            }
        case .setAsideDamagedCheckpoint:
            do {
                return .damagedCheckpointSetAside(path: try store.setAsideDamaged(stamp: Environment.timestamp))
            } catch {
                return .checkpointSaveFailed(error)
            }
        case .archiveCheckpoint:
            // The copy must hold the newest progress, so a save still waiting for idle goes first.
            saveNow()
            do {
                return try store.archive(stamp: Environment.timestamp).map { .checkpointArchived(path: $0) }
            } catch {
                return .checkpointSaveFailed(error)
            }
        case .genesys(let work):
            // A create goes out only once its intent is on disk: otherwise a run stopped meanwhile could not
            // know to look for what it made.
            if case .apply = work, let failure = saveNow() { return .genesysFailed(.progressNotSaved(failure)) }
            genesys.start(work)
            return nil
        case .resetPracticeOrg:
            practice.resetOrg()
            return nil
        case .quit:
            return nil
        }
    }
}
