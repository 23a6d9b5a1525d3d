import Hummingbird
import Testing
@testable import PracticeOrg

/// The practice org holds its clients to Genesys's rules, so that a client's mistake fails here rather than
/// on a real org: JSON Content-Types, bodies read by the request models, query strings read as form data,
/// permissions any-of where the SDK docs say so, and answers in the SDK's models.
@Suite struct GenesysRulesTests {
    private let json: HTTPFields = [.contentType: "application/json"]

    @Test func aPostOrPutThatDoesNotSayJSONIsRefusedWith415() async throws {
        try await Practice.run { practice in
            let token = try await practice.token()
            // What libcurl sends for an empty POST unless told otherwise.
            let form = try await practice.send(.post, "/api/v2/flows/jobs", token: token,
                                               headers: [.contentType: "application/x-www-form-urlencoded"])
            form.expectError(415, "unsupported.media.type")
            #expect(form.json["messageParams"]?["contentType"]?.string == "application/x-www-form-urlencoded")
            #expect(form.json["messageWithParams"]?.string?.contains("{contentType}") == true)
            try await practice.send(.post, "/api/v2/flows/jobs", token: token).expectError(415, "unsupported.media.type")
            try await practice.send(.post, "/api/v2/routing/queues", token: token, body: #"{"name": "Texto"}"#,
                                    headers: [.contentType: "text/plain"]).expectError(415, "unsupported.media.type")
            // A charset is still JSON; a GET needs no Content-Type.
            let created = try await practice.send(.post, "/api/v2/routing/queues", token: token, body: #"{"name": "Con charset"}"#,
                                                  headers: [.contentType: "application/json; charset=UTF-8"])
            #expect(created.status == 200)
            #expect(try await practice.send(.get, "/api/v2/routing/queues", token: token).status == 200)
        }
    }

    @Test func aBodyTheRequestModelCannotReadIsA400NamingTheField() async throws {
        try await Practice.run { practice in
            let token = try await practice.token()
            let wrongType = try await practice.send(.post, "/api/v2/routing/queues", token: token, body: #"{"name": 5}"#)
            wrongType.expectError(400, "bad.request")
            #expect(wrongType.json["messageParams"]?["field"]?.string == "name")
            #expect(wrongType.json["messageWithParams"]?.string?.contains("{field}") == true)
            let nested = try await practice.send(.post, "/api/v2/users/search", token: token,
                                                 body: #"{"query": [{"type": "EXACT", "fields": "email", "value": "x"}]}"#)
            nested.expectError(400, "bad.request")
            #expect(nested.json["messageParams"]?["field"]?.string == "query[0].fields")
            try await practice.send(.post, "/api/v2/routing/queues", token: token, body: "{name:").expectError(400, "bad.request")
            // The job's body is optional, but one that is sent must be RegisterArchitectJobRequest.
            try await practice.send(.post, "/api/v2/flows/jobs", token: token, body: #"{"createStubs": "yes"}"#)
                .expectError(400, "bad.request")
            #expect(try await practice.send(.post, "/api/v2/flows/jobs", token: token, body: #"{"createStubs": false}"#).status == 200)
        }
    }

    @Test func aQueryStringIsReadAsFormDataWherePlusIsASpace() async throws {
        try await Practice.run { practice in
            let token = try await practice.token()
            let listed = try await practice.send(.get, "/api/v2/routing/queues?name=Atenci%C3%B3n+al*", token: token)
            #expect(listed.json["entities"]?[0]?["name"]?.string == "Atención al Cliente")
            #expect(listed.json["total"]?.int == 1)
            let flows = try await practice.send(.get, "/api/v2/flows?type=inboundshortmessage&name=Mensajes+Entrantes*", token: token)
            #expect(flows.json["total"]?.int == 1)
            // A plus sign itself comes as %2B.
            _ = try await practice.send(.post, "/api/v2/routing/queues", token: token, body: #"{"name": "C++ Soporte"}"#)
            #expect(try await practice.send(.get, "/api/v2/routing/queues?name=C%2B%2B+Soporte", token: token).json["total"]?.int == 1)
        }
    }

    @Test func queueMembersNeedAnyOfThePermissionsTheSDKDocsList() async throws {
        try await Practice.run { practice in
            let token = try await practice.token()
            let members = "/api/v2/routing/queues/\(Org.fixedID(group: 4, 1))/members"
            let add = #"[{"id": "\#(Org.fixedID(group: 1, 1))"}]"#
            func revoke(_ permission: String) async throws {
                _ = try await practice.send(.post, "/practice/permissions/revoke", body: #"{"permission": "\#(permission)"}"#)
            }
            // Without routing:queue:view, routing:queue:edit still reads them; adding still works.
            try await revoke("routing:queue:view")
            #expect(try await practice.send(.get, members, token: token).status == 200)
            #expect(try await practice.send(.post, members, token: token, body: add).status == 204)
            try await revoke("routing:queue:edit")
            #expect(try await practice.send(.get, members, token: token).status == 200)
            #expect(try await practice.send(.post, members, token: token, body: add).status == 204)
            try await revoke("routing:queueMember:manage")
            let refusedAdd = try await practice.send(.post, members, token: token, body: add)
            refusedAdd.expectError(403, "missing.any.permissions")
            #expect(refusedAdd.json["messageParams"]?["permissions"]?.string == "routing:queue:edit, routing:queueMember:manage")
            #expect(try await practice.send(.get, members, token: token).status == 200)
            try await revoke("routing:queue:readonly")
            try await practice.send(.get, members, token: token).expectError(403, "missing.any.permissions")
            // An operation that needs one permission says missing.permissions.
            try await revoke("routing:queue:add")
            try await practice.send(.post, "/api/v2/routing/queues", token: token, body: #"{"name": "Nueva"}"#)
                .expectError(403, "missing.permissions")
        }
    }

    @Test func jobAnswersAreArchitectJobStateResponses() async throws {
        try await Practice.run { practice in
            let token = try await practice.token()
            let registered = try await practice.send(.post, "/api/v2/flows/jobs", token: token, headers: json)
            let id = try #require(registered.json["id"]?.string)
            let url = try #require(registered.json["presignedUrl"]?.string)
            let upload = String(url[try #require(url.firstRange(of: "/practice/")).lowerBound...])
            _ = try await practice.send(.put, upload, body: flowYAML(name: "Roto", queue: "No Existe"))
            practice.clock.advance(2)
            let plain = try await practice.send(.get, "/api/v2/flows/jobs/\(id)", token: token)
            #expect(plain.json["status"]?.string == "Failure")
            #expect(plain.json["messages"] == nil, "messages only come with expand=messages")
            let expanded = try await practice.send(.get, "/api/v2/flows/jobs/\(id)?expand=messages", token: token)
            let message = try #require(expanded.json["messages"]?[0])
            #expect(message["type"]?.string == "Error")
            #expect(message["text"]?.string?.contains("No Existe") == true)

            let good = try await practice.send(.post, "/api/v2/flows/jobs", token: token, headers: json)
            let goodURL = try #require(good.json["presignedUrl"]?.string)
            _ = try await practice.send(.put, String(goodURL[try #require(goodURL.firstRange(of: "/practice/")).lowerBound...]),
                                        body: flowYAML(name: "Bueno", queue: "Ventas"))
            practice.clock.advance(2)
            let done = try await practice.send(.get, "/api/v2/flows/jobs/\(try #require(good.json["id"]?.string))", token: token)
            #expect(done.json["status"]?.string == "Success")
            // An AddressableEntityRef: id and selfUri, no name.
            #expect(done.json["flow"]?["id"]?.string != nil && done.json["flow"]?["selfUri"]?.string != nil)
            #expect(done.json["flow"]?["name"] == nil)
        }
    }

    @Test func flowsAreListedByIdUnlessSortedByName() async throws {
        try await Practice.run({ $0.generatedFlows = 30 }) { practice in
            let token = try await practice.token()
            let byName = try await practice.send(.get, "/api/v2/flows?type=inboundshortmessage&sortBy=name&pageSize=100", token: token)
            let names = byName.json["entities"]?.array.compactMap { $0["name"]?.string } ?? []
            #expect(names.count == 31)
            #expect(names == names.sorted { $0.lowercased() < $1.lowercased() })
            let byID = try await practice.send(.get, "/api/v2/flows?type=inboundshortmessage&pageSize=100", token: token)
            let ids = byID.json["entities"]?.array.compactMap { $0["id"]?.string } ?? []
            #expect(ids == ids.sorted() && ids.count == 31)
        }
    }

    @Test func theListingOfEveryPlatformHasNoCreateStatus() async throws {
        try await Practice.run { practice in
            let token = try await practice.token()
            let all = try await practice.send(.get, "/api/v2/conversations/messaging/integrations", token: token)
            let legacy = try #require(all.json["entities"]?[0])
            #expect(legacy["name"]?.string == "Legacy Web Chat" && legacy["messengerType"]?.string == "open")
            #expect(legacy["createStatus"] == nil, "createStatus is OpenIntegration's, not MessagingIntegration's")
            let open = try await practice.send(.get, "/api/v2/conversations/messaging/integrations/open", token: token)
            #expect(open.json["entities"]?[0]?["createStatus"]?.string == "Completed")
        }
    }
}
