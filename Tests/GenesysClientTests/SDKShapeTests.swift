import FoundationEssentials
@testable import GenesysClient
import PracticeOrg
import Testing

/// The client sends what Genesys's SDK sends and reads what its models allow: JSON on every POST and PUT,
/// look-ups that read every page, and answers that leave out any field the SDK marks optional.
@Suite struct SDKShapeTests {
    @Test func everyPostAndPutSaysJSONAndTheJobRegistrationSendsNull() async throws {
        let transport = RecordingTransport()
        try await PracticeConnection.run(transport: transport) { practice in
            let client = practice.client
            let queue = try await client.createQueue(named: "Cola JSON")
            let user = try #require(try await client.user(email: "ana.garcia@example.com"))
            try await client.addMembers(userIDs: [user.id], queueID: queue.id)
            let flow = try await client.publishFlow(archyYAML: InboundMessageFlowDocument.yaml(flowName: "Flujo JSON", queueName: "Cola JSON"))
            let integration = try await client.createOpenIntegration(name: "JSON", webhookURL: "https://example.com/x",
                                                                     signatureToken: "a-token-longer-than-15")
            let ready = try await client.waitUntilCreated(integrationID: integration.id)
            _ = try await client.bindRecipient(id: ready.recipientID, flowID: flow.id)
        }
        let api = transport.requests.filter { $0.url.contains("/api/v2/") && ["POST", "PUT", "PATCH"].contains($0.method) }
        #expect(api.count == 6)
        for request in api {
            #expect(request.headers.contains { $0 == ("Content-Type", "application/json") }, "\(request.method) \(request.url)")
        }
        let job = try #require(api.first { $0.url.hasSuffix("/api/v2/flows/jobs") })
        #expect(job.body == Array("null".utf8))
        let bind = try #require(api.first { $0.method == "PUT" })
        #expect(String(decoding: bind.body, as: UTF8.self).hasPrefix(#"{"flow":{"id":"#))
    }

    @Test func aFlowIsFoundOnAnyPageAndThePickerAsksForNameOrder() async throws {
        let transport = RecordingTransport()
        try await PracticeConnection.run(transport: transport, { $0.generatedFlows = 150 }) { practice in
            let client = practice.client
            // Sorted by name, "Practice Flow 0150" is on the second page of 100.
            let found = try #require(try await client.inboundMessageFlow(named: "practice flow 0150"))
            #expect(found.name == "Practice Flow 0150" && found.isPublished)
            #expect(try await client.inboundMessageFlow(named: "Practice Flow 9999") == nil)
            let page = try await client.inboundMessageFlows(named: "Practice*", page: 1, pageSize: 25)
            #expect(page.entities?.first?.name == "Practice Flow 0001")
        }
        let listings = transport.requests.filter { $0.url.contains("/api/v2/flows?") }
        #expect(listings.allSatisfy { $0.url.contains("sortBy=name") })
        // Two pages for the flow on page two; two for the one that is on no page; one for the picker.
        #expect(listings.count == 5)
    }

    @Test func optionalFieldsMayBeMissingFromAnswers() throws {
        let decoder = JSONDecoder()
        // A failed job whose message has no text, a job that does not give its status.
        let failed = try decoder.decode(ArchitectJob.self, from: Data(#"{"status":"Failure","messages":[{"type":"Error"},{"text":"Bad queue"}]}"#.utf8))
        #expect(failed.messages?.compactMap(\.text) == ["Bad queue"])
        let silent = try decoder.decode(ArchitectJob.self, from: Data(#"{"id":"j"}"#.utf8))
        #expect(silent.status == nil && silent.messages == nil)
        // A listing entry without the id the setup needs is left out, not the whole page.
        let listing = try decoder.decode(Listing<Queue>.self, from: Data(#"{"entities":[{"name":"No id"},{"id":"q1"}],"pageCount":1}"#.utf8))
        #expect(listing.entities?.map(\.id) == ["q1"])
        #expect(listing.entities?.first?.name == nil)
        let users = try decoder.decode(UserSearchResponse.self, from: Data(#"{"results":[{"email":"x@example.com"},{"id":"u1"}]}"#.utf8))
        #expect(users.results.map(\.id) == ["u1"])
        #expect(try decoder.decode(UserSearchResponse.self, from: Data("{}".utf8)).results.isEmpty)
    }
}
