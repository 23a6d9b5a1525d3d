import TextCoding

/// A Genesys Cloud region: where its API and its login service live.
public struct Region: Equatable, Sendable {
    /// The AWS region key, e.g. "eu-west-1".
    public var key: String
    /// The domain, e.g. "mypurecloud.ie": the API is at api.<domain>, the login at login.<domain>.
    public var domain: String

    /// Every region Genesys Cloud runs in, as Genesys's own Terraform provider lists them.
    public static let all: [Region] = [
        Region(key: "us-east-1", domain: "mypurecloud.com"),
        Region(key: "us-east-2", domain: "use2.us-gov-pure.cloud"),
        Region(key: "us-west-2", domain: "usw2.pure.cloud"),
        Region(key: "ca-central-1", domain: "cac1.pure.cloud"),
        Region(key: "sa-east-1", domain: "sae1.pure.cloud"),
        Region(key: "mx-central-1", domain: "mxc1.pure.cloud"),
        Region(key: "eu-west-1", domain: "mypurecloud.ie"),
        Region(key: "eu-west-2", domain: "euw2.pure.cloud"),
        Region(key: "eu-central-1", domain: "mypurecloud.de"),
        Region(key: "eu-central-2", domain: "euc2.pure.cloud"),
        Region(key: "eusc-de-east-1", domain: "edee1.eusc-pure.cloud"),
        Region(key: "me-central-1", domain: "mec1.pure.cloud"),
        Region(key: "ap-south-1", domain: "aps1.pure.cloud"),
        Region(key: "ap-southeast-1", domain: "apse1.pure.cloud"),
        Region(key: "ap-southeast-2", domain: "mypurecloud.com.au"),
        Region(key: "ap-northeast-1", domain: "mypurecloud.jp"),
        Region(key: "ap-northeast-2", domain: "apne2.pure.cloud"),
        Region(key: "ap-northeast-3", domain: "apne3.pure.cloud"),
    ]

    /// The region named by its key or its domain, as admins write either ("eu-west-1", "mypurecloud.ie",
    /// "api.mypurecloud.ie", "https://apps.mypurecloud.ie/"): case, scheme, a host prefix and slashes are
    /// forgiven.
    public static func named(_ text: String) -> Region? {
        var name = text.trimmedSpaces.lowercased()
        for scheme in ["https://", "http://"] where name.hasPrefix(scheme) { name.removeFirst(scheme.count) }
        while name.hasSuffix("/") { name.removeLast() }
        for prefix in ["api.", "login.", "apps."] where name.hasPrefix(prefix) { name.removeFirst(prefix.count) }
        return all.first { $0.key == name || $0.domain == name }
    }

    public var endpoint: Endpoint {
        Endpoint(apiBase: "https://api.\(domain)", loginBase: "https://login.\(domain)")
    }
}

/// Where the client sends its calls: the API base and the login base (the same for the practice org).
public struct Endpoint: Equatable, Sendable {
    public var apiBase: String
    public var loginBase: String

    public init(apiBase: String, loginBase: String) {
        self.apiBase = apiBase
        self.loginBase = loginBase
    }

    /// Why an `--api-base` is refused.
    public enum Refusal: Error, Equatable, Sendable {
        case notAURL
        /// Plain http is accepted only where no Genesys org can be (this computer, a private network: a
        /// practice org, a trainer's room): a token must not cross the internet in clear.
        case plainHTTPToAnotherHost
    }

    /// An API base given by hand. Genesys's SDKs find the login host by replacing "//api." with "//login.";
    /// any other host (the practice org) serves both on the same base.
    public static func custom(_ text: String) throws(Refusal) -> Endpoint {
        var base = text.trimmedSpaces
        while base.hasSuffix("/") { base.removeLast() }
        let isHTTPS = base.hasPrefix("https://"), isHTTP = base.hasPrefix("http://")
        guard isHTTPS || isHTTP else { throw .notAURL }
        let afterScheme = base.drop { $0 != "/" }.dropFirst(2)
        // The authority ends at the path, the query or the fragment; a user part ("x@host") or a backslash
        // would make curl connect elsewhere than the host read here, so neither is an address we accept.
        let authority = afterScheme.prefix { !"/?#".contains($0) }
        guard !authority.contains("@"), !authority.contains("\\") else { throw .notAURL }
        // An IPv6 address is written in brackets ("http://[fd00::5]:8787"), followed by nothing or a port.
        let host: Substring
        if authority.hasPrefix("[") {
            guard let close = authority.firstIndex(of: "]") else { throw .notAURL }
            let rest = authority[authority.index(after: close)...]
            guard rest.isEmpty || rest.hasPrefix(":") else { throw .notAURL }
            host = authority[authority.index(after: authority.startIndex)..<close]
        } else {
            host = authority.prefix { $0 != ":" }
        }
        guard !host.isEmpty, !host.contains(" ") else { throw .notAURL }
        if isHTTP, !allowsPlainHTTP(String(host)) { throw .plainHTTPToAnotherHost }
        let login = base.firstRange(of: "//api.").map { base[..<$0.lowerBound] + "//login." + base[$0.upperBound...] } ?? base
        return Endpoint(apiBase: base, loginBase: login)
    }

    /// Whether `host` is this computer or on a private network, where a trainer's room of practice orgs may
    /// be (`omwizard practice --listen`) and no Genesys org is. Anything else must be https.
    /// - IPv4, in its plain dotted form: 127/8; 10/8, 172.16/12 and 192.168/16 (RFC 1918); 169.254/16
    ///   (link-local). A part with a leading zero is refused: curl would read it in octal, as another address.
    /// - IPv6: ::1; fc00::/7 (unique local); fe80::/10 (link-local).
    /// - Names: localhost, and names ending in .local (mDNS, which answers on the local network only), with or
    ///   without the final dot.
    static func allowsPlainHTTP(_ host: String) -> Bool {
        var name = host.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        if name == "localhost" || name.hasSuffix(".local") || name == "::1" { return true }
        if name.contains(":") {
            let first = name.prefix { $0 != ":" }
            guard let group = UInt16(first, radix: 16), first.count == 4 else { return false }
            return group & 0xFE00 == 0xFC00 || group & 0xFFC0 == 0xFE80
        }
        let texts = name.split(separator: ".", omittingEmptySubsequences: false)
        let parts = texts.map { $0.count > 1 && $0.hasPrefix("0") ? nil : UInt8($0) }
        guard parts.count == 4, let first = parts[0], let second = parts[1], parts[2] != nil, parts[3] != nil else {
            return false
        }
        switch (first, second) {
        case (127, _), (10, _), (192, 168), (169, 254), (172, 16...31): return true
        default: return false
        }
    }
}
