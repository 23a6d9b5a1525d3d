import GenesysClient
import WizardCore

/// The test message's work: sent as a customer would send it, its conversation followed until a queue takes
/// it (or the deadline passes), then ended. What the facts mean is for `TestMessageOutcome.of` to say.
struct TestMessageRun {
    let client: GenesysClient
    let request: TestMessageRequest

    /// Sends the message; returns its conversation's id (asked for at once with `prefetchConversationId`).
    func send() async throws(APIError) -> String {
        // A test conversation that a stopped run left in a queue is ended first, as well as it can be.
        if let leftOver = request.leftOver { _ = try? await TestConversation(client: client).end(leftOver) }
        let test = "omwizard-test-" + Self.randomHex()
        return try await client.sendInboundMessage(
            integrationID: request.integrationID, messageID: test + "-message",
            from: GenesysClient.Sender(id: test, nickname: request.nickname), text: request.text)
    }

    /// Follows the conversation until a queue takes it or the deadline passes, ends it, and checks the
    /// queue's member. A failure on the way still ends it, as well as it can.
    func follow(_ conversationID: String) async throws(APIError) -> TestMessageOutcome {
        let conversation: MessageConversation?
        do {
            conversation = try await client.waitForQueue(conversationID: conversationID, seconds: request.deadlineSeconds)
            try await TestConversation(client: client).end(conversationID)
        } catch {
            _ = try? await TestConversation(client: client).end(conversationID)
            throw error
        }
        let acd = conversation?.queueParticipant?.queue
        var memberOnIt = false
        if let acd, acd.id == request.queueID {
            let userID = if let known = request.memberUserID { known } else { try await client.user(email: request.memberEmail)?.id }
            if let userID { memberOnIt = try await client.isMember(userID: userID, queueID: acd.id) }
        }
        return TestMessageOutcome.of(conversationFound: conversation != nil, acdQueue: acd.map { ($0.id, $0.name) },
                                     memberOnIt: memberOnIt, expected: request)
    }

    private static func randomHex() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(generator.next() as UInt32, radix: 16) }.joined()
    }
}

/// A test conversation ended: everyone still in it is disconnected, the queue first, so that no agent is
/// offered it. Read again just before, so that nobody who joined since is left in it.
struct TestConversation {
    let client: GenesysClient

    /// Whether anyone was still in it (false: gone, or over already).
    @discardableResult
    func end(_ conversationID: String) async throws(APIError) -> Bool {
        let conversation: MessageConversation
        do {
            conversation = try await client.messageConversation(id: conversationID)
        } catch where error.kind == .notFound {
            return false
        }
        let present = (conversation.participants ?? []).filter(\.isPresent)
        for participant in present.filter({ $0.purpose == "acd" }) + present.filter({ $0.purpose != "acd" }) {
            do {
                try await client.disconnect(participantID: participant.id, conversationID: conversationID)
            } catch where error.kind == .notFound {
                // Gone already.
            }
        }
        return !present.isEmpty
    }
}
