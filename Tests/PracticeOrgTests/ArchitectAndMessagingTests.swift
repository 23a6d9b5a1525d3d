import Hummingbird
import Testing
@testable import PracticeOrg

@Suite struct ArchitectAndMessagingTests {
    @Test func aValidFlowFilePublishesAnInboundMessageFlow() async throws {
        try await Practice.run { practice in
            let token = try await practice.token()
            let job = try await practice.publish(flowYAML(name: "Flujo Señales", queue: "Atención al Cliente"), token: token)
            #expect(job.json["status"]?.string == "Success")
            let flowId = try #require(job.json["flow"]?["id"]?.string)
            let listed = try await practice.send(.get, "/api/v2/flows?type=inboundshortmessage&name=flujo%20se%C3%B1ales", token: token)
            #expect(listed.json["total"]?.int == 1)
            let flow = try #require(listed.json["entities"]?[0])
            #expect(flow["id"]?.string == flowId && flow["type"]?.string == "INBOUNDSHORTMESSAGE")
            #expect(flow["publishedVersion"]?["id"] != nil)
            // Publishing the same name again updates that flow.
            let again = try await practice.publish(flowYAML(name: "Flujo Señales", queue: "Ventas"), token: token)
            #expect(again.json["flow"]?["id"]?.string == flowId)
            #expect(try await practice.send(.get, "/api/v2/flows/\(flowId)", token: token).json["publishedVersion"]?["name"]?.string == "2.0")
        }
    }

    @Test func aFlowNamingAMissingQueueFailsWithAMessage() async throws {
        try await Practice.run { practice in
            let token = try await practice.token()
            let job = try await practice.publish(flowYAML(name: "Broken", queue: "No Such Queue"), token: token)
            #expect(job.json["status"]?.string == "Failure")
            #expect(job.json["messages"]?[0]?["text"]?.string?.contains("No Such Queue") == true)
            #expect(try await practice.send(.get, "/api/v2/flows?name=Broken", token: token).json["total"]?.int == 0)
            let notYAML = try await practice.publish("inboundShortMessage:\n  name: x\n   bad: indent\n", token: token)
            #expect(notYAML.json["status"]?.string == "Failure")
            #expect(notYAML.json["messages"]?[0]?["text"]?.string?.contains("line 3") == true)
            let voice = try await practice.publish("inboundCall:\n  name: x\n  states:\n    - state:\n        name: s\n", token: token)
            #expect(voice.json["messages"]?[0]?["text"]?.string?.contains("inboundCall") == true)
        }
    }

    @Test func theSeededOrgHasAPublishedFlowAndARoutedIntegration() async throws {
        try await Practice.run { practice in
            let token = try await practice.token()
            let flows = try await practice.send(.get, "/api/v2/flows?type=inboundshortmessage", token: token)
            #expect(flows.json["entities"]?[0]?["name"]?.string == "Mensajes Entrantes Principal")
            let recipients = try await practice.send(.get, "/api/v2/routing/message/recipients?messengerType=open", token: token)
            #expect(recipients.json["entities"]?[0]?["flow"]?["name"]?.string == "Mensajes Entrantes Principal")
        }
    }

    @Test func anIntegrationIsCreatedAsynchronouslyThenRouted() async throws {
        try await Practice.run { practice in
            let token = try await practice.token()
            let short = #"{"name":"SF","outboundNotificationWebhookUrl":"https://example.com/x","outboundNotificationWebhookSignatureSecretToken":"123456789012345"}"#
            let refused = try await practice.send(.post, "/api/v2/conversations/messaging/integrations/open", token: token, body: short)
            refused.expectError(400, "invalid.value")
            #expect(refused.json["message"]?.string?.contains("longer than 15") == true)
            let good = short.replacingAll("123456789012345", with: "1234567890123456")
            let created = try await practice.send(.post, "/api/v2/conversations/messaging/integrations/open", token: token, body: good)
            #expect(created.status == 200 && created.json["createStatus"]?.string == "Initiated")
            #expect(created.json["outboundNotificationWebhookSignatureSecretToken"] == nil, "the secret is never returned")
            let id = try #require(created.json["id"]?.string)
            try await practice.send(.get, "/api/v2/routing/message/recipients/\(id)", token: token).expectError(404, "not.found")
            practice.clock.advance(1.5)
            let done = try await practice.send(.get, "/api/v2/conversations/messaging/integrations/open/\(id)", token: token)
            #expect(done.json["createStatus"]?.string == "Completed")
            #expect(done.json["recipient"]?["id"]?.string == id)
            try await practice.send(.post, "/api/v2/conversations/messaging/integrations/open", token: token, body: good)
                .expectError(409, "general.conflict")
            let listed = try await practice.send(.get, "/api/v2/conversations/messaging/integrations/open", token: token)
            #expect(listed.json["total"]?.int == 2 && listed.json["entities"]?.array.contains { $0["id"]?.string == id } == true)
            // Retrieve Options' read of all messaging integrations.
            let all = try await practice.send(.get, "/api/v2/conversations/messaging/integrations", token: token)
            #expect(all.json["entities"]?.array.contains { $0["name"]?.string == "SF" && $0["messengerType"]?.string == "open" } == true)

            let flowId = try #require(try await practice.send(.get, "/api/v2/flows?type=inboundshortmessage", token: token)
                .json["entities"]?[0]?["id"]?.string)
            let bound = try await practice.send(.put, "/api/v2/routing/message/recipients/\(id)", token: token,
                                                body: "{\"flow\":{\"id\":\"\(flowId)\"}}")
            #expect(bound.status == 200 && bound.json["flow"]?["id"]?.string == flowId)
            #expect(try await practice.send(.get, "/api/v2/routing/message/recipients/\(id)", token: token)
                .json["flow"]?["id"]?.string == flowId)
            try await practice.send(.put, "/api/v2/routing/message/recipients/\(id)", token: token,
                                    body: #"{"flow":{"id":"missing"}}"#).expectError(400, "invalid.value")
        }
    }
}
