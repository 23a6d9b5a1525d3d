/// What a test message found on its way: one sentence's worth, the first place where the path broke.
public enum TestMessageOutcome: Codable, Equatable, Sendable {
    /// It reached the setup's queue, and the setup's member is on it: a customer's message would too.
    case reachedQueue(queue: String)
    /// No conversation was ever made: the integration or its route took the message nowhere.
    case noConversation
    /// A conversation was made, but no queue took it within the deadline: the flow does not transfer.
    case neverReachedAQueue
    /// The flow transferred it to another queue than the setup's: named.
    case otherQueue(String)
    /// It reached the queue, but the setup's member is not on it: nobody of this setup would receive it.
    case noMember(queue: String, email: String)

    public var succeeded: Bool {
        if case .reachedQueue = self { return true }
        return false
    }

    /// Reads what the conversation showed: `acdQueue` is the queue of its `acd` participant, if one appeared.
    public static func of(conversationFound: Bool, acdQueue: (id: String, name: String?)?, memberOnIt: Bool,
                          expected: TestMessageRequest) -> TestMessageOutcome {
        guard conversationFound else { return .noConversation }
        guard let acdQueue else { return .neverReachedAQueue }
        guard acdQueue.id == expected.queueID else { return .otherQueue(acdQueue.name ?? acdQueue.id) }
        return memberOnIt ? .reachedQueue(queue: expected.queueName) : .noMember(queue: expected.queueName, email: expected.memberEmail)
    }
}

/// The last test message, as the checkpoint keeps it: its conversation id as soon as Genesys gives it
/// (a run stopped while following it ends it next time), then what it found.
public struct TestMessageRecord: Codable, Equatable, Sendable {
    public var conversationID: String
    /// Nil while it is followed.
    public var outcome: TestMessageOutcome?

    public init(conversationID: String, outcome: TestMessageOutcome? = nil) {
        self.conversationID = conversationID
        self.outcome = outcome
    }
}

/// What a test message needs: where to send it, what it should reach, and what it says.
public struct TestMessageRequest: Equatable, Sendable {
    /// How long the conversation is followed before the wizard says it never reached a queue: Genesys
    /// routes a message in seconds; the practice org routes it at once, so a short wait is enough there.
    public static let deadlineSeconds = 60
    public static let practiceDeadlineSeconds = 5

    public var integrationID: String
    public var queueID: String
    public var queueName: String
    public var memberUserID: String?
    public var memberEmail: String
    public var text: String
    /// The sender's nickname, saying it is a test.
    public var nickname: String
    public var deadlineSeconds: Int
    /// The conversation of a test that a stopped run did not end: ended first.
    public var leftOver: String?

    public init(integrationID: String, queueID: String, queueName: String, memberUserID: String?, memberEmail: String,
                text: String, nickname: String, deadlineSeconds: Int = TestMessageRequest.deadlineSeconds,
                leftOver: String? = nil) {
        self.integrationID = integrationID
        self.queueID = queueID
        self.queueName = queueName
        self.memberUserID = memberUserID
        self.memberEmail = memberEmail
        self.text = text
        self.nickname = nickname
        self.deadlineSeconds = deadlineSeconds
        self.leftOver = leftOver
    }
}

extension Checkpoint {
    /// The test message's request, when the setup has what it needs (an integration and a queue); the text
    /// and nickname are the user's language's.
    public func testMessageRequest(text: String, nickname: String) -> TestMessageRequest? {
        guard let integrationID = org.integrationID, let queueID = org.queueID else { return nil }
        let leftOver = testMessage.flatMap { $0.outcome == nil ? $0.conversationID : nil }
        return TestMessageRequest(integrationID: integrationID, queueID: queueID, queueName: answers.queueName,
                                  memberUserID: org.userID, memberEmail: answers.memberEmail, text: text, nickname: nickname,
                                  deadlineSeconds: mode.isPractice ? TestMessageRequest.practiceDeadlineSeconds
                                      : TestMessageRequest.deadlineSeconds,
                                  leftOver: leftOver)
    }
}
