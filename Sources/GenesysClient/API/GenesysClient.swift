import FoundationEssentials
import TextCoding

/// A Genesys Cloud Platform API client for the calls the setup makes. It logs in with client credentials,
/// renews its token before it expires, waits out 429s as Retry-After says, retries 5xx and timeouts a few
/// times with backoff (but never a create, which a retry could make twice), and turns every failure into
/// an `APIError` that says what went wrong. It holds the secret and the token in memory only.
public actor GenesysClient {
    public struct Settings: Sendable {
        /// Attempts of one call: the first plus retries after a 429, a 5xx or a timeout.
        public var attempts = 4
        /// The first wait before retrying a 5xx or a timeout; doubled each time.
        public var backoffSeconds = 0.5
        /// The longest Retry-After the client waits out by itself; a longer one is reported.
        public var longestRetryAfterSeconds = 60
        public var timeoutSeconds = 30
        /// How often a job or an integration being created is asked about.
        public var pollSeconds = 1.0
        /// How long an Architect job may take (Genesys's Terraform provider waits 16 minutes).
        public var jobTimeoutSeconds = 16 * 60.0
        public var integrationTimeoutSeconds = 120.0

        public init() {}
    }

    public let endpoint: Endpoint
    private let credentials: ClientCredentials
    private let transport: HTTPTransport
    let settings: Settings
    private var token: (value: String, renewAt: ContinuousClock.Instant)?
    /// The login under way: calls made meanwhile (parallel reads) wait for it rather than log in again.
    private var pendingLogin: Task<Result<String, APIError>, Never>?
    /// Requests sent so far (logins included), for the benchmark and the tests.
    public private(set) var requestCount = 0
    /// The `Server` header of the last login's answer: how a practice org is told from Genesys.
    public private(set) var loginServer: String?

    public init(endpoint: Endpoint, credentials: ClientCredentials, transport: HTTPTransport = CurlTransport(),
                settings: Settings = Settings()) {
        self.endpoint = endpoint
        self.credentials = credentials
        self.transport = transport
        self.settings = settings
    }

    /// Logs in (or does nothing when the token is still good): the first call of a session, so that wrong
    /// credentials are reported before anything else.
    public func connect() async throws(APIError) {
        _ = try await bearerToken()
    }

    // MARK: - Token

    private func bearerToken() async throws(APIError) -> String {
        if let token, ContinuousClock.now < token.renewAt { return token.value }
        if let pendingLogin { return try await pendingLogin.value.get() }
        let login = Task { () async -> Result<String, APIError> in
            do throws(APIError) { return .success(try await self.logIn()) } catch { return .failure(error) }
        }
        pendingLogin = login
        defer { pendingLogin = nil }
        return try await login.value.get()
    }

    private func logIn() async throws(APIError) -> String {
        let operation = "POST /oauth/token"
        let request = TransportRequest(
            method: "POST", url: endpoint.loginBase + "/oauth/token",
            headers: [("Authorization", credentials.basicAuthorization),
                      ("Content-Type", "application/x-www-form-urlencoded")],
            body: Array("grant_type=client_credentials".utf8))
        let response = try await send(request, operation: operation)
        loginServer = response.headers["server"]
        guard (200..<300).contains(response.status) else {
            let body = try? JSONDecoder().decode(OAuthErrorBody.self, from: Data(response.body))
            let detail = body?.error_description ?? body?.description ?? body?.error ?? "HTTP \(response.status)"
            let kind: APIError.Kind = switch response.status {
            case 400, 401, 403: .badCredentials
            case 500...: .serverError
            default: .notALoginService
            }
            throw APIError(kind: kind, status: response.status, detail: detail, operation: operation)
        }
        let granted: TokenResponse = try decode(response, operation: operation)
        let lifetime = Double(granted.expires_in ?? 86_400)
        // Renewed early: a fifth of its life before the end, at most five minutes before.
        let margin = min(300, lifetime / 5)
        token = (granted.access_token, ContinuousClock.now + .milliseconds(Int((lifetime - margin) * 1000)))
        return granted.access_token
    }

    // MARK: - Calls

    /// Sends an authorized call and decodes its JSON answer.
    func call<Answer: Decodable>(_ method: String, _ path: String, query: [(String, String)] = [],
                                 body: (any Encodable)? = nil, permission: String,
                                 idempotent: Bool = true) async throws(APIError) -> Answer {
        let (response, operation) = try await authorizedCall(method, path, query: query, body: body,
                                                             permission: permission, idempotent: idempotent)
        return try decode(response, operation: operation)
    }

    /// Sends an authorized call whose answer has no body worth reading.
    func callWithoutAnswer(_ method: String, _ path: String, query: [(String, String)] = [],
                           body: (any Encodable)? = nil, permission: String) async throws(APIError) {
        _ = try await authorizedCall(method, path, query: query, body: body, permission: permission, idempotent: true)
    }

    /// PUTs a file to an upload URL (Architect's presigned URL), with the headers it came with and no token.
    func upload(_ bytes: [UInt8], to url: String, headers: [String: String]) async throws(APIError) {
        let operation = "PUT (Architect upload)"
        let request = TransportRequest(method: "PUT", url: url, headers: headers.sorted { $0.key < $1.key }, body: bytes)
        let response = try await send(request, operation: operation)
        guard (200..<300).contains(response.status) else {
            throw APIError(kind: response.status >= 500 ? .serverError : .rejected, status: response.status,
                           detail: String(decoding: response.body.prefix(300), as: UTF8.self), operation: operation)
        }
    }

    private func authorizedCall(_ method: String, _ path: String, query: [(String, String)],
                                body: (any Encodable)?, permission: String,
                                idempotent: Bool) async throws(APIError) -> (TransportResponse, String) {
        let operation = "\(method) \(path)"
        var bodyBytes: [UInt8] = []
        if let body {
            do { bodyBytes = Array(try JSONEncoder().encode(body)) } catch {
                throw APIError(kind: .unexpectedResponse, detail: "\(error)", operation: operation)
            }
        }
        // Paging links ("nextUri") are paths from the API's root; a full URL is followed only to the same
        // host, so that the token never goes anywhere else.
        guard !path.hasPrefix("http") || path.hasPrefix(apiOrigin + "/") else {
            throw APIError(kind: .unexpectedResponse, detail: "a link to another host: \(path)", operation: operation)
        }
        let url = (path.hasPrefix("http") ? path : apiOrigin + path) + Self.queryString(query)
        var renewed = false
        while true {
            let token = try await bearerToken()
            var headers = [("Authorization", "Bearer " + token), ("Accept", "application/json")]
            // Every POST, PUT and PATCH of the API takes JSON, and says so even without a body: libcurl would
            // otherwise call an empty POST a form.
            if Self.methodsWithBody.contains(method) { headers.append(("Content-Type", "application/json")) }
            let request = TransportRequest(method: method, url: url, headers: headers, body: bodyBytes,
                                           mayBeRepeated: idempotent)
            let response = try await send(request, operation: operation)
            if response.status == 401 {
                // The token expired or was revoked early: log in again once, then retry. Refused again, the
                // new token is the problem, not the id and secret (the login just accepted them).
                guard renewed else {
                    if self.token?.value == token { self.token = nil }
                    renewed = true
                    continue
                }
                var refused = Self.failure(response, operation: operation, permission: permission)
                refused.kind = .tokenRefused
                throw refused
            }
            guard (200..<300).contains(response.status) else {
                throw Self.failure(response, operation: operation, permission: permission)
            }
            return (response, operation)
        }
    }

    /// Sends one request, retrying 429 (as long as Retry-After says) and, when the request may be repeated
    /// safely (`mayBeRepeated`), 5xx and timeouts (with backoff).
    private func send(_ request: TransportRequest, operation: String) async throws(APIError) -> TransportResponse {
        let idempotent = request.mayBeRepeated
        var backoff = settings.backoffSeconds
        var attempt = 1
        while true {
            requestCount += 1
            let response: TransportResponse
            do {
                response = try await transport.send(request, timeoutSeconds: settings.timeoutSeconds)
            } catch {
                let retriable = idempotent && (error == .timeout || Self.isUnreachable(error))
                if retriable, attempt < settings.attempts {
                    attempt += 1
                    await Self.sleep(seconds: backoff)
                    backoff *= 2
                    continue
                }
                throw Self.failure(error, operation: operation)
            }
            if response.status == 429, attempt < settings.attempts {
                let wait = Int(response.headers["retry-after"] ?? "") ?? 1
                if wait <= settings.longestRetryAfterSeconds {
                    attempt += 1
                    await Self.sleep(seconds: Double(max(wait, 0)))
                    continue
                }
            }
            if [500, 502, 503, 504].contains(response.status), idempotent, attempt < settings.attempts {
                attempt += 1
                await Self.sleep(seconds: backoff)
                backoff *= 2
                continue
            }
            return response
        }
    }

    /// Scheme, host and port of the API base: the API's paths ("/api/v2/...") and its paging links start
    /// there (Genesys's API base has no path of its own).
    private var apiOrigin: String {
        let base = endpoint.apiBase
        guard let schemeEnd = base.firstRange(of: "://") else { return base }
        let rest = base[schemeEnd.upperBound...]
        let hostEnd = rest.firstIndex(of: "/") ?? rest.endIndex
        return String(base[..<hostEnd])
    }

    private static let methodsWithBody: Set<String> = ["POST", "PUT", "PATCH"]

    static func sleep(seconds: Double) async {
        guard seconds > 0 else { return }
        try? await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
    }

    private static func isUnreachable(_ failure: TransportFailure) -> Bool {
        if case .unreachable = failure { return true }
        return false
    }

    // MARK: - Failures

    private func decode<Answer: Decodable>(_ response: TransportResponse, operation: String) throws(APIError) -> Answer {
        do {
            return try JSONDecoder().decode(Answer.self, from: Data(response.body))
        } catch {
            throw APIError(kind: .unexpectedResponse, status: response.status,
                           detail: "the answer was not the JSON expected (\(Answer.self))", operation: operation)
        }
    }

    static func failure(_ response: TransportResponse, operation: String, permission: String) -> APIError {
        let body = try? JSONDecoder().decode(ErrorBody.self, from: Data(response.body))
        let correlation = body?.contextId ?? response.headers["inin-correlation-id"]
            ?? response.headers["genesys-correlation-id"]
        let detail = body?.message ?? "HTTP \(response.status)"
        let kind: APIError.Kind
        switch response.status {
        case 401: kind = .badCredentials
        case 403: kind = .missingPermission(permission)
        case 404: kind = .notFound
        case 409: kind = .duplicate
        case 429: kind = .rateLimited(retryAfterSeconds: Int(response.headers["retry-after"] ?? "") ?? 1)
        case 500...: kind = .serverError
        default: kind = body?.code?.contains("duplicate") == true ? .duplicate : .rejected
        }
        return APIError(kind: kind, status: response.status, detail: detail, correlationID: correlation, operation: operation)
    }

    private static func failure(_ transport: TransportFailure, operation: String) -> APIError {
        switch transport {
        case .timeout: return APIError(kind: .timeout, operation: operation)
        case .unreachable(let detail): return APIError(kind: .unreachable, detail: detail, operation: operation)
        case .tls(let detail): return APIError(kind: .tls, detail: detail, operation: operation)
        case .noHTTPLibrary(let detail): return APIError(kind: .noHTTPLibrary, detail: detail, operation: operation)
        case .other(let detail): return APIError(kind: .requestFailed, detail: detail, operation: operation)
        }
    }

    // MARK: - URLs

    static func queryString(_ query: [(String, String)]) -> String {
        guard !query.isEmpty else { return "" }
        return "?" + query.map { "\(PercentEncoding.encode($0.0))=\(PercentEncoding.encode($0.1))" }.joined(separator: "&")
    }
}
