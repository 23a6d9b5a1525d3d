import FoundationEssentials
import GenesysClient
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
@testable import PracticeOrg

/// Any JSON value, to read responses without a model type per test.
enum JSON: Decodable, Equatable {
    case string(String), number(Double), bool(Bool), object([String: JSON]), array([JSON]), null

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSON].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSON].self)) }
    }

    subscript(key: String) -> JSON? { if case .object(let o) = self { return o[key] } else { return nil } }
    subscript(index: Int) -> JSON? { if case .array(let a) = self, a.indices.contains(index) { return a[index] } else { return nil } }
    var string: String? { if case .string(let s) = self { return s } else { return nil } }
    var int: Int? { if case .number(let n) = self { return Int(n) } else { return nil } }
    var array: [JSON] { if case .array(let a) = self { return a } else { return [] } }
}

struct Reply {
    var status: Int
    var headers: HTTPFields
    var json: JSON

    /// Genesys's error body: every field the reference lists for ErrorBody that the practice org fills.
    func expectError(_ status: Int, _ code: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(self.status == status, sourceLocation: sourceLocation)
        #expect(json["code"]?.string == code, sourceLocation: sourceLocation)
        #expect(json["status"]?.int == status, sourceLocation: sourceLocation)
        #expect(json["message"]?.string?.isEmpty == false, sourceLocation: sourceLocation)
        #expect(json["contextId"]?.string != nil, sourceLocation: sourceLocation)
        #expect(headers[HTTPField.Name("inin-correlation-id")!] == json["contextId"]?.string, sourceLocation: sourceLocation)
    }
}

/// A clock the tests move by hand, so that asynchronous Genesys behaviour (integration creation, jobs)
/// is checked without sleeping.
final class ManualClock: Sendable {
    private let seconds = Mutex<Double>(1_795_000_000)
    var now: Double { seconds.withLock { $0 } }
    func advance(_ delta: Double) { seconds.withLock { $0 += delta } }
}

/// A practice org on a real loopback port, and a client that speaks to it over HTTP.
struct Practice {
    let client: any TestClientProtocol
    let clock: ManualClock
    let service: PracticeOrgService

    static let basic = "Basic " + base64("\(PracticeOrgOptions.defaultClientID):\(PracticeOrgOptions.defaultClientSecret)")

    static func run(_ configure: (inout PracticeOrgOptions) -> Void = { _ in },
                    _ test: @Sendable (Practice) async throws -> Void) async throws {
        var options = PracticeOrgOptions()
        configure(&options)
        let clock = ManualClock()
        let service = try PracticeOrgService(options: options, clock: { clock.now })
        try await PracticeServer(service: service).application(port: 0).test(.live) { client in
            try await test(Practice(client: client, clock: clock, service: service))
        }
        // As the program does when it stops.
        await service.flush()
    }

    func send(_ method: HTTPRequest.Method, _ path: String, token: String? = nil, body: String? = nil,
              headers extra: HTTPFields = [:]) async throws -> Reply {
        var headers = extra
        if let token { headers[.authorization] = "Bearer \(token)" }
        if body != nil && headers[.contentType] == nil { headers[.contentType] = "application/json" }
        return try await client.execute(uri: path, method: method, headers: headers,
                                        body: body.map { ByteBuffer(string: $0) }) { response in
            let bytes = Array(response.body.readableBytesView)
            let json = bytes.isEmpty ? JSON.null : ((try? JSONDecoder().decode(JSON.self, from: Data(bytes))) ?? .null)
            return Reply(status: Int(response.status.code), headers: response.headers, json: json)
        }
    }

    func token(_ client: PracticeClient? = nil) async throws -> String {
        let reply = try await login(client)
        return try #require(reply.json["access_token"]?.string)
    }

    /// POST /oauth/token with `client`'s credentials in Basic auth (the default client's without one).
    func login(_ client: PracticeClient?) async throws -> Reply {
        let basic = client.map { "Basic " + base64("\($0.id):\($0.secret)") } ?? Practice.basic
        return try await send(.post, "/oauth/token", body: "grant_type=client_credentials",
                              headers: [.authorization: basic, .contentType: "application/x-www-form-urlencoded"])
    }
}

extension Practice {
    /// Registers a job, uploads `yaml` to its presigned URL, lets the job's time pass, returns the job.
    func publish(_ yaml: String, token: String) async throws -> Reply {
        // No body, but JSON all the same, as Genesys's SDK sends it.
        let job = try await send(.post, "/api/v2/flows/jobs", token: token, headers: [.contentType: "application/json"])
        #expect(job.status == 200)
        let id = try #require(job.json["id"]?.string)
        let url = try #require(job.json["presignedUrl"]?.string)
        #expect(job.json["headers"]?["Content-Type"]?.string != nil)
        let path = String(url[try #require(url.firstRange(of: "/practice/")).lowerBound...])
        #expect(try await send(.get, "/api/v2/flows/jobs/\(id)", token: token).json["status"]?.string == "Registered")
        #expect(try await send(.put, path, body: yaml).status == 200)
        #expect(try await send(.get, "/api/v2/flows/jobs/\(id)", token: token).json["status"]?.string == "Started")
        clock.advance(2)
        return try await send(.get, "/api/v2/flows/jobs/\(id)?expand=messages", token: token)
    }
}

func base64(_ text: String) -> String {
    Data(text.utf8).base64EncodedString()
}

/// The Archy file the wizard uploads: the practice org is tested with what it will really receive.
func flowYAML(name: String, queue: String) -> String {
    InboundMessageFlowDocument.yaml(flowName: name, queueName: queue)
}
