/// A key as the wizard understands it, whatever terminal it came from.
public enum Key: Equatable, Sendable {
    case character(Character)
    case enter, escape, tab, backTab
    case up, down, left, right, home, end, pageUp, pageDown
    case backspace, delete
    case function(Int)
    /// Ctrl plus a letter, lowercased ("c" for Ctrl-C).
    case control(Character)
}

/// Everything that can happen to the wizard: keys and resizes from the terminal, and the results of effects.
public enum Event: Equatable, Sendable {
    case key(Key)
    case resized(TerminalSize)
    /// Text the user pasted (bracketed paste): text only, never keys.
    case pasted(String)
    /// A whole new value for the focused text field, given at once (an answer in the line mode): text, never
    /// keys, as a paste; the same value again changes nothing.
    case replaced(String)
    case secretTokenGenerated(String)
    case checkpointSaved
    case checkpointSaveFailed(SaveFailure)
    case summaryWritten(path: String, replaced: Bool)
    case summaryWriteFailed(path: String, SaveFailure)
    /// Where the unreadable checkpoint was moved.
    case damagedCheckpointSetAside(path: String)
    /// Where the progress was copied before starting over.
    case checkpointArchived(path: String)
    /// Logged in to the org named (a region, an address, the practice org); `practiceOrg` when it is a
    /// practice org, whoever started it.
    case genesysConnected(String, practiceOrg: Bool = false)
    case genesysFailed(GenesysFailure)
    case surveyed(Survey)
    case applied(StepID, StepResult)
    /// A Verify check's look-up ended: the facts of that step in the org.
    case checked(StepID, Survey)
    /// A page of a picker's search: for which search, and what the server found.
    case searched(PickerKind, query: String, page: Int, PickerPage)
    case searchFailed(PickerKind, query: String, page: Int, GenesysFailure)
    /// The test message was accepted: its conversation's id, and the request, to follow it.
    case testMessageSent(TestMessageRequest, conversationID: String)
    /// The test conversation was followed and ended: what it found.
    case testMessageFollowed(conversationID: String, TestMessageOutcome)
    /// A test conversation left open by a stopped run was ended (or could not be: it stays on record).
    case testConversationEnded(String, failure: GenesysFailure?)
    /// One removal of an undo was answered.
    case removed(Removal, RemovalResult)
    /// The practice org was put back to its seed, or could not be (why).
    case practiceOrgReset(failure: PracticeResetFailure?)
    /// Time passes while the wizard waits for Genesys Cloud (the progress indicator moves).
    case tick
}

/// Work the reducer asks the service layer to do; results come back as events.
public enum Effect: Equatable, Sendable {
    case save(Checkpoint)
    /// Make a random webhook signature token; answered by `.secretTokenGenerated`.
    case generateSecretToken
    /// Put text on the user's clipboard (OSC 52).
    case copyToClipboard(String)
    case writeSummary(markdown: String, path: String)
    /// Move the unreadable checkpoint aside (the user said yes) before the wizard writes a new one;
    /// answered by `.damagedCheckpointSetAside`.
    case setAsideDamagedCheckpoint
    /// Keep a copy of the saved progress that later saves never touch, before starting over;
    /// answered by `.checkpointArchived`.
    case archiveCheckpoint
    /// Put the practice org back to its seed (start over in Practice mode); answered by `.practiceOrgReset`.
    case resetPracticeOrg
    /// Talk to Genesys Cloud; the result comes back as `.genesysConnected`, `.surveyed`, `.applied`,
    /// `.checked`, `.searched`, `.searchFailed` or `.genesysFailed`. The checkpoint is saved before an
    /// `.apply` runs (the session refuses one otherwise).
    case genesys(GenesysWork)
    case quit
}
