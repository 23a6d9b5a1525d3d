import GenesysClient
import PracticeOrg
import Testing

/// The test message's calls and the undo's, against the practice org over real HTTP.
@Suite struct RouteProofCallTests {
    /// An integration, created and completed, whose route starts the seeded flow (which transfers to
    /// "Soporte General"); its id.
    private func routedIntegration(_ client: GenesysClient) async throws -> String {
        let created = try await client.createOpenIntegration(name: "Prueba de ruta", webhookURL: "https://example.com/unused",
                                                             signatureToken: "a-token-longer-than-15")
        let ready = try await client.waitUntilCreated(integrationID: created.id)
        let flow = try #require(try await client.inboundMessageFlow(named: "Mensajes Entrantes Principal"))
        _ = try await client.bindRecipient(id: ready.recipientID, flowID: flow.id)
        return ready.id
    }

    @Test func aMessageSentAsACustomerReachesTheFlowsQueueAndItsConversationEnds() async throws {
        try await PracticeConnection.run { practice in
            let client = practice.client
            let integrationID = try await routedIntegration(client)
            let conversationID = try await client.sendInboundMessage(
                integrationID: integrationID, messageID: "m-1", from: .init(id: "tester-1", nickname: "Prueba"), text: "Hola ñandú")
            let conversation = try #require(try await client.waitForQueue(conversationID: conversationID, seconds: 2))
            #expect(conversation.queueParticipant?.queue?.name == "Soporte General")
            for participant in conversation.participants ?? [] {
                try await client.disconnect(participantID: participant.id, conversationID: conversationID)
            }
            let ended = try await client.messageConversation(id: conversationID)
            #expect(ended.participants?.allSatisfy { !$0.isPresent } == true)
        }
    }

    @Test func aRouteWithoutAFlowTakesTheMessageButMakesNoConversation() async throws {
        try await PracticeConnection.run { practice in
            let client = practice.client
            let integrationID = try await routedIntegration(client)
            let unbound = try await client.unbindRecipient(id: integrationID)
            #expect(unbound.flow == nil)
            let conversationID = try await client.sendInboundMessage(
                integrationID: integrationID, messageID: "m-2", from: .init(id: "tester-2", nickname: "Prueba"), text: "Hola")
            #expect(try await client.waitForQueue(conversationID: conversationID, seconds: 1) == nil)
        }
    }

    @Test func whatASetupMadeIsDeletedAndAFlowInUseIsRefused() async throws {
        try await PracticeConnection.run { practice in
            let client = practice.client
            let integrationID = try await routedIntegration(client)
            let flow = try #require(try await client.inboundMessageFlow(named: "Mensajes Entrantes Principal"))
            let inUse = try #require(await apiFailure { try await client.deleteFlow(id: flow.id) }, "a routed flow was deleted")
            #expect(inUse.status == 409)
            try await client.deleteOpenIntegration(id: integrationID)
            #expect(await apiFailure { try await client.recipient(id: integrationID) }?.kind == .notFound, "the route goes with it")

            let queue = try await client.createQueue(named: "Cola de paso")
            let user = try #require(try await client.user(email: "ana.garcia@example.com"))
            try await client.addMembers(userIDs: [user.id], queueID: queue.id)
            try await client.removeMember(userID: user.id, queueID: queue.id)
            #expect(try await client.isMember(userID: user.id, queueID: queue.id) == false)
            #expect(await apiFailure { try await client.removeMember(userID: user.id, queueID: queue.id) }?.kind == .notFound)
            try await client.deleteQueue(id: queue.id)
            #expect(await apiFailure { try await client.queue(id: queue.id) }?.kind == .notFound)
        }
    }
}
