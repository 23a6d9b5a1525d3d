import GenesysClient
import PracticeOrg
import Testing
import PracticeFaults

/// Each class of failure: what the client retries by itself, and what it reports.
@Suite struct ErrorTests {
    private func fault(_ text: String) -> Fault { Fault(commandLine: text)! }

    @Test func aMissingPermissionIsNamed() async throws {
        try await PracticeConnection.run { practice in
            try await practice.administer("/practice/permissions/revoke", body: #"{"permission":"routing:queue:add"}"#)
            let error = try #require(await apiFailure { try await practice.client.createQueue(named: "Sin Permiso") }, "created without the permission")
            #expect(error.kind == .missingPermission("routing:queue:add"))
            #expect(error.status == 403)
        }
    }

    @Test func anUnknownIdIsNotFound() async throws {
        try await PracticeConnection.run { practice in
            let error = try #require(await apiFailure { try await practice.client.recipient(id: "00000000-0000-4000-8000-00000000dead") }, "found a recipient that does not exist")
            #expect(error.kind == .notFound)
        }
    }

    @Test func a429IsWaitedOutAsRetryAfterSays() async throws {
        let transport = RecordingTransport()
        try await PracticeConnection.run(transport: transport, { $0.faults = [fault("rate-limit:1 GET /api/v2/routing/queues x2")] }) { practice in
            let started = ContinuousClock.now
            let found = try await practice.client.queue(named: "Ventas")
            #expect(found != nil)
            #expect(ContinuousClock.now - started >= .seconds(2))
            #expect(transport.requests.filter { $0.url.contains("/routing/queues") }.count == 3)
        }
    }

    @Test func aRetryAfterLongerThanTheClientWaitsIsReported() async throws {
        try await PracticeConnection.run({ $0.faults = [fault("rate-limit:600 GET /api/v2/flows")] }) { practice in
            let error = try #require(await apiFailure { try await practice.client.inboundMessageFlow(named: "x") }, "no failure")
            #expect(error.kind == .rateLimited(retryAfterSeconds: 600))
        }
    }

    @Test func serverErrorsOfReadsAreRetriedWithBackoffThenReported() async throws {
        let transport = RecordingTransport()
        try await PracticeConnection.run(transport: transport, {
            $0.faults = [fault("status:503 GET /api/v2/routing/queues x2"), fault("status:500 GET /api/v2/flows")]
        }) { practice in
            let found = try await practice.client.queue(named: "Ventas")
            #expect(found != nil)
            let error = try #require(await apiFailure { try await practice.client.inboundMessageFlow(named: "x") }, "no failure")
            #expect(error.kind == .serverError && error.status == 500)
            #expect(transport.requests.filter { $0.url.contains("/api/v2/flows") }.count == 4)
        }
    }

    @Test func aCreateIsNeverRetriedSinceTheServerMayHaveDoneIt() async throws {
        let transport = RecordingTransport()
        try await PracticeConnection.run(transport: transport, { $0.faults = [fault("status:502 POST /api/v2/routing/queues x1")] }) { practice in
            let error = try #require(await apiFailure { try await practice.client.createQueue(named: "Una Vez") }, "no failure")
            #expect(error.kind == .serverError && error.status == 502)
            #expect(transport.requests.filter { $0.method == "POST" && $0.url.hasSuffix("/routing/queues") }.count == 1)
        }
    }

    @Test func aDroppedConnectionOfAReadIsRetried() async throws {
        try await PracticeConnection.run({ $0.faults = [fault("drop GET /api/v2/routing/queues x1")] }) { practice in
            let found = try await practice.client.queue(named: "Ventas")
            #expect(found != nil)
        }
    }

    /// A 404 from the login is a wrong address, not Genesys having a problem.
    @Test func aLoginThatIsNotThereIsAWrongAddress() async throws {
        try await PracticeConnection.run({ $0.faults = [fault("status:404 POST /oauth/token")] }) { practice in
            let error = try #require(await apiFailure { try await practice.client.connect() }, "logged in")
            #expect(error.kind == .notALoginService && error.status == 404)
        }
    }

    /// A 401 on a call after a good login: the client logs in again once; a second 401 is the new token
    /// refused, which says nothing about the id and secret the login just accepted.
    @Test func aTokenRefusedAfterANewLoginIsNotCalledBadCredentials() async throws {
        let transport = RecordingTransport()
        try await PracticeConnection.run(transport: transport, {
            $0.faults = [fault("status:401 GET /api/v2/routing/queues x1"), fault("status:401 GET /api/v2/flows x2")]
        }) { practice in
            try await practice.client.connect()
            #expect(try await practice.client.queue(named: "Ventas") != nil, "renewed once, then answered")
            let error = try #require(await apiFailure { try await practice.client.inboundMessageFlow(named: "x") }, "no failure")
            #expect(error.kind == .tokenRefused && error.status == 401)
            #expect(transport.requests.filter { $0.url.hasSuffix("/oauth/token") }.count == 3)
        }
    }
}
