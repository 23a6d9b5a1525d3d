import GenesysClient
import Hummingbird
import HummingbirdTesting
import PracticeOrg
import Synchronization
import Testing

/// A practice org on a real loopback port (its own clock: the client really waits), and a client of it.
struct PracticeConnection {
    let client: GenesysClient
    let port: Int
    let service: PracticeOrgService

    static let credentials = ClientCredentials(clientID: PracticeOrgOptions.defaultClientID,
                                               clientSecret: PracticeOrgOptions.defaultClientSecret)

    static func run(credentials: ClientCredentials = credentials,
                    transport: HTTPTransport = CurlTransport(),
                    _ configure: (inout PracticeOrgOptions) -> Void = { _ in },
                    _ test: @Sendable (PracticeConnection) async throws -> Void) async throws {
        var options = PracticeOrgOptions()
        options.integrationDelay = 0.2
        options.jobDelay = 0.2
        configure(&options)
        let service = try PracticeOrgService(options: options)
        try await PracticeServer(service: service).application(port: 0).test(.live) { testClient in
            let port = try #require(testClient.port)
            var settings = GenesysClient.Settings()
            settings.pollSeconds = 0.1
            settings.backoffSeconds = 0.05
            let endpoint = try Endpoint.custom("http://127.0.0.1:\(port)")
            let client = GenesysClient(endpoint: endpoint, credentials: credentials, transport: transport, settings: settings)
            try await test(PracticeConnection(client: client, port: port, service: service))
        }
    }
}

/// Passes requests to libcurl and keeps what went through, to check what the client sent.
final class RecordingTransport: HTTPTransport {
    private let sent = Mutex<[TransportRequest]>([])
    private let answered = Mutex<[Int]>([])
    private let real = CurlTransport()

    var requests: [TransportRequest] { sent.withLock { $0 } }
    /// The HTTP status of each answer, in the order they came.
    var statuses: [Int] { answered.withLock { $0 } }

    func send(_ request: TransportRequest, timeoutSeconds: Int) async throws(TransportFailure) -> TransportResponse {
        sent.withLock { $0.append(request) }
        let response = try await real.send(request, timeoutSeconds: timeoutSeconds)
        answered.withLock { $0.append(response.status) }
        return response
    }
}

extension PracticeConnection {
    /// Calls the practice org's administration API (no token), e.g. to revoke a permission.
    func administer(_ path: String, body: String = "") async throws {
        let response = try await CurlTransport().send(
            TransportRequest(method: "POST", url: "http://127.0.0.1:\(port)\(path)",
                        headers: [("Content-Type", "application/json")], body: Array(body.utf8)),
            timeoutSeconds: 30)
        #expect((200..<300).contains(response.status), "\(path) answered \(response.status)")
    }
}

/// The APIError that `work` throws, or nil when it succeeds.
func apiFailure<Value>(_ work: () async throws -> Value) async -> APIError? {
    do {
        _ = try await work()
        return nil
    } catch {
        return error as? APIError
    }
}

extension Array {
    /// `map` with an async transform, one element after the other.
    func asyncMap<Result>(_ transform: (Element) async throws -> Result) async rethrows -> [Result] {
        var results: [Result] = []
        for element in self { results.append(try await transform(element)) }
        return results
    }
}
