/// The words of the test message, in one language (a part of `Texts`).
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
    /// `omwizard test-message` on a setup with no integration or queue yet.
    public var notReady: String
    /// `omwizard test-message` in Guided mode, which has no connection.
    public var needsConnection: String
    public var keysReady: String
    public var keysResult: String
    public var help: String
    /// The route's line of the summary, after the route: the last test message.
    public var summaryLine: @Sendable (TestMessageRecord) -> String
}
