/// Every word the wizard shows, in one language. Both languages fill the same fields, so the compiler
/// refuses a text that exists in one language only.
public struct Texts: Sendable {
    public var appTitle: String
    public var languageName: String

    // Progress and chrome
    public var stepName: @Sendable (StepID) -> String
    public var progress: @Sendable (_ number: Int, _ total: Int, _ name: String) -> String
    public var whyLabel: String
    public var whereLabel: String
    public var why: @Sendable (StepID) -> String
    /// Where to click, then what to do there, given the answers so far and the step's status (a stale
    /// step is mended, not made again).
    public var instructions: @Sendable (StepID, Answers, StepStatus) -> [String]
    public var modeName: @Sendable (Mode) -> String
    public var profileLabel: String
    public var keysStep: String
    /// The welcome screen's keys; Enter continues when there is progress to resume.
    public var keysWelcome: @Sendable (_ resuming: Bool) -> String
    public var keysSummary: String
    public var summaryWrites: @Sendable (_ path: String) -> String
    public var tokenKeys: String

    // Fields
    public var fieldLabel: @Sendable (FieldID) -> String
    public var originOption: @Sendable (FieldID, Origin) -> String
    public var resumeOption: @Sendable (_ resume: Bool, _ screenName: String) -> String
    public var issue: @Sendable (FieldID, ValidationIssue) -> String

    // Welcome
    public var welcomeTitle: String
    public var welcomeIntro: String
    public var savedProgress: @Sendable (_ finished: Int, _ total: Int) -> String
    public var savedIn: String

    // Statuses and notices
    /// A step's status in words ("already a member" rather than a bare "skipped").
    public var statusLabel: @Sendable (StepID, StepStatus) -> String
    public var notice: @Sendable (Notice) -> String
    public var unsaved: @Sendable (SaveFailure) -> String
    public var saveFailure: @Sendable (SaveFailure) -> String

    // Overlays
    public var helpTitle: @Sendable (String) -> String
    /// Paragraphs, wrapped to the help panel's width.
    public var help: @Sendable (Screen) -> [String]
    public var helpKeys: [String]
    /// What the marks of the progress line mean.
    public var legend: String
    public var helpClose: String
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

    // Summary
    public var summaryTitle: String
    /// What a finished step recorded; the status tells something made from something that already existed.
    public var summaryLine: @Sendable (StepID, Answers, StepStatus) -> String
    public var leftToDo: String
    public var nothingLeft: String
    public var nextChapter: String
    public var tokenNotStored: String

    // Command line
    public var needsTerminal: String
    public var locked: @Sendable (_ path: String, _ holder: Int32?) -> String
    /// Printed after the wizard ends: where the progress is, and the command that resumes it or, when
    /// everything is finished, the one that shows it.
    public var farewell: @Sendable (_ path: String, _ command: String, _ finished: Bool) -> String
    /// The last changes could not be saved when the wizard ended.
    public var endedUnsaved: @Sendable (_ path: String, SaveFailure) -> String
    public var checkpointOrProfile: String
    public var practiceMissing: @Sendable (_ program: String, _ reason: String) -> String
    public var noCheckpoint: @Sendable (_ path: String) -> String
    public var statusNext: @Sendable (_ name: String) -> String
    public var resetDone: @Sendable (_ backup: String) -> String
    public var nothingToReset: @Sendable (_ path: String) -> String
    public var invalidProfile: @Sendable (_ name: String) -> String

    public var suggestedQueueName: String
    public var suggestedFlowName: String
    public var suggestedIntegrationName: String
    public var genesys: GenesysTexts
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
    /// The name of a screen as the progress line and the resume choice say it.
    public func screenName(_ screen: Screen) -> String {
        switch screen {
        case .welcome: return welcomeTitle
        case .connect: return genesys.connectTitle
        case .plan: return genesys.planTitle
        case .step(let step): return stepName(step)
        case .summary: return summaryTitle
        }
    }
}

/// The last part of a path: notices name a file kept beside the checkpoint by its name alone.
func fileName(_ path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
}
