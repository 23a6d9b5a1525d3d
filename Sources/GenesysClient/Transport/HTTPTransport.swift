import CCurl
import Dispatch
import Glibc
import TextCoding

/// One HTTP request, as the client builds it.
public struct TransportRequest: Sendable {
    public var method: String
    public var url: String
    public var headers: [(String, String)]
    public var body: [UInt8]
    /// False for a create: it then goes on a new connection, because libcurl re-sends a request by itself
    /// when a reused connection turns out to be closed, and a create must never be sent twice.
    public var mayBeRepeated: Bool

    public init(method: String, url: String, headers: [(String, String)] = [], body: [UInt8] = [],
                mayBeRepeated: Bool = true) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
        self.mayBeRepeated = mayBeRepeated
    }
}

public struct TransportResponse: Sendable {
    public var status: Int
    /// Header names lowercased.
    public var headers: [String: String]
    public var body: [UInt8]

    public init(status: Int, headers: [String: String] = [:], body: [UInt8] = []) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// Why a request got no HTTP response at all.
public enum TransportFailure: Error, Equatable, Sendable {
    case timeout
    case unreachable(String)
    case tls(String)
    case noHTTPLibrary(String)
    case other(String)
}

/// Sends requests; the real one is `CurlTransport`, tests may count or record what passes through.
public protocol HTTPTransport: Sendable {
    func send(_ request: TransportRequest, timeoutSeconds: Int) async throws(TransportFailure) -> TransportResponse
}

/// HTTP through libcurl (loaded on first use). Each request blocks a thread of Dispatch's pool, never one of
/// Swift's cooperative threads, so that parallel reads really run in parallel on a two-core machine.
public struct CurlTransport: HTTPTransport {
    public init() {}

    public func send(_ request: TransportRequest, timeoutSeconds: Int) async throws(TransportFailure) -> TransportResponse {
        let result: Result<TransportResponse, TransportFailure> = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: CurlTransport.perform(request, timeoutSeconds: timeoutSeconds))
            }
        }
        return try result.get()
    }

    private static func perform(_ request: TransportRequest, timeoutSeconds: Int) -> Result<TransportResponse, TransportFailure> {
        let headerLines = request.headers.map { "\($0.0): \($0.1)" }
        var response = omw_http_response()
        withCStrings(headerLines) { lines in
            request.body.withUnsafeBufferPointer { body in
                omw_http_perform(request.method, request.url, lines, headerLines.count, body.baseAddress, body.count,
                                 timeoutSeconds * 1000, request.mayBeRepeated ? 0 : 1, &response)
            }
        }
        defer { omw_http_response_free(&response) }
        let message = withUnsafeBytes(of: response.message) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        switch Int(response.failure) {
        case Int(OMW_HTTP_OK.rawValue):
            let body = response.body.map { Array(UnsafeBufferPointer(start: $0, count: response.body_length)) } ?? []
            let headerText = response.headers.map {
                String(decoding: UnsafeBufferPointer(start: UnsafeRawPointer($0).assumingMemoryBound(to: UInt8.self),
                                                     count: response.headers_length), as: UTF8.self)
            } ?? ""
            return .success(TransportResponse(status: response.status, headers: parseHeaders(headerText), body: body))
        case Int(OMW_HTTP_TIMEOUT.rawValue): return .failure(.timeout)
        case Int(OMW_HTTP_UNREACHABLE.rawValue): return .failure(.unreachable(message))
        case Int(OMW_HTTP_TLS.rawValue): return .failure(.tls(message))
        case Int(OMW_HTTP_NO_LIBRARY.rawValue): return .failure(.noHTTPLibrary(message))
        default: return .failure(.other(message))
        }
    }

    static func parseHeaders(_ text: String) -> [String: String] {
        var headers: [String: String] = [:]
        for line in text.split(whereSeparator: { $0 == "\r\n" || $0 == "\n" }) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased()
            headers[name] = String(line[line.index(after: colon)...]).trimmedSpaces
        }
        return headers
    }
}

/// Calls `body` with the strings as a C array of C strings, valid only during the call.
private func withCStrings<Result>(_ strings: [String], _ body: (UnsafePointer<UnsafePointer<CChar>?>) -> Result) -> Result {
    let copies = strings.map { UnsafePointer(strdup($0)) }
    defer { copies.forEach { free(UnsafeMutablePointer(mutating: $0)) } }
    return copies.withUnsafeBufferPointer { body($0.baseAddress ?? UnsafePointer(bitPattern: 1)!) }
}
