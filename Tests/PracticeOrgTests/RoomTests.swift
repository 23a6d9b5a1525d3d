import FoundationEssentials
import DurableFiles
import Glibc
import Synchronization
import Testing
@testable import PracticeOrg

/// A room: one org per trainee in one process, each reached only with a token of that trainee's client.
@Suite struct RoomTests {
    private func room(_ trainees: Int, statePath: String? = nil) -> (inout PracticeOrgOptions) -> Void {
        { options in
            options.trainees = trainees
            options.statePath = statePath
        }
    }

    private static let message = #"{"channel":{"messageId":"m-1","from":{"id":"c-1","nickname":"Cliente"}},"text":"Hola"}"#

    @Test func eachTraineeHasAClientOfTheirOwnAndTheDefaultOneIsRefused() async throws {
        try await Practice.run(room(3)) { (practice: Practice) async throws in
            let clients = await practice.service.clients
            #expect(clients.map(\.id) == ["trainee-01", "trainee-02", "trainee-03"])
            #expect(Set(clients.map(\.secret)).count == 3 && clients.allSatisfy { $0.secret.count == 32 })
            #expect(try await practice.login(nil).status == 401, "a room has no shared client")
            let crossed = PracticeClient(id: clients[0].id, secret: clients[1].secret)
            #expect(try await practice.login(crossed).status == 401, "a client id with another trainee's secret")
            #expect(try await practice.login(clients[2]).status == 200)
            // Every org seeded alike: the same users, queues, flows and integrations, with the same ids.
            let first = try await practice.send(.get, "/practice/state?trainee=1").json
            let third = try await practice.send(.get, "/practice/state?trainee=3").json
            for key in ["users", "queues", "flows", "integrations", "recipients", "members"] {
                #expect(first[key] != nil && first[key] == third[key], "\(key)")
            }
        }
    }

    /// Trainee 2's token tries every way into trainee 1's objects: reads, lists, changes, deletes.
    @Test func aTraineesTokenNeverReadsNorChangesAnotherTraineesOrg() async throws {
        try await Practice.run(room(2)) { (practice: Practice) async throws in
            let clients = await practice.service.clients
            let first = try await practice.token(clients[0])
            let second = try await practice.token(clients[1])
            let queue = try await practice.send(.post, "/api/v2/routing/queues", token: first, body: #"{"name":"Cola Uno"}"#)
            let queueId = try #require(queue.json["id"]?.string)
            let integration = try await practice.send(.post, "/api/v2/conversations/messaging/integrations/open", token: first,
                                                      body: #"{"name":"Uno","outboundNotificationWebhookUrl":"https://example.com/1","outboundNotificationWebhookSignatureSecretToken":"0123456789abcdef0"}"#)
            let integrationId = try #require(integration.json["id"]?.string)
            let job = try await practice.send(.post, "/api/v2/flows/jobs", token: first, headers: [.contentType: "application/json"])
            let jobId = try #require(job.json["id"]?.string)
            practice.clock.advance(2)
            // A conversation of trainee 1, through the seed's integration, whose id is the same in every org.
            let seedIntegration = "00000005-0000-4000-8000-000000000001"
            let sent = try await practice.send(.post, "/api/v2/conversations/messages/\(seedIntegration)/inbound/open/message",
                                               token: first, body: Self.message)
            let conversationId = try #require(sent.json["conversationId"]?.string)
            #expect(try await practice.send(.get, "/api/v2/conversations/messages/\(conversationId)", token: first).status == 200)

            for path in ["/api/v2/routing/queues/\(queueId)", "/api/v2/routing/queues/\(queueId)/members",
                         "/api/v2/conversations/messaging/integrations/open/\(integrationId)",
                         "/api/v2/routing/message/recipients/\(integrationId)", "/api/v2/flows/jobs/\(jobId)",
                         "/api/v2/conversations/messages/\(conversationId)"] {
                try await practice.send(.get, path, token: second).expectError(404, "not.found")
            }
            #expect(try await practice.send(.get, "/api/v2/routing/queues?name=Cola%20Uno", token: second).json["total"]?.int == 0)
            #expect(try await practice.send(.get, "/api/v2/conversations/messaging/integrations/open", token: second)
                .json["entities"]?.array.contains { $0["id"]?.string == integrationId } == false)
            try await practice.send(.post, "/api/v2/routing/queues/\(queueId)/members", token: second,
                                    body: #"[{"id":"00000001-0000-4000-8000-000000000001"}]"#).expectError(404, "not.found")
            try await practice.send(.put, "/api/v2/routing/message/recipients/\(integrationId)", token: second,
                                    body: #"{"flow":{"id":"00000003-0000-4000-8000-000000000001"}}"#).expectError(404, "not.found")
            for path in ["/api/v2/routing/queues/\(queueId)", "/api/v2/conversations/messaging/integrations/open/\(integrationId)"] {
                try await practice.send(.delete, path, token: second).expectError(404, "not.found")
            }
            // Trainee 1's flow: not listed, not read, not deleted with trainee 2's token.
            let published = try await practice.publish(flowYAML(name: "Flujo Uno", queue: "Cola Uno"), token: first)
            let flowId = try #require(published.json["flow"]?["id"]?.string)
            #expect(try await practice.send(.get, "/api/v2/flows?name=Flujo%20Uno", token: second).json["total"]?.int == 0)
            try await practice.send(.get, "/api/v2/flows/\(flowId)", token: second).expectError(404, "not.found")
            try await practice.send(.delete, "/api/v2/flows/\(flowId)", token: second).expectError(404, "not.found")
            // A message into trainee 1's integration, and trainee 1's conversation's participant, from trainee 2.
            practice.clock.advance(2)
            try await practice.send(.post, "/api/v2/conversations/messages/\(integrationId)/inbound/open/message", token: second,
                                    body: Self.message).expectError(404, "not.found")
            let conversation = try await practice.send(.get, "/api/v2/conversations/messages/\(conversationId)", token: first)
            let participant = try #require(conversation.json["participants"]?[0]?["id"]?.string)
            try await practice.send(.patch, "/api/v2/conversations/messages/\(conversationId)/participants/\(participant)",
                                    token: second, body: #"{"state":"disconnected"}"#).expectError(404, "not.found")
            // Trainee 1's upload URL stays theirs: what it publishes lands in their org only.
            #expect(try await practice.send(.get, "/api/v2/flows/\(flowId)", token: first).status == 200)
            // Trainee 2 making the same names is no conflict: their org is their own.
            #expect(try await practice.send(.post, "/api/v2/routing/queues", token: second, body: #"{"name":"Cola Uno"}"#).status == 200)
            // Trainee 1's objects are all still there, unchanged.
            #expect(try await practice.send(.get, "/api/v2/routing/queues/\(queueId)/members", token: first).json["entities"]?.array.isEmpty == true)
            #expect(try await practice.send(.get, "/api/v2/conversations/messaging/integrations/open/\(integrationId)", token: first).status == 200)
            #expect(try await practice.send(.get, "/api/v2/routing/queues?name=Cola%20Uno", token: first).json["total"]?.int == 1)
        }
    }

    @Test func theRoomReportFollowsEachTraineesSetupFromTheirObjects() async throws {
        try await Practice.run(room(3)) { (practice: Practice) async throws in
            let clients = await practice.service.clients
            let token = try await practice.token(clients[1])
            var report = try await practice.send(.get, "/practice/room")
            #expect(report.json["trainees"]?.array.count == 3)
            #expect(report.json["trainees"]?[1]?["progress"] == .object([:]), "nothing done yet")

            let queue = try await practice.send(.post, "/api/v2/routing/queues", token: token, body: #"{"name":"Cola Dos"}"#)
            let queueId = try #require(queue.json["id"]?.string)
            _ = try await practice.send(.post, "/api/v2/routing/queues/\(queueId)/members", token: token,
                                        body: #"[{"id":"00000001-0000-4000-8000-000000000002"}]"#)
            let job = try await practice.publish(flowYAML(name: "Flujo Dos", queue: "Cola Dos"), token: token)
            let flowId = try #require(job.json["flow"]?["id"]?.string)
            let created = try await practice.send(.post, "/api/v2/conversations/messaging/integrations/open", token: token,
                                                  body: #"{"name":"Dos","outboundNotificationWebhookUrl":"https://example.com/2","outboundNotificationWebhookSignatureSecretToken":"0123456789abcdef0"}"#)
            let integrationId = try #require(created.json["id"]?.string)
            report = try await practice.send(.get, "/practice/room")
            #expect(report.json["trainees"]?[1]?["progress"]?["integration"] == nil, "an integration still Initiated is not done")
            practice.clock.advance(2)
            _ = try await practice.send(.put, "/api/v2/routing/message/recipients/\(integrationId)", token: token,
                                        body: "{\"flow\":{\"id\":\"\(flowId)\"}}")
            _ = try await practice.send(.post, "/api/v2/conversations/messages/\(integrationId)/inbound/open/message",
                                        token: token, body: Self.message)
            // A call that fails marks trainee 3.
            let third = try await practice.token(clients[2])
            #expect(try await practice.send(.post, "/api/v2/routing/queues", token: third, body: "{}").status == 400)

            report = try await practice.send(.get, "/practice/room")
            let second = try #require(report.json["trainees"]?[1])
            let progress = try #require(second["progress"])
            #expect(progress["queue"]?.string == "Cola Dos")
            #expect(progress["member"]?.string == "Luis Pérez")
            #expect(progress["flow"]?.string == "Flujo Dos")
            #expect(progress["integration"]?.string == "Dos")
            #expect(progress["route"]?.string == "Flujo Dos")
            #expect(progress["testMessage"]?.string != nil)
            #expect(second["lastChange"] != nil)
            #expect(second["lastCall"]?["status"]?.int == 200, "the test message was their last call")
            #expect(report.json["trainees"]?[0]?["lastChange"] == nil && report.json["trainees"]?[0]?["lastCall"] == nil)
            let failed = try #require(report.json["trainees"]?[2]?["lastCall"])
            #expect(failed["status"]?.int == 400 && failed["method"]?.string == "POST" && failed["path"]?.string == "/api/v2/routing/queues")
        }
    }

    @Test func administrationInARoomSaysWhoseOrgAndResetsOneOrAll() async throws {
        try await Practice.run(room(2)) { (practice: Practice) async throws in
            let clients = await practice.service.clients
            try await practice.send(.get, "/practice/state").expectError(400, "bad.request")
            try await practice.send(.get, "/practice/state?trainee=3").expectError(400, "bad.request")
            #expect(try await practice.send(.get, "/practice/state?trainee=2").status == 200)
            for client in clients {
                _ = try await practice.send(.post, "/api/v2/routing/queues", token: try await practice.token(client), body: #"{"name":"Mía"}"#)
            }
            func ownQueue(_ number: Int) async throws -> String? {
                try await practice.send(.get, "/practice/room").json["trainees"]?[number - 1]?["progress"]?["queue"]?.string
            }
            #expect(try await practice.send(.post, "/practice/reset?trainee=1").status == 204)
            #expect(try await ownQueue(1) == nil)
            #expect(try await ownQueue(2) == "Mía", "one trainee's reset leaves the others")
            #expect(try await practice.send(.post, "/practice/reset").status == 204)
            #expect(try await ownQueue(2) == nil)
            // Tokens outlive a reset: a trainee's wizard keeps its connection.
            let token = try await practice.token(clients[0])
            #expect(try await practice.send(.post, "/practice/reset?trainee=1").status == 204)
            #expect(try await practice.send(.get, "/api/v2/routing/queues", token: token).status == 200)
        }
    }

    @Test func aRoomIsSavedWholeAndResumedWithTheSameClients() async throws {
        var template = Array("/tmp/omwizard-room-XXXXXX".utf8CString)
        let folder = String(cString: mkdtemp(&template)!)
        defer { _ = system("rm -rf '\(folder)'") }
        let path = folder + "/room.json"
        let before = Mutex<[PracticeClient]>([])
        try await Practice.run(room(2, statePath: path)) { (practice: Practice) async throws in
            let clients = await practice.service.clients
            before.withLock { $0 = clients }
            _ = try await practice.send(.post, "/api/v2/routing/queues", token: try await practice.token(clients[1]), body: #"{"name":"Guardada"}"#)
        }
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600, "the file holds the trainees' secrets")
        // Resumed with one more trainee: the first two keep their clients and orgs, the newcomer gets a seed.
        try await Practice.run(room(3, statePath: path)) { (practice: Practice) async throws in
            let clients = await practice.service.clients
            #expect(Array(clients.prefix(2)) == before.withLock { $0 })
            #expect(clients[2].id == "trainee-03")
            let report = try await practice.send(.get, "/practice/room")
            #expect(report.json["trainees"]?[1]?["progress"]?["queue"]?.string == "Guardada")
            #expect(report.json["trainees"]?[2]?["progress"] == .object([:]))
        }
        var fewer = PracticeOrgOptions()
        room(2, statePath: path)(&fewer)
        let saved = FileReader.read(path)
        // The newcomer made no call, yet the file holds three: clients are saved the moment they are made.
        #expect(reason(fewer) == .largerRoom(3), "a room of 3 does not start as 2")
        // One org's file is not a room's, nor the other way round: neither is overwritten.
        var single = PracticeOrgOptions()
        single.statePath = path
        #expect(reason(single) == .aRoom(3))
        let orgFile = folder + "/org.json"
        try await Practice.run({ $0.statePath = orgFile }) { practice in
            _ = try await practice.send(.post, "/api/v2/routing/queues", token: try await practice.token(), body: #"{"name":"Una"}"#)
        }
        let singleSaved = FileReader.read(orgFile)
        var roomOnAnOrgFile = PracticeOrgOptions()
        room(2, statePath: orgFile)(&roomOnAnOrgFile)
        #expect(reason(roomOnAnOrgFile) == .notSaved(room: true))
        #expect(FileReader.read(path) == saved && FileReader.read(orgFile) == singleSaved)
    }

    private func reason(_ options: PracticeOrgOptions) -> UnreadableStateFile.Reason? {
        do {
            _ = try PracticeOrgService(options: options)
            return nil
        } catch {
            return error.reason
        }
    }

    /// POST /practice/save to the state file's own path writes the whole room, never one org over it.
    @Test func savingOneTraineeOverTheStateFileSavesTheWholeRoom() async throws {
        var template = Array("/tmp/omwizard-room-XXXXXX".utf8CString)
        let folder = String(cString: mkdtemp(&template)!)
        defer { _ = system("rm -rf '\(folder)'") }
        let path = folder + "/room.json"
        try await Practice.run(room(2, statePath: path)) { (practice: Practice) async throws in
            let spelledOtherwise = folder + "/./room.json"
            #expect(try await practice.send(.post, "/practice/save?trainee=1", body: "{\"path\":\"\(spelledOtherwise)\"}").status == 204)
            var text = String(decoding: FileReader.read(path) ?? [], as: UTF8.self)
            #expect(text.contains("trainee-01") && text.contains("trainee-02"))
            // Through a link to it, too.
            #expect(symlink(path, folder + "/link.json") == 0)
            #expect(try await practice.send(.post, "/practice/save?trainee=2", body: "{\"path\":\"\(folder)/link.json\"}").status == 204)
            text = String(decoding: FileReader.read(path) ?? [], as: UTF8.self)
            #expect(text.contains("trainee-01") && text.contains("trainee-02"))
            // Another file gets the one org.
            let copy = folder + "/one.json"
            #expect(try await practice.send(.post, "/practice/save?trainee=2", body: "{\"path\":\"\(copy)\"}").status == 204)
            #expect(!String(decoding: FileReader.read(copy) ?? [], as: UTF8.self).contains("trainee-0"))
            // A trainee named with nothing, or a typo, is refused rather than taken for everyone.
            try await practice.send(.post, "/practice/reset?trainee=").expectError(400, "bad.request")
            try await practice.send(.post, "/practice/reset?trainee=uno").expectError(400, "bad.request")
            let clients = await practice.service.clients
            _ = try await practice.send(.post, "/api/v2/routing/queues", token: try await practice.token(clients[0]), body: #"{"name":"Sigue"}"#)
            for typo in ["trainees=1", "Trainee=1", "t=1"] {
                try await practice.send(.post, "/practice/reset?" + typo).expectError(400, "bad.request")
            }
            #expect(try await practice.send(.get, "/practice/room").json["trainees"]?[0]?["progress"]?["queue"]?.string == "Sigue")
        }
    }
}
