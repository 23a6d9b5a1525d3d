import Hummingbird

extension PracticeServer {
    /// Inbound Open Messaging messages and the message conversations they start.
    func addConversationRoutes(to router: Router<PracticeContext>) {
        router.post("/api/v2/conversations/messages/:id/inbound/open/message") { request, context in
            await api(request, needs: ConversationPermissions.receive) { tenant in
                var request = request
                // One parameter name for the segment the three routes share (the router needs one): an integration here.
                let id = context.parameters.get("id") ?? ""
                let body = try await Self.decode(InboundOpenMessage.self, from: &request)
                let answer = try await service.change(tenant) { org, now throws(APIFailure) in
                    try org.receiveInboundMessage(integrationId: id, body, now: now)
                }
                return JSONResponse.make(answer)
            }
        }
        getByID(router, "/api/v2/conversations/messages/:id", "id",
                needs: ConversationPermissions.view) { org, id throws(APIFailure) in
            try org.conversation(id)
        }
        router.patch("/api/v2/conversations/messages/:id/participants/:participantId") { request, context in
            await api(request, needs: ConversationPermissions.modify) { tenant in
                var request = request
                let conversation = context.parameters.get("id") ?? ""
                let participant = context.parameters.get("participantId") ?? ""
                let body = try await Self.decode(ParticipantUpdate.self, from: &request)
                try await service.change(tenant) { org, now throws(APIFailure) in
                    try org.updateParticipant(conversationId: conversation, participantId: participant, body, now: now)
                }
                return JSONResponse.empty(status: 202)
            }
        }
    }
}

/// The permissions of the conversation operations, as the SDK docs list them (reading a conversation needs
/// none, only a token).
enum ConversationPermissions {
    static let receive = PermissionRequirement.all("conversation:message:receive")
    static let view = PermissionRequirement.tokenOnly
    static let modify = PermissionRequirement.any("conversation:participant:wrapup", "conversation:call:record",
                                                  "conversation:communication:disconnect")
}
