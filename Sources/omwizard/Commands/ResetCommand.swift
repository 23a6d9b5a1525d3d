import ArgumentParser
import CheckpointStorage
import WizardCore

struct ResetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset",
        abstract: "Starts over, keeping the saved progress in a copy beside it (<file>.reset-<date>-<time>)."
    )

    @OptionGroup var options: CheckpointOptions

    func run() throws {
        let texts = Texts.for(options.location.spokenLanguage)
        let store = try options.location.lockedStore()
        do {
            if let backup = try store.reset(stamp: Environment.timestamp) {
                print(texts.commandLine.resetDone(backup))
            } else {
                print(texts.commandLine.nothingToReset(store.path))
            }
            // A trainer's next demonstration starts from the seeded practice org, not from what this one made.
            if let practiceCopy = PracticeProcess.setAside(options.location.practiceStatePath) {
                print(texts.genesys.practiceOrgSetAside(practiceCopy))
            }
        } catch {
            Environment.printError(store.path + ": " + texts.notices.saveFailure(error))
            throw ExitCode(1)
        }
    }
}
