import GenesysClient
import Testing

@Suite struct ConnectionTests {
    @Test func regionsAreFoundByKeyOrDomainAsAdminsWriteThem() throws {
        #expect(Region.all.count == 18)
        #expect(Region.named("eu-west-1")?.domain == "mypurecloud.ie")
        #expect(Region.named("https://apps.mypurecloud.de/")?.key == "eu-central-1")
        #expect(Region.named("API.USW2.PURE.CLOUD")?.key == "us-west-2")
        #expect(Region.named("eusc-de-east-1")?.endpoint == Endpoint(apiBase: "https://api.edee1.eusc-pure.cloud",
                                                                      loginBase: "https://login.edee1.eusc-pure.cloud"))
        #expect(Region.named("mars-1") == nil)
    }

    /// Plain http only where no Genesys org can be: this computer, or a private network (a trainer's room).
    @Test func aCustomBaseMustBeHTTPSExceptToThisMachineOrAPrivateNetwork() throws {
        #expect(try Endpoint.custom("https://api.mypurecloud.com/").loginBase == "https://login.mypurecloud.com")
        #expect(try Endpoint.custom("http://127.0.0.1:8787").loginBase == "http://127.0.0.1:8787")
        for room in ["http://192.168.1.20:8787", "http://10.0.0.5:8787", "http://172.16.0.1", "http://172.31.255.9:80",
                     "http://169.254.3.4:8787", "http://trainer.local:8787", "http://LOCALHOST:8787", "http://127.0.0.2",
                     "http://[::1]:8787", "http://[fd12:3456::5]:8787", "http://[fe80::1]:8787", "http://trainer.local.:8787"] {
            #expect(try Endpoint.custom(room).apiBase == room, "\(room)")
        }
        for internet in ["http://example.com", "http://172.32.0.1", "http://172.15.0.1", "http://192.169.0.1", "http://8.8.8.8",
                         "http://10.0.0.5.example.com", "http://192.168.1", "http://192.168.1.300", "http://local",
                         "http://100.101.5.6", "http://[2001:db8::1]:8787", "http://[::ffff:8.8.8.8]",
                         // Read by curl as another address than it looks: octal parts.
                         "http://010.1.2.3", "http://192.168.01.1"] {
            #expect(throws: Endpoint.Refusal.plainHTTPToAnotherHost, "\(internet)") { try Endpoint.custom(internet) }
        }
        // Where curl would connect to another host than the one read here: refused whatever the scheme.
        for disguised in ["http://[fd00::5]@evil.example", "http://192.168.1.2@evil.example", "http://evil.example#.local",
                          "http://evil.example?.local", "http://evil.example\\@192.168.1.2", "http://[fd00::5]evil.example"] {
            #expect(throws: Endpoint.Refusal.self, "\(disguised)") { try Endpoint.custom(disguised) }
            #expect((try? Endpoint.custom(disguised)) == nil)
        }
        #expect(throws: Endpoint.Refusal.notAURL) { try Endpoint.custom("api.mypurecloud.com") }
    }

    @Test func theSecretNeverShowsInADescription() {
        let credentials = ClientCredentials(clientID: "abc", clientSecret: "s3cr3t-value")
        #expect(!"\(credentials)".contains("s3cr3t"))
        #expect(!String(reflecting: credentials).contains("s3cr3t"))
    }

    @Test func wrongCredentialsAreReportedAsSuch() async throws {
        try await PracticeConnection.run(credentials: ClientCredentials(clientID: "omwizard-practice", clientSecret: "wrong")) { practice in
            let error = try #require(await apiFailure { try await practice.client.connect() }, "logged in with a wrong secret")
            #expect(error.kind == .badCredentials)
            #expect(error.status == 401)
        }
    }

    @Test func anUnreachableOrgIsReportedAfterRetries() async throws {
        var settings = GenesysClient.Settings()
        settings.backoffSeconds = 0.01
        // Port 9 (discard) is closed on loopback: the connection is refused at once.
        let client = GenesysClient(endpoint: try Endpoint.custom("http://127.0.0.1:9"),
                                   credentials: PracticeConnection.credentials, settings: settings)
        let error = try #require(await apiFailure { try await client.connect() }, "connected to a closed port")
        #expect(error.kind == .unreachable)
        #expect(await client.requestCount == settings.attempts)
    }

    @Test func theTokenIsRenewedWhenItExpiresEarlyAndTheSecretTravelsOnlyToTheLoginService() async throws {
        let transport = RecordingTransport()
        try await PracticeConnection.run(transport: transport) { practice in
            #expect(try await practice.client.queue(named: "Ventas") != nil)
            try await practice.administer("/practice/expire-tokens")
            #expect(try await practice.client.queue(named: "Ventas") != nil)
            let logins = transport.requests.filter { $0.url.hasSuffix("/oauth/token") }
            #expect(logins.count == 2)
            let secret = PracticeConnection.credentials.clientSecret
            for request in transport.requests where !request.url.hasSuffix("/oauth/token") {
                #expect(!String(decoding: request.body, as: UTF8.self).contains(secret))
                #expect(!request.headers.contains { $0.1.contains("Basic") })
            }
        }
    }

    @Test func aShortLivedTokenIsRenewedBeforeItExpires() async throws {
        let transport = RecordingTransport()
        try await PracticeConnection.run(transport: transport, { $0.tokenLifetime = 3 }) { practice in
            _ = try await practice.client.queue(named: "Ventas")
            let sentBefore = transport.requests.count
            // Past four fifths of its life, not yet expired: the client logs in again before using it, rather
            // than waiting to be refused.
            try await Task.sleep(nanoseconds: 2_600_000_000)
            _ = try await practice.client.queue(named: "Ventas")
            #expect(transport.requests[sentBefore].url.hasSuffix("/oauth/token"))
            #expect(transport.requests.count == sentBefore + 2)
        }
    }
}
