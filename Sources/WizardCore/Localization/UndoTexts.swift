/// The words of the undo, in one language (a part of `Texts`).
public struct UndoTexts: Sendable {
    public var title: String
    public var intro: String
    /// Guided mode: the wizard made nothing through the API; the admin removes what they made.
    public var introByHand: String
    /// One removal of the plan, before it is done.
    public var removal: @Sendable (Removal) -> String
    /// One removal once done.
    public var result: @Sendable (Removal, RemovalResult) -> String
    /// An object the undo keeps, and why (with where to click, for one the admin made).
    public var kept: @Sendable (KeptObject, Answers) -> String
    /// Where to click to remove what a step made.
    public var byHand: @Sendable (StepID, Answers) -> String
    public var nothingToRemove: String
    public var finished: String
    /// On the welcome screen of a setup that was undone.
    public var undoneNote: String
    public var keysReady: String
    public var keysByHand: String
    public var keysFailed: String
    public var keysFinished: String
    /// Esc during an undo.
    public var stopTitle: String
    public var stopBody: [String]
    public var stopKeys: String
    public var help: String
    /// `omwizard undo`: the question before it removes anything; the one when there is nothing to remove
    /// (only the record to change); what it needs without a terminal; what it says when told no.
    public var confirm: @Sendable (_ count: Int) -> String
    /// Guided mode: once the admin has removed what is listed, the record says so.
    public var confirmByHand: String
    public var confirmRecordOnly: String
    public var needsYes: String
    public var cancelled: String
    /// `omwizard undo` after a removal failed: how to retry, or go on without that object.
    public var failedHint: String
}
