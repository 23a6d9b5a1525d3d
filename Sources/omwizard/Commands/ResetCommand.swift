import ArgumentParser
import CheckpointStorage
import WizardCore

struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Starts over, keeping the saved progress in a copy beside it (<file>.reset-<time>)."
    )

    @OptionGroup var options: CheckpointOptions

    func run() throws {
        let texts = Texts.for(options.language)
        let store = CheckpointStore(path: options.checkpointPath)
        do {
            try store.lock()
            if let backup = try store.reset(stamp: Environment.timestamp) {
                print(texts.resetDone(backup))
            } else {
                print(texts.nothingToReset(store.path))
            }
        } catch let locked as CheckpointLocked {
            Environment.printError(texts.locked(locked.path, locked.holder))
            throw ExitCode(3)
        } catch let failure as SaveFailure {
            Environment.printError(store.path + ": " + texts.saveFailure(failure))
            throw ExitCode(1)
        }
    }
}
