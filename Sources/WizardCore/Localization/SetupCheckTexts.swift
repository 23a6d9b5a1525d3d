/// The words of the test message and of the undo, in one language (a part of `Texts`).
public struct TestMessageTexts: Sendable {
    public var title: String
    /// What the test does, above the field.
    public var intro: String
    public var fieldLabel: String
    /// The message suggested, which the admin may change.
    public var suggestedText: String
    /// The sender's nickname: it says it is a test.
    public var nickname: String
    public var sending: String
    /// While the conversation is followed, with the deadline in seconds.
    public var following: @Sendable (_ seconds: Int) -> String
    /// What it found, in one sentence, and what to do when it failed.
    public var outcome: @Sendable (TestMessageOutcome, Answers) -> String
    /// The conversation's id, which Genesys's admin UI can find.
    public var conversation: @Sendable (_ id: String) -> String
    /// The setup has no integration or queue to test yet.
    public var notReady: String
    public var keysReady: String
    public var keysResult: String
    public var help: String
    /// The route's line of the summary, after the route: the last test message.
    public var summaryLine: @Sendable (TestMessageRecord) -> String
}

public struct UndoTexts: Sendable {
    public var title: String
    public var intro: String
    /// Guided mode: the wizard made nothing through the API; the admin removes what they made.
    public var introByHand: String
    /// One removal of the plan, before it is done.
    public var removal: @Sendable (Removal) -> String
    /// One removal once done.
    public var result: @Sendable (Removal, RemovalResult) -> String
    public var kept: @Sendable (KeptObject, Answers) -> String
    /// Where to click to remove what a step made, in Guided mode.
    public var byHand: @Sendable (StepID, Answers) -> String
    public var nothingToRemove: String
    public var finished: String
    /// On the welcome screen of a setup that was undone.
    public var undoneNote: String
    public var keysReady: String
    public var keysByHand: String
    public var keysFailed: String
    public var keysFinished: String
    public var help: String
    /// omwizard undo: the question before it removes anything, and what it needs without a terminal.
    public var confirm: @Sendable (_ count: Int) -> String
    public var needsYes: String
    /// omwizard undo in Guided mode: whether to record the setup as undone once the admin removed it all.
    public var confirmByHand: String
    /// omwizard test-message and undo: Guided mode has no connection to use.
    public var needsConnection: String
    /// omwizard test-message and undo on a real org: the secret comes from the environment only.
    public var needsSecret: String
    public var cancelled: String
}
