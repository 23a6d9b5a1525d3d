import DurableFiles
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif
import WizardCore
import PracticeFaults

/// How a practice org starts. The defaults are the ones the README documents.
public struct PracticeOrgOptions: Sendable {
    public static let defaultClientID = PracticeDefaults.clientID
    public static let defaultClientSecret = PracticeDefaults.clientSecret

    public var clientID = PracticeOrgOptions.defaultClientID
    public var clientSecret = PracticeOrgOptions.defaultClientSecret
    /// Seconds a token lives (Genesys allows 300 to 172800 per OAuth client).
    public var tokenLifetime: Double = 86_400
    /// Numbered queues added to the seed, for a large org.
    public var generatedQueues = 0
    /// Numbered inbound message flows added to the seed.
    public var generatedFlows = 0
    /// Where the org is saved after every change and loaded from at start, if set.
    public var statePath: String?
    /// Seconds an Open Messaging integration stays "Initiated" before it is "Completed".
    public var integrationDelay: Double = 1
    /// Seconds an Architect job takes once its file is uploaded.
    public var jobDelay: Double = 1
    public var faults: [Fault] = []

    public init() {}
}

/// One practice org, shared by every request on every connection: an actor, so that many wizards can
/// use it at once.
public actor PracticeOrgService {
    private(set) var org: Org
    private let options: PracticeOrgOptions
    private let clock: @Sendable () -> Double
    private var tokens: [String: Double] = [:]
    private var revoked: Set<String> = []
    private var faults: [Fault]
    private var servedRequests = RecentRequests()
    /// The state file's writer; nil without --state.
    private let stateFile: StateFileWriter?
    /// A change not yet on its way to the state file, and whether a write of it is already scheduled.
    private var unsaved = false
    private var writeScheduled = false
    /// Writes of the state file so far: fewer than the changes, which are written together.
    private var stateWrites = 0

    /// Fails when the state file exists but cannot be read: starting from the seed would overwrite it.
    public init(options: PracticeOrgOptions, clock: @escaping @Sendable () -> Double = PracticeOrgService.systemClock)
        throws(UnreadableStateFile) {
        self.options = options
        self.clock = clock
        faults = options.faults
        stateFile = options.statePath.map(StateFileWriter.init(path:))
        if let path = options.statePath, FileReader.read(path) != nil {
            guard let saved = PracticeOrgService.load(path) else { throw UnreadableStateFile(path: path) }
            org = saved
        } else {
            org = .seeded(generatedQueues: options.generatedQueues, generatedFlows: options.generatedFlows, now: clock())
        }
    }

    public static let systemClock: @Sendable () -> Double = {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    // MARK: OAuth

    /// POST /oauth/token with client credentials in Basic auth and `grant_type=client_credentials`.
    func issueToken(authorization: String?, form: [String: String]) -> Result<TokenResponse, OAuthError> {
        guard form["grant_type"] == "client_credentials" else {
            return .failure(OAuthError(error: "unsupported_grant_type", description: "Only client_credentials is supported."))
        }
        guard let credentials = BasicCredentials(header: authorization) ?? BasicCredentials(form: form),
              credentials.id == options.clientID, credentials.secret == options.clientSecret else {
            return .failure(OAuthError(error: "invalid_client", description: "Client authentication failed."))
        }
        let token = newID() + newID()
        // Forget expired tokens as new ones are made, so that a long demo does not grow the table forever.
        let now = clock()
        tokens = tokens.filter { $0.value > now }
        tokens[token] = now + options.tokenLifetime
        return .success(TokenResponse(access_token: token, token_type: "bearer", expires_in: Int(options.tokenLifetime)))
    }

    /// Checks the bearer token and the permissions a call needs. The OAuth client holds every permission
    /// except those revoked through the administration API.
    func authorize(_ authorization: String?, needs requirement: PermissionRequirement) throws(APIFailure) {
        guard let header = authorization, header.lowercased().hasPrefix("bearer ") else {
            throw .authenticationRequired
        }
        guard let expiry = tokens[String(header.dropFirst("bearer ".count))] else { throw .badCredentials }
        guard expiry > clock() else { throw .credentialsExpired }
        guard requirement.isMet(revoked: revoked) else { throw .missing(requirement) }
    }

    // MARK: The org

    /// Reads the org after letting due asynchronous work (jobs, integrations) finish.
    func read<T>(_ body: (Org) throws(APIFailure) -> T) throws(APIFailure) -> T {
        advance()
        return try body(org)
    }

    /// Changes the org, then has it saved if a state file is set.
    func change<T>(_ body: (inout Org, Double) throws(APIFailure) -> T) throws(APIFailure) -> T {
        advance()
        let result = try body(&org, clock())
        persist()
        return result
    }

    var delays: (integration: Double, job: Double) { (options.integrationDelay, options.jobDelay) }

    private func advance() {
        let now = clock()
        let jobsDone = org.processDueJobs(now: now)
        let integrationsDone = org.completeDueIntegrations(now: now)
        if jobsDone || integrationsDone { persist() }
    }

    // MARK: Faults and administration

    /// The fault to apply to this request, if any; a counted fault is used up. Every API and login request
    /// passes here, so it is also where they are counted.
    func takeFault(method: String, path: String) -> Fault? {
        servedRequests.append("\(method) \(path)")
        guard let index = faults.firstIndex(where: { $0.matches(method: method, path: path) }) else { return nil }
        let fault = faults[index]
        if let times = fault.times {
            if times <= 1 { faults.remove(at: index) } else { faults[index].times = times - 1 }
        }
        if fault.kind == .expireToken { expireTokens() }
        return fault
    }

    /// The API and login requests served since start (or since `forgetServedRequests`), oldest first, the
    /// last `RecentRequests.defaultCapacity` of them: how benchmarks count what a client sent.
    var served: [String] { servedRequests.last }
    func forgetServedRequests() { servedRequests.forget() }

    func addFaults(_ new: [Fault]) { faults += new }
    func clearFaults() { faults = [] }
    var activeFaults: [Fault] { faults }

    func expireTokens() {
        let past = clock() - 1
        for token in tokens.keys { tokens[token] = past }
    }

    func revoke(_ permission: String) { revoked.insert(permission) }
    func grant(_ permission: String) { revoked.remove(permission) }

    /// Back to the seed (with the same number of generated queues), saved if a state file is set.
    func reset() {
        org = .seeded(generatedQueues: options.generatedQueues, generatedFlows: options.generatedFlows, now: clock())
        revoked = []
        faults = options.faults
        persist()
    }

    /// Writes the org to `path` now (`POST /practice/save`), or to the state file. Returns false when there
    /// is nowhere to write or it failed.
    @discardableResult
    func save(to path: String? = nil) async -> Bool {
        guard let path = path ?? options.statePath else { return false }
        // The state file's own writer keeps its writes in order.
        guard path == options.statePath, let stateFile else { return await StateFileWriter(path: path).write(org) }
        unsaved = false
        return await stateFile.write(org)
    }

    /// Replaces the org with the one saved at `path`.
    func load(from path: String) -> Bool {
        guard let saved = PracticeOrgService.load(path) else { return false }
        org = saved
        persist()
        return true
    }

    /// Has the org saved soon. A call never waits for the disk: the changes of the next few milliseconds
    /// are written together, as one snapshot, by one durable write off the actor (temp file, fsync, rename,
    /// so a kill leaves the previous whole file or the new one, never a torn one, and loses at most those
    /// few milliseconds). Writing the whole org after every change made every call wait for an fsync, and
    /// thirty trainees' calls for each other's.
    private func persist() {
        guard stateFile != nil else { return }
        unsaved = true
        guard !writeScheduled else { return }
        writeScheduled = true
        Task {
            try? await Task.sleep(for: StateFileWriter.coalescing)
            await self.writeUnsaved()
        }
    }

    private func writeUnsaved() async {
        writeScheduled = false
        guard unsaved, let stateFile else { return }
        unsaved = false
        stateWrites += 1
        // The snapshot is taken here, on the actor; changes made while it is written schedule the next write.
        await stateFile.write(org)
    }

    /// What `GET /practice/stats` says: requests served, and how often the state file was written for them.
    var stats: PracticeStats { PracticeStats(requests: servedRequests.total, stateWrites: stateWrites) }

    /// Writes what is not yet saved and waits until it is on disk: before the program ends.
    public func flush() async {
        if unsaved { await writeUnsaved() }
        await stateFile?.finish()
    }

    private static func load(_ path: String) -> Org? {
        guard let bytes = FileReader.read(path) else { return nil }
        return try? JSONDecoder().decode(Org.self, from: Data(bytes))
    }
}

public struct PracticeStats: Codable, Sendable {
    public var requests: Int
    public var stateWrites: Int
}

/// The --state file exists but is not a saved practice org.
public struct UnreadableStateFile: Error, Sendable {
    public var path: String
}

struct TokenResponse: Codable, Equatable, Sendable {
    var access_token: String
    var token_type: String
    var expires_in: Int
}

/// The /oauth/token error body, which differs from the API's.
struct OAuthError: Error, Codable, Equatable, Sendable {
    var error: String
    var description: String
    var error_description: String

    init(error: String, description: String) {
        self.error = error
        self.description = description
        error_description = description
    }
}

struct BasicCredentials {
    var id: String
    var secret: String

    init?(header: String?) {
        guard let header, header.lowercased().hasPrefix("basic "),
              let data = Data(base64Encoded: String(header.dropFirst("basic ".count)).trimmed) else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        guard let colon = text.firstIndex(of: ":") else { return nil }
        id = String(text[..<colon])
        secret = String(text[text.index(after: colon)...])
    }

    /// The undocumented but common form: client_id and client_secret in the body.
    init?(form: [String: String]) {
        guard let id = form["client_id"], let secret = form["client_secret"] else { return nil }
        self.id = id
        self.secret = secret
    }
}
