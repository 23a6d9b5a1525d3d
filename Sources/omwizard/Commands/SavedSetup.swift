import ArgumentParser
import CheckpointStorage
import GenesysSetup
import Glibc
import PracticeFaults
import WizardCore
import WizardServices

/// What `omwizard test-message` and `omwizard undo` share: the saved setup, its checkpoint locked, and a
/// connection to its org made through the wizard's own connection screen (the same checks, the same
/// messages), with the connection settings read as the wizard reads them.
struct SavedSetup {
    let session: LineSession
    let practice: PracticeProcess
    var texts: Texts { Texts.for(session.state.language) }

    /// Opens the profile's checkpoint; a missing or unreadable one ends the command with its message.
    static func open(_ options: CheckpointOptions, practiceFaults: [String]) throws -> SavedSetup {
        let location = options.location
        let store = try location.lockedStore()
        let checkpoint = try location.savedSetup(in: store)
        var state = WizardState(language: location.language, size: .minimum,
                                context: SessionContext(profile: location.displayName, checkpointPath: store.path, summaryPath: ""))
        state.restore(checkpoint, keepLanguage: location.lang != nil)
        let savedLanguage = checkpoint.language
        WizardLaunch.applyConnectionSettings(WizardRequest(location: location), to: &state)
        let practice = PracticeProcess(statePath: location.practiceStatePath, faults: practiceFaults)
        let service = SetupService(startPractice: { () throws(GenesysFailure) -> String in try practice.start() })
        signal(SIGPIPE, SIG_IGN)
        let session = LineSession(state: state, savedLanguage: savedLanguage, store: store, genesys: service)
        return SavedSetup(session: session, practice: practice)
    }

    /// Logs in as the connection screen would, then shows `screen`; a refusal ends the command with the
    /// wizard's words for it. The mode must use the API (the caller says it otherwise).
    func connect(then screen: Screen) throws {
        var state = session.state
        if !state.mode.isPractice && state.clientSecret.isEmpty {
            Environment.printError(texts.commandLine.needsSecret)
            throw ExitCode(2)
        }
        // The connection screen's Enter logs in, then enters `screen`.
        state.genesys.afterConnecting = screen
        state.screen = .connect
        session.state = state
        session.dispatch(.key(.enter))
        try stopOnProblem()
    }

    /// Ends the command when the last event left a field's error or a failure on screen.
    func stopOnProblem() throws {
        let state = session.state
        if let (field, issue) = state.errors.first {
            Environment.printError(texts.fields.fieldLabel(field) + ": " + texts.fields.issue(field, issue))
            throw ExitCode(2)
        }
        if let failure = state.genesys.failure {
            Environment.printError("✗ " + texts.genesys.failure(failure))
            throw ExitCode(1)
        }
        if let failure = state.unsavedBecause {
            Environment.printError(session.state.context.checkpointPath + ": " + texts.notices.saveFailure(failure))
            throw ExitCode(1)
        }
    }

    /// Asks a yes-or-no question on the terminal; without one, only `--yes` says yes.
    func confirmed(_ question: String, yes: Bool) throws -> Bool {
        if yes { return true }
        guard isatty(STDIN_FILENO) == 1 else {
            Environment.printError(texts.undo.needsYes)
            throw ExitCode(2)
        }
        print(question, terminator: "")
        guard let answer = readLine()?.trimmingPrefix(" ").first else { return false }
        return KeyCommand.yes.matches(.character(answer))
    }
}
