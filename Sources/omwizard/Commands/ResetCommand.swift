import ArgumentParser
import CheckpointStorage
import WizardCore
import WizardServices

struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Starts over, keeping the saved progress in a copy beside it (<file>.reset-<date>-<time>)."
    )

    @OptionGroup var options: CheckpointOptions

    func run() throws {
        let texts = Texts.for(options.location.spokenLanguage)
        let store = try options.location.lockedStore()
        // Runs a step of the reset on the file at `path`; a failure names that file and ends the command.
        func onFile(_ path: String, _ work: () throws(SaveFailure) -> Void) throws {
            do {
                try work()
            } catch {
                Environment.printError(path + ": " + texts.notices.saveFailure(error))
                throw ExitCode(1)
            }
        }
        try onFile(store.path) { () throws(SaveFailure) in
            if let backup = try store.reset(stamp: Environment.timestamp) {
                print(texts.commandLine.resetDone(backup))
            } else {
                print(texts.commandLine.nothingToReset(store.path))
            }
        }
        // A trainer's next demonstration starts from the seeded practice org, not from what this one made.
        let practicePath = options.location.practiceStatePath
        try onFile(practicePath) { () throws(SaveFailure) in
            if let practiceCopy = try PracticeProcess.setAside(practicePath) {
                print(texts.genesys.practiceOrgSetAside(practiceCopy))
            }
        }
    }
}
