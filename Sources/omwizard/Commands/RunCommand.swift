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
            profile: options.checkpoint == nil ? options.profile : basenameWithoutExtension(path),
            checkpointPath: path,
            summaryPath: Environment.workingDirectory + "/omwizard-summary-\(options.profile).md",
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
        if final.unsavedBecause == nil, !final.isAwaitingCheckpointDecision {
            let finished = final.firstUnfinishedStep == nil
            print(Texts.for(final.language).farewell(path, options.resumeCommand, finished))
        }
    }

    private func basenameWithoutExtension(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".json") ? String(name.dropLast(5)) : name
    }
}
