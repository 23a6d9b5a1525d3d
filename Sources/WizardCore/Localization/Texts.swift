/// Every word the wizard shows, in one language, grouped by where it is shown. Both languages fill the same
/// fields, so the compiler refuses a text that exists in one language only.
public struct Texts: Sendable {
    public var appTitle: String
    public var languageName: String
    public var steps: StepTexts
    public var chrome: ChromeTexts
    public var fields: FieldTexts
    public var welcome: WelcomeTexts
    public var notices: NoticeTexts
    public var help: HelpTexts
    public var dialogs: DialogTexts
    public var summary: SummaryTexts
    public var commandLine: CommandLineTexts
    public var suggestions: SuggestionTexts
    public var genesys: GenesysTexts
    public var testMessage: TestMessageTexts
    public var undo: UndoTexts
    public var scripted: ScriptedTexts
    /// Any https address will do: the Salesforce package never calls it. example.com is reserved for examples.
    public static let suggestedWebhookURL = "https://example.com/omwizard-not-used"

    public static func `for`(_ language: Language) -> Texts {
        switch language {
        case .es: return .spanish
        case .en: return .english
        }
    }
}

extension Texts {
    /// One problem of an answers file, as compilers say theirs: file, line, key, then what is wrong (in the
    /// wizard's own words when its field would refuse the value).
    public func answersFileLine(_ error: AnswersFileError) -> String {
        let place = error.line > 0 ? "\(error.file):\(error.line)" : error.file
        let what: String
        if case .invalid(let field, let issue) = error.problem {
            what = fields.issue(field, issue)
        } else {
            what = scripted.problem(error.problem)
        }
        return "\(place): \(error.key): \(what)"
    }

    /// An unreadable checkpoint said on one line, for a command without the full screen: what is wrong, the
    /// backup, and what the wizard will offer (nothing changes before the user says).
    public func damagedCheckpointLine(_ damaged: DamagedCheckpoint) -> String {
        let backup = damaged.backup == nil ? dialogs.damagedWithoutBackup : dialogs.damagedWithBackup
        return ([dialogs.damagedTitle] + dialogs.damagedBody(damaged.problem)
                + [backup, commandLine.damagedOffer(damaged.backup != nil)])
            .map { $0.hasSuffix(".") || $0.hasSuffix(":") ? $0 : $0 + "." }.joined(separator: " ")
    }
}

extension Texts {
    /// The name of a screen as the progress line and the resume choice say it.
    public func screenName(_ screen: Screen) -> String {
        switch screen {
        case .welcome: return welcome.title
        case .connect: return genesys.connectTitle
        case .plan: return genesys.planTitle
        case .testMessage: return testMessage.title
        case .undo: return undo.title
        case .step(let step): return steps.stepName(step)
        case .summary: return summary.title
        }
    }
}

/// The last part of a path: notices name a file kept beside the checkpoint by its name alone.
func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
}

/// What each step says: its name, why it matters, where to click.
public struct StepTexts: Sendable {
    public var stepName: @Sendable (StepID) -> String
    public var progress: @Sendable (_ number: Int, _ total: Int, _ name: String) -> String
    public var whyLabel: String
    public var whereLabel: String
    public var why: @Sendable (StepID) -> String
    /// Where to click, then what to do there, given the answers so far and the step's status (a stale
    /// step is mended, not made again).
    public var instructions: @Sendable (StepID, Answers, StepStatus) -> [String]
}

/// The bars around every screen: the mode, the profile, the keys.
public struct ChromeTexts: Sendable {
    public var modeName: @Sendable (Mode) -> String
    public var profileLabel: String
    public var keysStep: String
    /// The welcome screen's keys; Enter continues when there is progress to resume.
    public var keysWelcome: @Sendable (_ resuming: Bool) -> String
    public var keysSummary: String
    public var summaryWrites: @Sendable (_ path: String) -> String
    public var tokenKeys: String
}

/// The inputs: labels, options and what is wrong with a value.
public struct FieldTexts: Sendable {
    public var fieldLabel: @Sendable (FieldID) -> String
    /// The two options of a step's "use what exists, or make a new one" choice.
    public var originOption: @Sendable (StepID, Origin) -> String
    public var resumeOption: @Sendable (_ resume: Bool, _ screenName: String) -> String
    /// What is wrong with a value, by the field's rules alone: also said where there are no keys (an answers
    /// file, a command's line).
    public var issue: @Sendable (FieldID, ValidationIssue) -> String
    /// What the full screen's keys do about it ("F4 makes one"), said after the issue on the screen only.
    public var keyToMend: @Sendable (FieldID, ValidationIssue) -> String?
}

/// The welcome screen.
public struct WelcomeTexts: Sendable {
    public var title: String
    public var intro: String
    public var savedProgress: @Sendable (_ finished: Int, _ total: Int) -> String
    public var savedIn: String
}

/// A step's status, the one-line notices, and why a save failed.
public struct NoticeTexts: Sendable {
    /// A step's status in words ("already a member" rather than a bare "skipped").
    public var statusLabel: @Sendable (StepID, StepStatus) -> String
    public var notice: @Sendable (Notice) -> String
    public var unsaved: @Sendable (SaveFailure) -> String
    public var saveFailure: @Sendable (SaveFailure) -> String
}

/// The help panel.
public struct HelpTexts: Sendable {
    public var title: @Sendable (String) -> String
    /// Paragraphs, wrapped to the help panel's width: what the screen is for, in words that need no key (the
    /// line mode says them too).
    public var paragraphs: @Sendable (Screen) -> [String]
    /// The full screen's keys for what the screen offers, after the paragraphs there only.
    public var keyNote: @Sendable (Screen) -> String?
    public var keys: [String]
    /// What the marks of the progress line mean.
    public var legend: String
    public var close: String
}

/// The questions asked over a screen (quit, start over, an unreadable checkpoint) and the too-small screen.
public struct DialogTexts: Sendable {
    public var quitTitle: String
    public var quitBody: @Sendable (_ path: String, _ command: String, _ unsaved: SaveFailure?, _ hasProgress: Bool) -> [String]
    public var quitKeys: String
    public var startOverTitle: String
    public var startOverBody: @Sendable (_ path: String) -> [String]
    public var startOverKeys: String
    public var damagedTitle: String
    public var damagedBody: @Sendable (CheckpointProblem) -> [String]
    public var damagedWithBackup: String
    public var damagedWithoutBackup: String
    public var damagedKeys: @Sendable (_ hasBackup: Bool) -> String
    public var tooSmall: @Sendable (_ current: TerminalSize, _ needed: TerminalSize) -> [String]
}

/// The summary screen and the Markdown summary.
public struct SummaryTexts: Sendable {
    public var title: String
    /// What a finished step recorded; the status tells something made from something that already existed.
    public var line: @Sendable (StepID, Answers, StepStatus) -> String
    public var leftToDo: String
    public var nothingLeft: String
    public var nextChapter: String
    public var tokenNotStored: String
}

/// What the command line prints.
public struct CommandLineTexts: Sendable {
    /// TERM names a terminal this machine has no description of; `standIn` is the one used in its place, if
    /// the machine has one.
    public var unknownTerminal: @Sendable (_ term: String, _ standIn: String?) -> String
    public var locked: @Sendable (_ path: String, _ holder: Int32?) -> String
    /// Printed after the wizard ends: where the progress is, and the command that resumes it or, when
    /// everything is finished, the one that shows it.
    public var farewell: @Sendable (_ path: String, _ command: String, _ finished: Bool) -> String
    /// The last changes could not be saved when the wizard ended.
    public var endedUnsaved: @Sendable (_ path: String, SaveFailure) -> String
    public var checkpointOrProfile: String
    public var programMissing: @Sendable (_ program: String, _ reason: String) -> String
    public var noCheckpoint: @Sendable (_ path: String) -> String
    /// `status` on an unreadable checkpoint: what the wizard will offer (nothing changes before the user says).
    public var damagedOffer: @Sendable (_ hasBackup: Bool) -> String
    public var statusNext: @Sendable (_ name: String) -> String
    public var resetDone: @Sendable (_ backup: String) -> String
    public var nothingToReset: @Sendable (_ path: String) -> String
    public var invalidProfile: @Sendable (_ name: String) -> String
    /// `test-message` and `undo` on a real org: the secret comes from the environment only.
    public var needsSecret: String
    /// `export`: the files written; a setup with no answers yet; a flow the setup reused, whose file it lacks.
    public var exported: @Sendable (_ paths: [String]) -> String
    public var nothingToExport: String
    public var flowNotMadeHere: @Sendable (_ flow: String) -> String
}

/// The names offered in an empty field.
public struct SuggestionTexts: Sendable {
    public var queueName: String
    public var flowName: String
    public var integrationName: String
}
