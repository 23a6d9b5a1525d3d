/// Message conversations started by inbound Open Messaging messages, routed as the org's objects say: the
/// integration's recipient, the flow bound to it, the queue that flow's file transfers to.
///
/// What Genesys does in the cases below is not documented; these are the practice org's choices (README):
/// - a recipient with no flow bound accepts the message and gives its conversation id, but no conversation
///   is ever made (reading it is a 404), as if the message had nowhere to go;
/// - a flow whose transfer names a queue the org no longer has leaves the customer alone in the
///   conversation (no `acd` participant);
/// - the `acd` participant waits in the queue as `connected`, and routing to agents is not modelled.
extension Org {
    mutating func receiveInboundMessage(integrationId: String, _ message: InboundOpenMessage, now: Double,
                                        conversationId: String = newID()) throws(APIFailure) -> OpenMessageAnswer {
        let integration = try integration(integrationId)
        guard integration.createStatus == "Completed", let recipient = recipients.first(where: { $0.id == integration.id }) else {
            throw .badRequest("The integration \(integrationId) is not ready to receive messages yet.",
                              params: ["id": integrationId])
        }
        guard let from = message.channel?.from, let senderId = from.id, !senderId.isEmpty else {
            throw .invalidValue("channel.from.id", "channel.from.id is required.")
        }
        guard let messageId = message.channel?.messageId, !messageId.isEmpty else {
            throw .invalidValue("channel.messageId", "channel.messageId is required.")
        }
        guard let text = message.text, !text.isEmpty else { throw .invalidValue("text", "text is required.") }
        let stamp = ISOTime.string(now)
        if let flowId = recipient.flow?.id, flows.contains(where: { $0.id == flowId && $0.publishedVersion != nil }) {
            var participants = [MessageParticipant(id: newID(), name: from.nickname, startTime: stamp, purpose: "customer",
                                                   state: "connected", direction: "inbound", queue: nil)]
            // The first queue the flow transfers to, as its published file names it.
            let target = flowTransfers[flowId]?.first.flatMap { name in
                queues.first { $0.name.lowercased() == name.lowercased() }
            }
            if let target {
                participants.append(MessageParticipant(
                    id: newID(), name: target.name, startTime: stamp, purpose: "acd", state: "connected",
                    direction: "inbound", queue: EntityRef(id: target.id, name: target.name, selfUri: target.selfUri)))
            }
            conversations.append(MessageConversation(id: conversationId, participants: participants,
                                                     selfUri: "/api/v2/conversations/messages/\(conversationId)"))
        }
        return OpenMessageAnswer(
            id: newID(),
            channel: OpenMessageAnswer.Channel(
                platform: "Open", type: "Private", messageId: messageId,
                to: EntityRef(id: recipient.id), from: from, time: message.channel?.time ?? stamp),
            type: "Text", text: text, conversationId: conversationId)
    }

    func conversation(_ id: String) throws(APIFailure) -> MessageConversation {
        guard let conversation = conversations.first(where: { $0.id == id }) else { throw .notFound("conversation", id) }
        return conversation
    }

    /// MediaParticipantRequest: only `state` `disconnected` is modelled.
    mutating func updateParticipant(conversationId: String, participantId: String, _ request: ParticipantUpdate,
                                    now: Double) throws(APIFailure) {
        guard let index = conversations.firstIndex(where: { $0.id == conversationId }) else {
            throw .notFound("conversation", conversationId)
        }
        guard let participant = conversations[index].participants.firstIndex(where: { $0.id == participantId }) else {
            throw .notFound("participant", participantId)
        }
        guard request.state == "disconnected" else {
            throw .invalidValue("state", "Only the state disconnected can be set here.")
        }
        guard conversations[index].participants[participant].state != "disconnected" else { return }
        conversations[index].participants[participant].state = "disconnected"
        conversations[index].participants[participant].endTime = ISOTime.string(now)
    }
}

/// OpenInboundNormalizedMessage: what the setup's test message sends (unknown fields are refused by the
/// decoder's strictness elsewhere; here only what routing reads).
struct InboundOpenMessage: Decodable, Sendable {
    var channel: Channel?
    var text: String?

    struct Channel: Decodable, Sendable {
        var messageId: String?
        var from: Sender?
        var time: String?
    }
}

/// OpenMessagingFromRecipient.
struct Sender: Codable, Equatable, Sendable {
    var id: String?
    var idType: String?
    var nickname: String?
    var firstName: String?
    var lastName: String?
}

/// OpenMessageNormalizedMessage, with `conversationId` (asked for with `prefetchConversationId`).
struct OpenMessageAnswer: Codable, Equatable, Sendable {
    var id: String
    var channel: Channel
    var type: String
    var text: String
    var conversationId: String

    struct Channel: Codable, Equatable, Sendable {
        var platform: String
        var type: String
        var messageId: String
        /// OpenMessagingToRecipient: only its id (EntityRef's other fields are left out when nil).
        var to: EntityRef
        var from: Sender
        var time: String
    }
}

/// MessageConversation.
struct MessageConversation: Codable, Equatable, Sendable {
    var id: String
    var participants: [MessageParticipant]
    var selfUri: String
}

/// MessageMediaParticipant: the fields the setup reads.
struct MessageParticipant: Codable, Equatable, Sendable {
    var id: String
    var name: String?
    var startTime: String
    var endTime: String?
    /// customer, acd, agent, ...
    var purpose: String
    var state: String
    var direction: String
    var queue: EntityRef?
}

/// MediaParticipantRequest.
struct ParticipantUpdate: Decodable, Sendable {
    var state: String?
}
