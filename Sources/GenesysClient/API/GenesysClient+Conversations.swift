import FoundationEssentials

/// The test message: an inbound Open Messaging message sent as a customer would, and the conversation it
/// starts, read and then ended.
///
/// Each call is one operation of Genesys's SDK (`purecloudplatformclientv2` 269.0.0), with its query names,
/// its Content-Type and only fields of its request model; the permissions are the SDK docs'.
extension GenesysClient {
    /// Who the test message comes from (OpenMessagingFromRecipient `{id, nickname}`).
    public struct Sender: Encodable, Sendable {
        public var id: String
        public var nickname: String

        public init(id: String, nickname: String) {
            self.id = id
            self.nickname = nickname
        }
    }

    /// Sends the message and returns the id of its conversation.
    ///
    /// `POST /api/v2/conversations/messages/{integrationId}/inbound/open/message`
    /// (ConversationsApi.post_conversations_message_inbound_open_message), query `prefetchConversationId`,
    /// body OpenInboundNormalizedMessage `{channel: {messageId, from, time}, text}`; answer
    /// OpenMessageNormalizedMessage, whose `conversationId` the prefetch fills; permission
    /// `conversation:message:receive`. Not retried: a second send would be a second message.
    /// `channel.time` is now, as Genesys writes times (ISO 8601, UTC, milliseconds).
    public func sendInboundMessage(integrationID: String, messageID: String, from sender: Sender,
                                   text: String) async throws(APIError) -> String {
        let time = Date().formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
        struct Channel: Encodable { var messageId: String; var from: Sender; var time: String }
        struct Request: Encodable { var channel: Channel; var text: String }
        struct Answer: Decodable { var conversationId: String? }
        let path = "/api/v2/conversations/messages/\(integrationID)/inbound/open/message"
        let answer: Answer = try await call(
            "POST", path, query: [("prefetchConversationId", "true")],
            body: Request(channel: Channel(messageId: messageID, from: sender, time: time), text: text),
            permission: "conversation:message:receive", idempotent: false)
        guard let id = answer.conversationId, !id.isEmpty else {
            throw APIError(kind: .unexpectedResponse, detail: "no conversationId in the answer", operation: "POST \(path)")
        }
        return id
    }

    /// `GET /api/v2/conversations/messages/{conversationId}` (ConversationsApi.get_conversations_message);
    /// answer MessageConversation; the SDK docs list no permission for it.
    public func messageConversation(id: String) async throws(APIError) -> MessageConversation {
        try await call("GET", "/api/v2/conversations/messages/\(id)", permission: "(none listed)")
    }

    /// Reads the conversation until a queue takes it (a participant with purpose `acd` and a queue) or
    /// `seconds` pass; returns the last reading, or nil when the conversation never existed (a 404 is a
    /// conversation not made yet: Genesys makes it once the message is routed).
    public func waitForQueue(conversationID: String, seconds: Int) async throws(APIError) -> MessageConversation? {
        let deadline = ContinuousClock.now + .seconds(seconds)
        var conversation: MessageConversation?
        while true {
            do {
                conversation = try await messageConversation(id: conversationID)
            } catch where error.kind == .notFound {
                // Not made yet.
            }
            if conversation?.queueParticipant != nil || ContinuousClock.now >= deadline { return conversation }
            await Self.sleep(seconds: settings.pollSeconds)
        }
    }

    /// Ends one participant's part in the conversation.
    ///
    /// `PATCH /api/v2/conversations/messages/{conversationId}/participants/{participantId}`
    /// (ConversationsApi.patch_conversations_message_participant), body MediaParticipantRequest
    /// `{state: "disconnected"}`; permission any of `conversation:participant:wrapup`, `conversation:call:record`,
    /// `conversation:communication:disconnect`.
    public func disconnect(participantID: String, conversationID: String) async throws(APIError) {
        struct Request: Encodable { var state = "disconnected" }
        try await callWithoutAnswer("PATCH", "/api/v2/conversations/messages/\(conversationID)/participants/\(participantID)",
                                    body: Request(), permission: "conversation:communication:disconnect")
    }
}
