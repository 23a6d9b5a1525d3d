import Hummingbird
import Testing
@testable import PracticeOrg

@Suite struct DirectoryTests {
    @Test func queuesAreFoundByNameWithWildcardsAndCreatedOnce() async throws {
        try await Practice.run { practice in
            let token = try await practice.token()
            let exact = try await practice.send(.get, "/api/v2/routing/queues?name=atenci%C3%B3n%20al%20cliente", token: token)
            #expect(exact.json["total"]?.int == 1 && exact.json["entities"]?[0]?["name"]?.string == "Atención al Cliente")
            let prefix = try await practice.send(.get, "/api/v2/routing/queues?name=Sop*", token: token)
            #expect(prefix.json["entities"]?.array.map { $0["name"]?.string } == ["Soporte General"])
            let created = try await practice.send(.post, "/api/v2/routing/queues", token: token, body: #"{"name":"Ventas Norte"}"#)
            #expect(created.status == 200)
            let id = try #require(created.json["id"]?.string)
            #expect(created.json["selfUri"]?.string == "/api/v2/routing/queues/\(id)")
            #expect(try await practice.send(.get, "/api/v2/routing/queues/\(id)", token: token).json["name"]?.string == "Ventas Norte")
            try await practice.send(.post, "/api/v2/routing/queues", token: token, body: #"{"name":"ventas norte"}"#)
                .expectError(409, "general.conflict")
            try await practice.send(.post, "/api/v2/routing/queues", token: token, body: #"{"description":"no name"}"#)
                .expectError(400, "invalid.value")
            try await practice.send(.post, "/api/v2/routing/queues", token: token, body: "not json")
                .expectError(400, "bad.request")
            try await practice.send(.get, "/api/v2/routing/queues/nope", token: token).expectError(404, "not.found")
        }
    }

    @Test func aLargeOrgPagesWithTheFullEnvelope() async throws {
        try await Practice.run({ $0.generatedQueues = 20_000 }) { practice in
            let token = try await practice.token()
            let first = try await practice.send(.get, "/api/v2/routing/queues", token: token)
            #expect(first.json["total"]?.int == 20_004)
            #expect(first.json["pageSize"]?.int == 25 && first.json["pageNumber"]?.int == 1)
            #expect(first.json["pageCount"]?.int == 801)
            #expect(first.json["entities"]?.array.count == 25)
            #expect(first.json["nextUri"]?.string == "/api/v2/routing/queues?pageSize=25&pageNumber=2")
            #expect(first.json["previousUri"] == nil)
            let last = try await practice.send(.get, "/api/v2/routing/queues?pageSize=500&pageNumber=41", token: token)
            #expect(last.json["entities"]?.array.count == 4 && last.json["nextUri"] == nil)
            let filtered = try await practice.send(.get, "/api/v2/routing/queues?name=Practice%20Queue%201999*", token: token)
            #expect(filtered.json["total"]?.int == 10)
            try await practice.send(.get, "/api/v2/routing/queues?pageSize=501", token: token).expectError(400, "invalid.value")
            // Retrieve Options' reads
            let views = try await practice.send(.get, "/api/v2/routing/queues/divisionviews?pageSize=100&pageNumber=5", token: token)
            #expect(views.json["entities"]?.array.count == 100)
            try await practice.send(.get, "/api/v2/routing/queues/divisionviews?pageNumber=6", token: token)
                .expectError(400, "invalid.value")
            let all = try await practice.send(.get, "/api/v2/routing/queues/divisionviews/all?pageSize=500", token: token)
            #expect(all.json["total"]?.int == 20_004)
        }
    }

    @Test func membersAreAddedAtMost100AtATimeAndPagedByNextUri() async throws {
        try await Practice.run { practice in
            let token = try await practice.token()
            let queue = try #require(try await practice.send(.get, "/api/v2/routing/queues?name=Ventas", token: token)
                .json["entities"]?[0]?["id"]?.string)
            let search = try await practice.send(.post, "/api/v2/users/search", token: token,
                                                 body: #"{"query":[{"type":"CONTAINS","fields":["email"],"value":"@example.com"}]}"#)
            let ids = search.json["results"]!.array.compactMap { $0["id"]?.string }
            #expect(ids.count == 5)
            let body = "[" + ids.map { "{\"id\":\"\($0)\"}" }.joined(separator: ",") + "]"
            #expect(try await practice.send(.post, "/api/v2/routing/queues/\(queue)/members", token: token, body: body).status == 204)
            var seen: [String] = []
            var next: String? = "/api/v2/routing/queues/\(queue)/members?pageSize=2"
            while let uri = next {
                let page = try await practice.send(.get, uri, token: token)
                #expect(page.json["total"] == nil && page.json["pageCount"] == nil)
                seen += page.json["entities"]!.array.compactMap { $0["id"]?.string }
                next = page.json["nextUri"]?.string
            }
            #expect(seen == ids)
            #expect(try await practice.send(.get, "/api/v2/routing/queues/\(queue)", token: token).json["memberCount"]?.int == 5)
            let tooMany = "[" + Array(repeating: "{\"id\":\"\(ids[0])\"}", count: 101).joined(separator: ",") + "]"
            try await practice.send(.post, "/api/v2/routing/queues/\(queue)/members", token: token, body: tooMany)
                .expectError(400, "invalid.value")
            #expect(try await practice.send(.post, "/api/v2/routing/queues/\(queue)/members?delete=true", token: token,
                                            body: "[{\"id\":\"\(ids[0])\"}]").status == 204)
            #expect(try await practice.send(.get, "/api/v2/routing/queues/\(queue)", token: token).json["memberCount"]?.int == 4)
            try await practice.send(.post, "/api/v2/routing/queues/\(queue)/members", token: token, body: #"[{"id":"ghost"}]"#)
                .expectError(400, "invalid.value")
        }
    }

    @Test func manyClientsAtOnce() async throws {
        try await Practice.run { practice in
            let token = try await practice.token()
            try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<24 {
                    group.addTask {
                        try await practice.send(.post, "/api/v2/routing/queues", token: token,
                                                body: "{\"name\":\"Parallel \(index)\"}").status
                    }
                }
                for try await status in group { #expect(status == 200) }
            }
            let listed = try await practice.send(.get, "/api/v2/routing/queues?name=Parallel*&pageSize=100", token: token)
            #expect(listed.json["total"]?.int == 24)
        }
    }
}
