import ArgumentParser
import CheckpointStorage
import GenesysSetup
import Glibc
import LineUI
import TerminalUI
import WizardCore
import WizardServices

/// What `omwizard` (`omwizard run`) was asked for: RunCommand's options, read by ArgumentParser or by
/// QuickStart.
struct WizardRequest: Equatable {
    var location = CheckpointLocation()
    var mode: Mode?
    var region: String?
    var apiBase: String?
    var practiceFaults: [String] = []
    /// Line by line, whatever the terminal (`--accessible`).
    var accessible = false
}

/// Starts the wizard for a request, on the full screen or line by line, and runs it to the end.
enum WizardLaunch {
    /// How the wizard is shown: the full screen needs a terminal that can draw it, on both input and output.
    enum FrontEnd: Equatable {
        case fullScreen
        case lines(LineModeReason)

        static func chosen(for request: WizardRequest, term: String) -> FrontEnd {
            if request.accessible { return .lines(.asked) }
            if isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1 { return .lines(.notATerminal) }
            if term.isEmpty || term == "dumb" { return .lines(.dumbTerminal) }
            return .fullScreen
        }
    }

    static func run(_ request: WizardRequest) throws {
        let location = request.location
        // Only what goes wrong before the first screen needs words here: the checkpoint is read for their
        // language then, not on every start.
        var texts: Texts { Texts.for(location.spokenLanguage) }
        let term = Environment.value("TERM") ?? ""
        let frontEnd = FrontEnd.chosen(for: request, term: term)
        // A terminal this machine has no description of (xterm-kitty or alacritty over ssh): a usual one
        // stands in, and the user is told which, and how to install the real one.
        if frontEnd == .fullScreen && !Terminal.isDescribed(term) {
            guard let standIn = Terminal.usualDescription else {
                Environment.printError(texts.commandLine.unknownTerminal(term, nil))
                throw ExitCode(2)
            }
            setenv("TERM", standIn, 1)
            Environment.printError(texts.commandLine.unknownTerminal(term, standIn))
        }
        let path = location.checkpointPath
        let store = try location.lockedStore()

        let context = SessionContext(
            profile: location.displayName,
            checkpointPath: path,
            summaryPath: Environment.workingDirectory + "/omwizard-summary-\(location.displayName).md",
            resumeCommand: location.resumeCommand
        )
        var state = WizardState(language: location.language, size: .minimum, context: context)
        switch store.load() {
        case .none:
            break
        case .loaded(let checkpoint):
            state.restore(checkpoint, keepLanguage: location.lang != nil)
        case .damaged(let damaged):
            state.overlay = .damagedCheckpoint(damaged)
        }

        // "--mode practice" keeps the way a saved practice run had chosen (Automatic or Verify).
        if let mode = request.mode, !(mode.isPractice && state.mode.isPractice) { state.mode = mode }
        applyConnectionSettings(request, to: &state)

        let practice = PracticeProcess(statePath: location.practiceStatePath, faults: request.practiceFaults)
        let service = SetupService(startPractice: { () throws(GenesysFailure) -> String in try practice.start() })
        // A write to a connection the far end closed must be an error, not the end of the wizard.
        signal(SIGPIPE, SIG_IGN)
        let ending: WizardSession.Ending
        // The last word, where the wizard spoke: on the terminal given back, or in the line mode's lines.
        var announce: (String) -> Void = { print($0) }
        switch frontEnd {
        case .fullScreen:
            ending = runFullScreen(state, store: store, service: service, practice: practice)
        case .lines(let reason):
            let console = StandardConsole(shouldStop: { LineSignals.stopRequested })
            ending = runLines(state, reason: reason, console: console, store: store, service: service, practice: practice)
            announce = console.say
        }
        practice.stop()
        let final = ending.state
        let finalTexts = Texts.for(final.language)
        if let failure = final.unsavedBecause {
            Environment.printError(finalTexts.commandLine.endedUnsaved(path, failure))
        }
        // Nothing to announce when nothing was ever written (left from the welcome screen, or from an
        // unreadable checkpoint that was left alone).
        let saved = store.load() != .none && !final.isAwaitingCheckpointDecision
        let finished = final.firstUnfinishedStep == nil
        let farewell = finalTexts.commandLine.farewell(path, finished ? location.statusCommand : location.resumeCommand, finished)
        // Stopped by a signal: the progress is saved (or said not to be) and the terminal given back; the exit
        // says which signal. The line mode still says where the progress is: its screen is the conversation.
        if let signal = ending.signal {
            if frontEnd != .fullScreen && saved && final.unsavedBecause == nil { announce(farewell) }
            throw ExitCode(128 + signal)
        }
        if final.unsavedBecause != nil { throw ExitCode(1) }
        if saved { announce(farewell) }
    }

    private static func runFullScreen(_ state: WizardState, store: ProgressStore, service: SetupService,
                                      practice: PracticeProcess) -> WizardSession.Ending {
        let terminal = Terminal(colors: Environment.value("NO_COLOR").map(\.isEmpty) ?? true)
        let session = WizardSession(state: state, terminal: terminal, store: store, genesys: service, practice: practice)
        let ending = session.run()
        // Leaving the full screen gives Ctrl-C back its signal: one typed right after "quit? yes" would end
        // the wizard before it stops its practice org and says where the progress is. It is leaving already.
        signal(SIGINT, SIG_IGN)
        terminal.restore()
        return ending
    }

    private static func runLines(_ state: WizardState, reason: LineModeReason, console: StandardConsole, store: ProgressStore,
                                 service: SetupService, practice: PracticeProcess) -> WizardSession.Ending {
        LineSignals.install()
        if let why = LineTexts.for(state.language).chosen(reason) { console.say(why) }
        store.sweepTemporaryFiles()
        let session = LineSession(state: state, savedLanguage: nil, store: store, genesys: service, practice: practice)
        let final = LineWizard(session: session, console: console, shouldStop: { LineSignals.stopRequested }).run()
        let received = LineSignals.received.load(ordering: .relaxed)
        return WizardSession.Ending(state: final, signal: received == 0 ? nil : received)
    }

    /// The connection, from the command line first, then Genesys's usual environment variables (the ones its
    /// CLI and Terraform provider read), then the checkpoint. The secret only ever comes from the environment
    /// or the masked field, and stays in memory.
    static func applyConnectionSettings(_ request: WizardRequest, to state: inout WizardState) {
        if let location = request.apiBase ?? request.region ?? Environment.value("GENESYSCLOUD_REGION"), !location.isEmpty {
            state.connection.location = location
        }
        if let clientID = Environment.value("GENESYSCLOUD_OAUTHCLIENT_ID"), !clientID.isEmpty {
            state.connection.clientID = clientID
        }
        state.clientSecret = Environment.value("GENESYSCLOUD_OAUTHCLIENT_SECRET") ?? ""
    }
}
