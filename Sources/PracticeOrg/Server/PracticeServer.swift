import FoundationEssentials
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import PracticeFaults
import WizardCore

/// Each request's context: Hummingbird's, plus the connection, so that a "drop" fault can close it.
struct PracticeContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    let channel: any Channel

    init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        channel = source.channel
    }
}

/// The practice org's HTTP server: /oauth/token and /api/v2/... on one port, plus /practice/... for
/// administration (faults, reset, save) and the trainer's view of a room. Binds to 127.0.0.1 unless told
/// otherwise (`--listen`).
public struct PracticeServer: Sendable {
    public let service: PracticeOrgService
    /// Where Architect files are uploaded: the stand-in for the S3 presigned URL of a job.
    static let uploadsPath = "/practice/uploads/"

    public init(service: PracticeOrgService) {
        self.service = service
    }

    /// The loopback address, the only one a practice org listens on unless the trainer opts in.
    public static let loopback = "127.0.0.1"

    /// Whether `address` is this computer's loopback: 127.0.0.0/8, ::1 (and IPv4's loopback mapped in IPv6),
    /// or the name localhost.
    public static func isLoopback(_ address: String) -> Bool {
        address.hasPrefix("127.") || address == "::1" || address.hasPrefix("::ffff:127.") || address == "localhost"
    }

    /// The Hummingbird application on `address`:`port` (0 picks a free port; `onRunning` receives it).
    public func application(address: String = PracticeServer.loopback, port: Int,
                            onRunning: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        // Warnings only: the program announces its address itself, and a trainer's screen stays clean.
        var logger = Logger(label: "omwizard.practice")
        logger.logLevel = .warning
        return Application(
            router: router(),
            configuration: .init(address: .hostname(address, port: port), serverName: PracticeDefaults.serverName),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? port) },
            logger: logger
        )
    }

    func router() -> Router<PracticeContext> {
        let router = Router(context: PracticeContext.self)
        router.add(middleware: AdministrationGuard())
        router.add(middleware: CallOutcomeMiddleware(service: service))
        router.add(middleware: FaultMiddleware(service: service))
        addOAuthRoute(to: router)
        addDirectoryRoutes(to: router)
        addArchitectRoutes(to: router)
        addMessagingRoutes(to: router)
        addConversationRoutes(to: router)
        addAdministrationRoutes(to: router)
        return router
    }

    private func addOAuthRoute(to router: Router<PracticeContext>) {
        router.post("/oauth/token") { request, _ -> Response in
            var request = request
            let body = String(decoding: try await Self.bytes(of: &request), as: UTF8.self)
            switch await service.issueToken(authorization: request.headers[.authorization], form: FormBody.parse(body)) {
            case .success(let token): return JSONResponse.make(token)
            case .failure(let error):
                return JSONResponse.make(error, status: error.error == "invalid_client" ? 401 : 400)
            }
        }
    }

    // MARK: Helpers shared by the route groups

    /// The path as the router reads it, which ignores empty parts: `//practice/state` is `/practice/state`.
    /// The middlewares judge a request by this path, never by the raw one, or a doubled slash would carry
    /// a request past them to its route.
    static func routedPath(_ request: Request) -> String {
        "/" + request.uri.path.split(separator: "/").joined(separator: "/")
    }

    /// Runs an /api/v2 call: bearer token and permissions first, then the Content-Type of a call that sends
    /// a body, then the call, on the org of the trainee the token was issued to; any refusal becomes
    /// Genesys's error body.
    func api(_ request: Request, needs requirement: PermissionRequirement,
             _ body: (Tenant) async throws -> Response) async -> Response {
        do {
            let tenant = try await service.authorize(request.headers[.authorization], needs: requirement)
            try Self.requireJSONBody(request)
            return try await body(tenant)
        } catch let failure as APIFailure {
            return JSONResponse.failure(failure)
        } catch {
            return JSONResponse.failure(.badRequest("The request could not be read: \(error)"))
        }
    }

    /// Every POST, PUT and PATCH of the API takes JSON, as Genesys's SDK declares for each of them (even
    /// POST /api/v2/flows/jobs, whose body may be left out): another Content-Type, or none, is a 415.
    /// Checking it after the token and the permission is our choice; Genesys does not document the order.
    static func requireJSONBody(_ request: Request) throws(APIFailure) {
        guard [.post, .put, .patch].contains(request.method) else { return }
        let contentType = request.headers[.contentType]
        let mediaType = contentType?.split(separator: ";").first.map { String($0).trimmed.lowercased() }
        guard mediaType == "application/json" else { throw .unsupportedMediaType(contentType) }
    }

    /// `GET path` where `path` ends in `:parameter`: answers what `lookup` finds for that id.
    func getByID<Entity: Encodable & Sendable>(
        _ router: Router<PracticeContext>, _ path: String, _ parameter: String, needs requirement: PermissionRequirement,
        _ lookup: @escaping @Sendable (Org, String) throws(APIFailure) -> Entity
    ) {
        router.get(RouterPath(path)) { request, context in
            await api(request, needs: requirement) { tenant in
                let id = context.parameters.get(parameter) ?? ""
                return JSONResponse.make(try await service.read(tenant) { org throws(APIFailure) in try lookup(org, id) })
            }
        }
    }

    /// `DELETE path` where `path` ends in `:parameter`: `remove` takes the object of that id out of the org.
    func deleteByID(_ router: Router<PracticeContext>, _ path: String, _ parameters: [String], needs requirement: PermissionRequirement,
                    _ remove: @escaping @Sendable (inout Org, [String]) throws(APIFailure) -> Void) {
        router.delete(RouterPath(path)) { request, context in
            await api(request, needs: requirement) { tenant in
                let ids = parameters.map { context.parameters.get($0) ?? "" }
                try await service.change(tenant) { org, _ throws(APIFailure) in try remove(&org, ids) }
                return JSONResponse.empty()
            }
        }
    }

    static func bytes(of request: inout Request) async throws -> [UInt8] {
        let buffer = try await request.collectBody(upTo: 16 * 1024 * 1024)
        return Array(buffer.readableBytesView)
    }

    /// The JSON body as the call's request model; one that is not JSON, or whose fields have the wrong
    /// type, is a 400 naming the field.
    static func decode<T: Decodable>(_ type: T.Type, from request: inout Request) async throws -> T {
        try decode(type, from: try await bytes(of: &request))
    }

    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws(APIFailure) -> T {
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let error as DecodingError {
            throw RequestBodyError.failure(error)
        } catch {
            throw .badRequest("The request body is not valid JSON.")
        }
    }

    static func page(_ request: Request, maxSize: Int = 500,
                     maxNumber: Int = PageRequest.largestPageNumber) throws(APIFailure) -> PageRequest {
        let query = FormQuery(request)
        func number(_ key: String) throws(APIFailure) -> Int? {
            guard let text = query[key] else { return nil }
            guard let value = Int(text) else { throw .invalidValue(key, "\(key) must be a whole number.") }
            return value
        }
        return try PageRequest(size: number("pageSize"), number: number("pageNumber"), maxSize: maxSize, maxNumber: maxNumber)
    }

    static func query(_ request: Request, _ key: String) -> String? {
        FormQuery(request)[key]
    }
}

enum JSONResponse {
    static func make<T: Encodable>(_ value: T, status: Int = 200, headers: HTTPFields = [:]) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: .init(code: status), headers: fields, body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    /// Genesys's error body, with the correlation id also in the header, as Genesys sends it.
    static func failure(_ failure: APIFailure, headers: HTTPFields = [:]) -> Response {
        let contextId = newID()
        var fields = headers
        fields[HTTPField.Name("inin-correlation-id")!] = contextId
        return make(failure.body(contextId: contextId), status: failure.status, headers: fields)
    }

    static func empty(status: Int = 204) -> Response {
        Response(status: .init(code: status))
    }
}

/// application/x-www-form-urlencoded, as the token request sends it and as Genesys's servers read a query
/// string (`+` is a space: the SDK sends `name=Cola+SDK*` for "Cola SDK*").
enum FormBody {
    static func parse(_ body: String) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in pairs(body) where result[key] == nil { result[key] = value }
        return result
    }

    /// Every `key=value` in order, keys that repeat included.
    static func pairs(_ text: String) -> [(String, String)] {
        text.split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map { decode(String($0)) }
            return (parts[0], parts.count > 1 ? parts[1] : "")
        }
    }

    static func decode(_ text: String) -> String {
        var bytes: [UInt8] = []
        var iterator = Array(text.utf8).makeIterator()
        while let byte = iterator.next() {
            if byte == UInt8(ascii: "+") {
                bytes.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), let high = iterator.next(), let low = iterator.next(),
                      let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) {
                bytes.append(value)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// A request's query string, read as form data.
struct FormQuery {
    private let pairs: [(String, String)]

    init(_ request: Request) {
        pairs = FormBody.pairs(request.uri.query ?? "")
    }

    /// Whether `key` is in the query, even with no value.
    func has(_ key: String) -> Bool {
        pairs.contains { $0.0 == key }
    }

    /// The first non-empty value of `key`.
    subscript(key: String) -> String? {
        pairs.first { $0.0 == key && !$0.1.isEmpty }?.1
    }

    /// Every value of `key`, a list parameter's commas (how the SDK sends a list) split apart.
    func all(_ key: String) -> [String] {
        pairs.filter { $0.0 == key }.flatMap { $0.1.split(separator: ",").map(String.init) }
    }
}

/// A body that the call's request model cannot read, said the way Genesys's 400s say it: which field, and
/// what was wrong with it.
enum RequestBodyError {
    static func failure(_ error: DecodingError) -> APIFailure {
        switch error {
        case .typeMismatch(let expected, let context):
            let field = path(context.codingPath)
            return .badRequest("The request body could not be read: \(field) must be \(describe(expected)).",
                               params: ["field": field])
        case .valueNotFound(let expected, let context):
            let field = path(context.codingPath)
            return .badRequest("The request body could not be read: \(field) must be \(describe(expected)), not null.",
                               params: ["field": field])
        case .keyNotFound(let key, let context):
            let field = path(context.codingPath + [key])
            return .badRequest("The request body could not be read: \(field) is required.", params: ["field": field])
        case .dataCorrupted(let context) where !context.codingPath.isEmpty:
            let field = path(context.codingPath)
            return .badRequest("The request body could not be read: \(field) has a value that is not allowed.",
                               params: ["field": field])
        default:
            return .badRequest("The request body is not valid JSON.")
        }
    }

    /// `query[0].value`, as the field is written in the body.
    private static func path(_ keys: [any CodingKey]) -> String {
        guard !keys.isEmpty else { return "body" }
        var text = ""
        for key in keys {
            if let index = key.intValue { text += "[\(index)]" } else { text += (text.isEmpty ? "" : ".") + key.stringValue }
        }
        return text
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Double.Type: return "a number"
        default:
            let name = "\(type)"
            return name.hasPrefix("Array") ? "a list" : "an object"
        }
    }
}
