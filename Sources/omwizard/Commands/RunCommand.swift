import ArgumentParser
import CheckpointStorage
import GenesysSetup
import Glibc
import TerminalUI
import WizardCore

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Starts the full-screen wizard (the default)."
    )

    @OptionGroup var options: CheckpointOptions

    @Option(help: "Starts in this mode: guided, verify, automatic or practice (default: the saved one, else guided).")
    var mode: Mode?

    @Option(help: "The org's region: its key or domain, e.g. eu-west-1 or mypurecloud.ie (or GENESYSCLOUD_REGION).")
    var region: String?

    @Option(help: "Another API base, e.g. a practice org: http://127.0.0.1:8787 (https only, except to 127.0.0.1).")
    var apiBase: String?

    @Option(help: ArgumentHelp("A fault for the practice org that Practice mode starts, to show what a failure looks like "
                               + "(repeatable; the forms of omwizard practice --fault).", valueName: "fault"))
    var practiceFault: [String] = []

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

        if let mode { state.mode = mode }
        applyConnectionSettings(to: &state)

        let practice = PracticeProcess(statePath: options.practiceStatePath, faults: practiceFault)
        let service = SetupService(startPractice: { () throws(GenesysFailure) -> String in try practice.start() })
        // A write to a connection the far end closed must be an error, not the end of the wizard.
        signal(SIGPIPE, SIG_IGN)
        let terminal = Terminal(colors: Environment.value("NO_COLOR").map(\.isEmpty) ?? true)
        let session = WizardSession(state: state, terminal: terminal, store: store, genesys: GenesysWorker(service: service),
                                    practice: practice)
        let final = session.run()
        terminal.restore()
        practice.stop()
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

    /// The connection, from the command line first, then Genesys's usual environment variables (the ones its
    /// CLI and Terraform provider read), then the checkpoint. The secret only ever comes from the environment
    /// or the masked field, and stays in memory.
    private func applyConnectionSettings(to state: inout WizardState) {
        if let location = apiBase ?? region ?? Environment.value("GENESYSCLOUD_REGION"), !location.isEmpty {
            state.connection.location = location
        }
        if let clientID = Environment.value("GENESYSCLOUD_OAUTHCLIENT_ID"), !clientID.isEmpty {
            state.connection.clientID = clientID
        }
        state.clientSecret = Environment.value("GENESYSCLOUD_OAUTHCLIENT_SECRET") ?? ""
    }
}

extension Mode: ExpressibleByArgument {}
