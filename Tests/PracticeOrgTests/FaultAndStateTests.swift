import FoundationEssentials
import DurableFiles
import Glibc
import Hummingbird
import Testing
@testable import PracticeOrg
import PracticeFaults

@Suite struct FaultAndStateTests {
    @Test func servedRequestsAreListedForBenchmarks() async throws {
        try await Practice.run { practice in
            let token = try await practice.token()
            _ = try await practice.send(.get, "/api/v2/routing/queues?name=Ventas", token: token)
            let served = try await practice.send(.get, "/practice/requests")
            #expect(served.json.array.compactMap(\.string) == ["POST /oauth/token", "GET /api/v2/routing/queues"])
            _ = try await practice.send(.delete, "/practice/requests")
            #expect(try await practice.send(.get, "/practice/requests").json.array.isEmpty)
        }
    }

    /// A long day stays bounded: the list keeps the last requests only, in order; the count keeps them all.
    @Test func theListOfServedRequestsIsBounded() {
        var requests = RecentRequests(capacity: 100)
        for index in 1...1_234 { requests.append("GET /api/v2/routing/queues/\(index)") }
        #expect(requests.total == 1_234)
        #expect(requests.last.count == 100)
        #expect(requests.last.first == "GET /api/v2/routing/queues/1135")
        #expect(requests.last.last == "GET /api/v2/routing/queues/1234")
        requests.forget()
        #expect(requests.total == 0 && requests.last.isEmpty)
        #expect(RecentRequests().capacity == 10_000)
    }

    @Test func statusAndRateLimitFaultsApplyTheChosenNumberOfTimes() async throws {
        try await Practice.run({ $0.faults = [Fault(commandLine: "status:503 GET /api/v2/routing/queues x1")!] }) { practice in
            let token = try await practice.token()
            try await practice.send(.get, "/api/v2/routing/queues", token: token).expectError(503, "service.unavailable")
            #expect(try await practice.send(.get, "/api/v2/routing/queues", token: token).status == 200)
            _ = try await practice.send(.post, "/practice/faults",
                                        body: #"[{"kind":"rate-limit","path":"/api/v2/flows","retryAfter":3,"times":1}]"#)
            let limited = try await practice.send(.get, "/api/v2/flows", token: token)
            limited.expectError(429, "too.many.requests")
            #expect(limited.headers[.retryAfter] == "3")
            #expect(try await practice.send(.get, "/api/v2/flows", token: token).status == 200)
        }
    }

    @Test func latencyDelaysTheAnswer() async throws {
        try await Practice.run({ $0.faults = [Fault(kind: .latency, path: "/api/v2/flows", milliseconds: 300, times: 1)] }) { practice in
            let token = try await practice.token()
            let clock = ContinuousClock()
            let started = clock.now
            #expect(try await practice.send(.get, "/api/v2/flows", token: token).status == 200)
            #expect(clock.now - started >= .milliseconds(300))
        }
    }

    @Test func aDroppedConnectionGivesNoAnswer() async throws {
        try await Practice.run({ $0.faults = [Fault(commandLine: "drop POST /api/v2/routing/queues x1")!] }) { practice in
            let token = try await practice.token()
            await #expect(throws: (any Error).self) {
                _ = try await practice.send(.post, "/api/v2/routing/queues", token: token, body: #"{"name":"Dropped"}"#)
            }
        }
    }

    @Test func anExpireTokenFaultExpiresEveryToken() async throws {
        try await Practice.run({ $0.faults = [Fault(commandLine: "expire-token /api/v2/flows x1")!] }) { practice in
            let token = try await practice.token()
            try await practice.send(.get, "/api/v2/flows", token: token).expectError(401, "credentials.expired")
            try await practice.send(.get, "/api/v2/routing/queues", token: token).expectError(401, "credentials.expired")
            #expect(try await practice.send(.get, "/api/v2/flows", token: try await practice.token()).status == 200)
        }
    }

    @Test func theAdministrationEndpointsListClearAndExpire() async throws {
        try await Practice.run { practice in
            let token = try await practice.token()
            _ = try await practice.send(.post, "/practice/faults", body: #"[{"kind":"status","path":"/api/v2/flows","status":500}]"#)
            #expect(try await practice.send(.get, "/practice/faults").json[0]?["status"]?.int == 500)
            try await practice.send(.get, "/api/v2/flows", token: token).expectError(500, "internal.server.error")
            #expect(try await practice.send(.delete, "/practice/faults").status == 204)
            #expect(try await practice.send(.get, "/practice/faults").json == .array([]))
            #expect(try await practice.send(.get, "/api/v2/flows", token: token).status == 200)
            #expect(try await practice.send(.post, "/practice/expire-tokens").status == 204)
            try await practice.send(.get, "/api/v2/flows", token: token).expectError(401, "credentials.expired")
            try await practice.send(.post, "/practice/faults", body: "nonsense").expectError(400, "bad.request")
        }
    }

    @Test func webPagesCannotReachTheAdministration() async throws {
        try await Practice.run { practice in
            // However the path is written: the router reads `//practice/reset` as `/practice/reset`.
            for path in ["/practice/reset", "//practice/reset", "/practice//reset", "///practice/reset?trainee=1"] {
                try await practice.send(.post, path, headers: [.origin: "https://evil.example"]).expectError(403, "not.authorized")
            }
            try await practice.send(.post, "/practice/save", body: #"{"path":"/tmp/omwizard-not-json.txt"}"#)
                .expectError(400, "bad.request")
            try await practice.send(.post, "/practice/faults", body: #"[{"kind":"status","path":"/api","status":1000}]"#)
                .expectError(400, "bad.request")
            let token = try await practice.token()
            #expect(try await practice.send(.get, "/api/v2/routing/queues?pageNumber=9223372036854775807", token: token).status == 400)
        }
    }

    /// With --listen, trainees' laptops reach the API; the administration, which takes no token, answers
    /// only this computer: a loopback peer, or this computer at the address listened on.
    @Test func theAdministrationAnswersThisComputerOnly() {
        for peer in ["127.0.0.1", "127.0.0.2", "::1", "::ffff:127.0.0.1"] {
            #expect(AdministrationGuard.isThisComputer(peer, listening: "0.0.0.0"))
        }
        #expect(AdministrationGuard.isThisComputer("192.168.1.20", listening: "192.168.1.20"))
        for peer in ["192.168.1.21", "10.0.0.5", "::ffff:10.0.0.5"] {
            #expect(!AdministrationGuard.isThisComputer(peer, listening: "192.168.1.20"))
        }
        #expect(!AdministrationGuard.isThisComputer(nil, listening: "127.0.0.1"))
    }

    @Test func anUnreadableStateFileIsNeverOverwritten() throws {
        var options = PracticeOrgOptions()
        options.statePath = "/tmp/omwizard-unreadable-state.json"
        try TextFileWriter.write("not an org", to: options.statePath!)
        #expect(throws: UnreadableStateFile.self) { try PracticeOrgService(options: options) }
        #expect(FileReader.read(options.statePath!) == Array("not an org".utf8))
    }

    @Test func faultsAreReadFromTheCommandLine() {
        #expect(Fault(commandLine: "latency:50 /api/v2") == Fault(kind: .latency, path: "/api/v2", milliseconds: 50))
        #expect(Fault(commandLine: "status:500 POST /api/v2/routing/queues x2")
            == Fault(kind: .status, method: "POST", path: "/api/v2/routing/queues", status: 500, times: 2))
        #expect(Fault(commandLine: "explode /api") == nil)
        #expect(Fault(commandLine: "latency:soon /api") == nil)
        #expect(Fault(commandLine: "drop") == nil)
        #expect(Fault(commandLine: ":") == nil)
        #expect(Fault(commandLine: "status:1000 /api") == nil)
    }

    @Test func theOrgSavesLoadsAndResets() async throws {
        var template = Array("/tmp/omwizard-practice-XXXXXX".utf8CString)
        let folder = String(cString: mkdtemp(&template)!)
        defer { _ = system("rm -rf '\(folder)'") }
        let path = folder + "/org.json"
        try await Practice.run({ $0.statePath = path; $0.generatedQueues = 20_000 }) { practice in
            let token = try await practice.token()
            #expect(try await practice.send(.post, "/api/v2/routing/queues", token: token, body: #"{"name":"Guardada"}"#).status == 200)
        }
        var info = stat()
        #expect(stat(path, &info) == 0 && info.st_mode & 0o777 == 0o600)
        #expect(info.st_size < 100_000, "20,000 generated queues are saved as a count")
        try await Practice.run({ $0.statePath = path; $0.generatedQueues = 20_000 }) { practice in
            let token = try await practice.token()
            let found = try await practice.send(.get, "/api/v2/routing/queues?name=Guardada", token: token)
            #expect(found.json["total"]?.int == 1, "a new server loads the saved org")
            #expect(try await practice.send(.get, "/api/v2/routing/queues", token: token).json["total"]?.int == 20_005)
            #expect(try await practice.send(.post, "/practice/reset").status == 204)
            #expect(try await practice.send(.get, "/api/v2/routing/queues?name=Guardada", token: token).json["total"]?.int == 0)
            let state = try await practice.send(.get, "/practice/state")
            #expect(state.json["integrations"]?[0]?["integration"]?["name"]?.string == "Legacy Web Chat")
            #expect(state.json["integrations"]?[0]?["secretToken"] == nil)
            let saved = String(decoding: FileReader.read(path) ?? [], as: UTF8.self)
            #expect(!saved.isEmpty && !saved.contains("legacy-signing-token-0001"), "secret tokens never reach the file")
            // Save to another file and load it back after a change.
            let copy = folder + "/copy.json"
            #expect(try await practice.send(.post, "/practice/save", body: "{\"path\":\"\(copy)\"}").status == 204)
            #expect(try await practice.send(.post, "/api/v2/routing/queues", token: token, body: #"{"name":"Después"}"#).status == 200)
            #expect(try await practice.send(.post, "/practice/load", body: "{\"path\":\"\(copy)\"}").status == 204)
            #expect(try await practice.send(.get, "/api/v2/routing/queues?name=Despu%C3%A9s", token: token).json["total"]?.int == 0)
            try await practice.send(.post, "/practice/load", body: #"{"path":"/nonexistent.json"}"#).expectError(400, "bad.request")
        }
    }
}
