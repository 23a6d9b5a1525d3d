import GenesysClient
import PracticeOrg
import Testing

/// Every call of the setup, against the practice org over real HTTP.
@Suite struct CallTests {
    @Test func usersAreFoundByEmail() async throws {
        try await PracticeConnection.run { practice in
            let user = try #require(try await practice.client.user(email: "Luis.Perez@example.com"))
            #expect(user.name == "Luis Pérez")
            #expect(try await practice.client.user(email: "nobody@example.com") == nil)
        }
    }

    @Test func queuesAreFoundCreatedAndPagedInALargeOrg() async throws {
        try await PracticeConnection.run({ $0.generatedQueues = 20_000 }) { practice in
            let client = practice.client
            #expect(try await client.queue(named: "atención al cliente")?.name == "Atención al Cliente")
            #expect(try await client.queue(named: "Atención") == nil)
            let page = try await client.queues(named: "Practice Queue 1*", page: 2, pageSize: 100)
            #expect(page.entities?.count == 100)
            #expect(page.entities?.first?.name == "Practice Queue 10100")
            #expect(page.total == 10_000)
            let created = try await client.createQueue(named: "Soporte Señales")
            #expect(try await client.queue(named: "Soporte Señales")?.id == created.id)
            let error = try #require(await apiFailure { try await client.createQueue(named: "soporte señales") }, "a duplicate queue was created")
            #expect(error.kind == .duplicate)
            #expect(error.operation == "POST /api/v2/routing/queues")
        }
    }

    @Test func membersAreAddedOnceAndFoundThroughNextUri() async throws {
        try await PracticeConnection.run { practice in
            let client = practice.client
            let queue = try await client.createQueue(named: "Miembros")
            let user = try #require(try await client.user(email: "ana.garcia@example.com"))
            #expect(try await client.isMember(userID: user.id, queueID: queue.id) == false)
            try await client.addMembers(userIDs: [user.id], queueID: queue.id)
            try await client.addMembers(userIDs: [user.id], queueID: queue.id)
            #expect(try await client.isMember(userID: user.id, queueID: queue.id))
            // The listing has no total: with one member a page, the last member is found through nextUri.
            let others = try await ["luis.perez@example.com", "marie.dubois@example.com"].asyncMap { email in
                try #require(try await client.user(email: email)).id
            }
            try await client.addMembers(userIDs: others, queueID: queue.id)
            let last = try #require(others.last)
            #expect(try await client.isMember(userID: last, queueID: queue.id, pageSize: 1))
            #expect(try await client.isMember(userID: "00000000-0000-4000-8000-00000000beef", queueID: queue.id, pageSize: 1) == false)
        }
    }

    @Test func aFlowIsPublishedFromArchyYAMLAndABadOneFailsWithItsMessage() async throws {
        try await PracticeConnection.run { practice in
            let client = practice.client
            let yaml = InboundMessageFlowDocument.yaml(flowName: "Flujo \"Señales\"", queueName: "Atención al Cliente")
            let flow = try await client.publishFlow(archyYAML: yaml)
            let found = try #require(try await client.inboundMessageFlow(named: "flujo \"señales\""))
            #expect(found.id == flow.id && found.isPublished)
            let error = try #require(await apiFailure { try await client.publishFlow(archyYAML: InboundMessageFlowDocument.yaml(flowName: "Roto", queueName: "No Existe")) }, "a flow to a missing queue was published")
            #expect(error.kind == .jobFailed)
            #expect(error.detail.contains("No Existe"))
            #expect(try await client.inboundMessageFlow(named: "Roto") == nil)
            #expect(try await client.inboundMessageFlows(named: "Mensajes*").entities?.first?.isPublished == true)
        }
    }

    @Test func anIntegrationIsCreatedAsynchronouslyThenItsRouteIsBound() async throws {
        try await PracticeConnection.run { practice in
            let client = practice.client
            let created = try await client.createOpenIntegration(name: "SF Routing", webhookURL: "https://example.com/unused",
                                                                 signatureToken: "a-token-longer-than-15")
            #expect(created.createStatus == "Initiated")
            let ready = try await client.waitUntilCreated(integrationID: created.id)
            #expect(ready.createStatus == "Completed")
            #expect(try await client.openIntegration(named: "sf routing")?.id == created.id)
            let flow = try #require(try await client.inboundMessageFlow(named: "Mensajes Entrantes Principal"))
            let recipientID = ready.recipient?.id ?? ready.id
            let bound = try await client.bindRecipient(id: recipientID, flowID: flow.id)
            #expect(bound.flow?.id == flow.id)
            #expect(try await client.recipient(id: recipientID).flow?.id == flow.id)
            let seen = try await client.retrieveOptionsSees(queueName: "Ventas", integrationName: "SF Routing")
            #expect(seen.queue && seen.integration)
            #expect(try await client.retrieveOptionsSees(queueName: "Nope", integrationName: "Nope") == (false, false))
        }
    }

    @Test func aShortSignatureTokenIsRejectedWithTheServersReason() async throws {
        try await PracticeConnection.run { practice in
            let error = try #require(await apiFailure { try await practice.client.createOpenIntegration(name: "Short", webhookURL: "https://example.com", signatureToken: "123") }, "a 3-character token was accepted")
            #expect(error.kind == .rejected && error.status == 400)
            #expect(error.detail.contains("15"))
            #expect(error.correlationID?.isEmpty == false)
        }
    }
}
