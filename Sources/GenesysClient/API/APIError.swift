/// Why a call to Genesys Cloud failed, after the retries the client makes by itself.
public struct APIError: Error, Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// 401 (or 400, 403) from the login service: the client id or the secret.
        case badCredentials
        /// The login service's address answers, but not as Genesys's login (404 and other 4xx): a wrong region
        /// or API base.
        case notALoginService
        /// An API call refused a token that the login had just given (401 again after logging in anew): the
        /// OAuth client was revoked or changed meanwhile, or the org revokes tokens early.
        case tokenRefused
        /// 403: the OAuth client's role lacks this permission (as Genesys names it, e.g. routing:queue:add).
        case missingPermission(String)
        case notFound
        /// 409, or a create refused because the name is taken.
        case duplicate
        /// 400 and other 4xx: the server's message says why.
        case rejected
        /// 429 still, after waiting as long as Retry-After said, as many times as the client retries.
        case rateLimited(retryAfterSeconds: Int)
        /// 5xx still, after the retries.
        case serverError
        case timeout
        case unreachable
        case tls
        /// libcurl could not be loaded.
        case noHTTPLibrary
        /// The request could not be sent for another reason (a malformed address, a local error).
        case requestFailed
        /// An Architect job ended in Failure; the detail holds its messages.
        case jobFailed
        /// An integration's creation ended in Error; the detail holds Genesys's message.
        case creationFailed
        /// A 2xx whose body was not what Genesys sends.
        case unexpectedResponse
    }

    public var kind: Kind
    /// The HTTP status, when there was a response.
    public var status: Int?
    /// The server's own words (English), or the transport's.
    public var detail: String
    /// Genesys's correlation id, which its support asks for.
    public var correlationID: String?
    /// "POST /api/v2/routing/queues": what was being done.
    public var operation: String

    public init(kind: Kind, status: Int? = nil, detail: String = "", correlationID: String? = nil, operation: String = "") {
        self.kind = kind
        self.status = status
        self.detail = detail
        self.correlationID = correlationID
        self.operation = operation
    }
}
