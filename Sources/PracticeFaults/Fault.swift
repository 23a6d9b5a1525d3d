/// A failure the practice org injects on purpose, for tests and for trainers who want to show what a
/// failure looks like. Faults apply to requests whose method (or any, when nil) and path prefix match,
/// `times` times (or always, when nil).
public struct Fault: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// Waits `milliseconds` before answering normally.
        case latency
        /// Answers `status` (default 503) with Genesys's error body.
        case status
        /// Answers 429 with `Retry-After: retryAfter` seconds (default 1).
        case rateLimit = "rate-limit"
        /// Closes the connection without an answer.
        case drop
        /// Expires every token, so that this request (and the next ones) get 401 credentials.expired.
        case expireToken = "expire-token"
    }

    public var kind: Kind
    public var method: String?
    public var path: String
    public var status: Int?
    public var milliseconds: Int?
    public var retryAfter: Int?
    public var times: Int?

    public init(kind: Kind, method: String? = nil, path: String, status: Int? = nil, milliseconds: Int? = nil,
                retryAfter: Int? = nil, times: Int? = nil) {
        self.kind = kind
        self.method = method
        self.path = path
        self.status = status
        self.milliseconds = milliseconds
        self.retryAfter = retryAfter
        self.times = times
    }

    /// A fault the server can act on: an error status must be an HTTP error (400-599), counts positive.
    public var isValid: Bool {
        (status.map { (400...599).contains($0) } ?? true) && (times.map { $0 > 0 } ?? true)
            && (milliseconds.map { $0 >= 0 } ?? true) && (retryAfter.map { $0 >= 0 } ?? true)
            && (path == "*" || path.hasPrefix("/"))
    }

    public func matches(method: String, path: String) -> Bool {
        (self.method == nil || self.method == "*" || self.method?.uppercased() == method.uppercased())
            && (self.path == "*" || path.hasPrefix(self.path))
    }

    /// Reads the command-line form `KIND[:ARG] [METHOD] PATH [xN]`, for example
    /// `latency:50 /api/v2`, `status:503 POST /api/v2/routing/queues x2`, `rate-limit:3 GET /api/v2/flows x1`,
    /// `drop POST /api/v2/conversations/messaging/integrations/open x1`, `expire-token /api/v2 x1`.
    public init?(commandLine text: String) {
        var words = text.split(separator: " ").map(String.init)
        guard !words.isEmpty else { return nil }
        let head = words.removeFirst().split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let kind = Kind(rawValue: head[0]) else { return nil }
        let argument = head.count > 1 ? Int(head[1]) : nil
        if head.count > 1 && argument == nil { return nil }
        var times: Int?
        if let last = words.last, last.hasPrefix("x"), let count = Int(last.dropFirst()) {
            times = count
            words.removeLast()
        }
        guard (1...2).contains(words.count) else { return nil }
        let path = words.removeLast()
        guard path.hasPrefix("/") || path == "*" else { return nil }
        self.init(kind: kind, method: words.first, path: path,
                  status: kind == .status ? argument : nil, milliseconds: kind == .latency ? argument : nil,
                  retryAfter: kind == .rateLimit ? argument : nil, times: times)
        guard isValid else { return nil }
    }
}

extension Fault {
    /// How the command-line form is written, for a message about one that cannot be read.
    public static let commandLineForm = "KIND[:ARG] [METHOD] PATH [xN], e.g. status:503 POST /api/v2/routing/queues x1"
}
