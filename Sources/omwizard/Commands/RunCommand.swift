import ArgumentParser
import CheckpointStorage
import Glibc
import TerminalUI
import WizardCore

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Starts the full-screen wizard (the default)."
    )

    @OptionGroup var options: CheckpointOptions

    func run() throws {
        let texts = Texts.for(options.language)
        let term = Environment.value("TERM") ?? ""
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1, !term.isEmpty, term != "dumb" else {
            Environment.printError(texts.needsTerminal)
            throw ExitCode(2)
        }
        let path = options.checkpointPath
        let store = try options.lockedStore()
        store.sweepTemporaryFiles()

        let context = SessionContext(
            profile: options.displayName,
            checkpointPath: path,
            summaryPath: Environment.workingDirectory + "/omwizard-summary-\(options.displayName).md",
            resumeCommand: options.resumeCommand
        )
        var state = WizardState(language: options.language, size: .minimum, context: context)
        switch store.load() {
        case .none:
            break
        case .loaded(let checkpoint):
            state.restore(checkpoint, keepLanguage: options.lang != nil)
        case .damaged(let damaged):
            state.overlay = .damagedCheckpoint(damaged)
        }

        let terminal = Terminal(colors: Environment.value("NO_COLOR").map(\.isEmpty) ?? true)
        let session = WizardSession(state: state, terminal: terminal, store: store)
        let final = session.run()
        terminal.restore()
        let finalTexts = Texts.for(final.language)
        if let failure = final.unsavedBecause {
            Environment.printError(finalTexts.endedUnsaved(path, failure))
            throw ExitCode(1)
        }
        // Nothing to announce when nothing was ever written (left from the welcome screen, or from an
        // unreadable checkpoint that was left alone).
        guard store.load() != .none, !final.isAwaitingCheckpointDecision else { return }
        let finished = final.firstUnfinishedStep == nil
        print(finalTexts.farewell(path, finished ? options.statusCommand : options.resumeCommand, finished))
    }
}
