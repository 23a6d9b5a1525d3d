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

    /// The one OAuth client of a process without trainees.
    public var clientID = PracticeOrgOptions.defaultClientID
    public var clientSecret = PracticeOrgOptions.defaultClientSecret
    /// A room: this many orgs, each with an OAuth client of its own, generated (0: one org, the client above).
    public var trainees = 0
    /// Seconds a token lives (Genesys allows 300 to 172800 per OAuth client).
    public var tokenLifetime: Double = 86_400
    /// Numbered queues added to the seed, for a large org.
    public var generatedQueues = 0
    /// Numbered inbound message flows added to the seed.
    public var generatedFlows = 0
    /// Where the org (or the room) is saved after every change and loaded from at start, if set.
    public var statePath: String?
    /// Seconds an Open Messaging integration stays "Initiated" before it is "Completed".
    public var integrationDelay: Double = 1
    /// Seconds an Architect job takes once its file is uploaded.
    public var jobDelay: Double = 1
    public var faults: [Fault] = []

    public init() {}

    var isRoom: Bool { trainees > 0 }
}

/// The practice orgs of one process, shared by every request on every connection: an actor, so that many
/// wizards can use them at once. One org, or a room: one org per trainee, each reached only with a token
/// issued to that trainee's client.
public actor PracticeOrgService {
    private var trainees: [TraineeOrg]
    /// The seed every org starts from, as the trainer's view tells a trainee's work from it.
    private let baseline: SeedBaseline
    private let options: PracticeOrgOptions
    private let clock: @Sendable () -> Double
    private var tokens: [String: IssuedToken] = [:]
    /// Each trainee's last API or login call, by index.
    private var lastCalls: [LastCall?]
    // Faults and revoked permissions are the process's, as tools of the tests and of a trainer's demo.
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

    private struct IssuedToken {
        var tenant: Tenant
        var expiry: Double
    }

    /// Fails when the state file exists but cannot be read: starting from the seed would overwrite it; or when
    /// it holds a room of more trainees than asked for.
    public init(options: PracticeOrgOptions, clock: @escaping @Sendable () -> Double = PracticeOrgService.systemClock)
        throws(UnreadableStateFile) {
        self.options = options
        self.clock = clock
        faults = options.faults
        stateFile = options.statePath.map(StateFileWriter.init(path:))
        let seed = { Org.seeded(generatedQueues: options.generatedQueues, generatedFlows: options.generatedFlows, now: clock()) }
        baseline = SeedBaseline(seed())
        var loaded: [TraineeOrg] = []
        var loadedOrg: Org?
        // A file that exists but cannot be read is never taken for a missing one: starting would overwrite it.
        if let path = options.statePath, access(path, F_OK) == 0 {
            let room = PracticeOrgService.load(RoomFile.self, from: path)?.room
            if options.isRoom {
                guard let room else { throw UnreadableStateFile(path: path, reason: .notSaved(room: true)) }
                guard room.count <= options.trainees else { throw UnreadableStateFile(path: path, reason: .largerRoom(room.count)) }
                loaded = room
            } else {
                if let room { throw UnreadableStateFile(path: path, reason: .aRoom(room.count)) }
                guard let org = PracticeOrgService.load(Org.self, from: path) else {
                    throw UnreadableStateFile(path: path, reason: .notSaved(room: false))
                }
                loadedOrg = org
            }
        }
        if options.isRoom {
            // A room resumed with more trainees keeps everyone's client and org, and seeds the newcomers'.
            let newcomers = loaded.count < options.trainees
                ? PracticeClient.generated((loaded.count + 1)...options.trainees, of: options.trainees) : []
            trainees = loaded + newcomers.map { TraineeOrg(client: $0, org: seed()) }
            // New clients are on disk before anyone sees them: a restart must not make the handed-out secrets wrong.
            if let path = options.statePath, !newcomers.isEmpty,
               !StateFileWriter.writeNow(.room(RoomFile(room: trainees)), to: path) {
                throw UnreadableStateFile(path: path, reason: .unwritable)
            }
        } else {
            let client = PracticeClient(id: options.clientID, secret: options.clientSecret)
            trainees = [TraineeOrg(client: client, org: loadedOrg ?? seed())]
        }
        lastCalls = Array(repeating: nil, count: trainees.count)
    }

    public static let systemClock: @Sendable () -> Double = {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// Every OAuth client the process accepts, in trainee order: what the trainer hands out.
    public var clients: [PracticeClient] { trainees.map(\.client) }

    // MARK: OAuth

    /// POST /oauth/token with client credentials in Basic auth and `grant_type=client_credentials`.
    func issueToken(authorization: String?, form: [String: String]) -> Result<TokenResponse, OAuthError> {
        guard form["grant_type"] == "client_credentials" else {
            return .failure(OAuthError(error: "unsupported_grant_type", description: "Only client_credentials is supported."))
        }
        guard let credentials = BasicCredentials(header: authorization) ?? BasicCredentials(form: form),
              let index = trainees.firstIndex(where: { $0.client.id == credentials.id }),
              trainees[index].client.secret == credentials.secret else {
            return .failure(OAuthError(error: "invalid_client", description: "Client authentication failed."))
        }
        let token = newID() + newID()
        // Forget expired tokens as new ones are made, so that a long demo does not grow the table forever.
        let now = clock()
        tokens = tokens.filter { $0.value.expiry > now }
        tokens[token] = IssuedToken(tenant: Tenant(index: index), expiry: now + options.tokenLifetime)
        return .success(TokenResponse(access_token: token, token_type: "bearer", expires_in: Int(options.tokenLifetime)))
    }

    /// Checks the bearer token and the permissions a call needs, and says whose org the call may act on. The
    /// OAuth clients hold every permission except those revoked through the administration API.
    func authorize(_ authorization: String?, needs requirement: PermissionRequirement) throws(APIFailure) -> Tenant {
        guard let token = Self.bearerToken(authorization) else { throw .authenticationRequired }
        guard let issued = tokens[token] else { throw .badCredentials }
        guard issued.expiry > clock() else { throw .credentialsExpired }
        guard requirement.isMet(revoked: revoked) else { throw .missing(requirement) }
        return issued.tenant
    }

    /// Remembers a call's outcome as its trainee's last call: the trainee of the bearer token, or of the client
    /// named by a login. A call that names no trainee is nobody's.
    func noteCall(authorization: String?, method: String, path: String, status: Int) {
        let index: Int?
        if let token = Self.bearerToken(authorization) {
            index = tokens[token]?.tenant.index
        } else if let credentials = BasicCredentials(header: authorization) {
            index = trainees.firstIndex { $0.client.id == credentials.id }
        } else {
            index = nil
        }
        guard let index else { return }
        lastCalls[index] = LastCall(method: method, path: path, status: status, at: clock())
    }

    /// The token of an `Authorization: Bearer …` header.
    private static func bearerToken(_ authorization: String?) -> String? {
        guard let header = authorization, header.lowercased().hasPrefix("bearer ") else { return nil }
        return String(header.dropFirst("bearer ".count))
    }

    // MARK: The orgs

    /// Reads a trainee's org after letting its due asynchronous work (jobs, integrations) finish.
    func read<T>(_ tenant: Tenant, _ body: (Org) throws(APIFailure) -> T) throws(APIFailure) -> T {
        advance(tenant.index)
        return try body(trainees[tenant.index].org)
    }

    /// Changes a trainee's org, then has the process's orgs saved if a state file is set.
    func change<T>(_ tenant: Tenant, _ body: (inout Org, Double) throws(APIFailure) -> T) throws(APIFailure) -> T {
        advance(tenant.index)
        let now = clock()
        let result = try body(&trainees[tenant.index].org, now)
        trainees[tenant.index].lastChange = now
        persist()
        return result
    }

    /// The trainee whose org registered the Architect job `id`: its upload URL, like S3's, takes no token.
    func tenant(holdingJob id: String) -> Tenant? {
        trainees.firstIndex { $0.org.jobs.contains { $0.job.id == id } }.map(Tenant.init(index:))
    }

    /// Trainee `number` (1-based), if the process has one.
    func tenant(number: Int) -> Tenant? {
        trainees.indices.contains(number - 1) ? Tenant(index: number - 1) : nil
    }

    /// The tenant of a process with one org; nil in a room, where an administration call must say whose.
    var onlyTenant: Tenant? { options.isRoom ? nil : Tenant(index: 0) }

    var traineeCount: Int { trainees.count }

    var delays: (integration: Double, job: Double) { (options.integrationDelay, options.jobDelay) }

    private func advance(_ index: Int) {
        let now = clock()
        let jobsDone = trainees[index].org.processDueJobs(now: now)
        let integrationsDone = trainees[index].org.completeDueIntegrations(now: now)
        if jobsDone || integrationsDone { persist() }
    }

    /// Every trainee's progress, read from their org as it is now (due jobs and integrations finished first).
    func roomReport() -> RoomReport {
        for index in trainees.indices { advance(index) }
        let rows = trainees.enumerated().map { index, trainee in
            TraineeProgress(number: index + 1, clientId: trainee.client.id, progress: trainee.org.setupProgress(since: baseline),
                            lastChange: trainee.lastChange, lastCall: lastCalls[index])
        }
        return RoomReport(trainees: rows, now: clock())
    }

    func org(_ tenant: Tenant) -> Org { trainees[tenant.index].org }

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
        for token in tokens.keys { tokens[token]?.expiry = past }
    }

    func revoke(_ permission: String) { revoked.insert(permission) }
    func grant(_ permission: String) { revoked.remove(permission) }

    /// One trainee's org back to the seed, or (nil) every org, with the process's faults and permissions as
    /// they were at start. Saved if a state file is set. Tokens stay valid: a wizard keeps its connection.
    func reset(_ tenant: Tenant? = nil) {
        let seed = Org.seeded(generatedQueues: options.generatedQueues, generatedFlows: options.generatedFlows, now: clock())
        for index in tenant.map({ [$0.index] }) ?? Array(trainees.indices) {
            trainees[index].org = seed
            trainees[index].lastChange = nil
            lastCalls[index] = nil
        }
        if tenant == nil {
            revoked = []
            faults = options.faults
        }
        persist()
    }

    /// Writes one trainee's org to `path` (`POST /practice/save` with a path); returns whether it is on disk.
    /// The state file itself is always written whole, by its own writer: one org written over a room's file
    /// would lose every other trainee, and a second writer could finish after a newer snapshot.
    @discardableResult
    func save(_ tenant: Tenant, to path: String) async -> Bool {
        if let statePath = options.statePath, Self.sameFile(path, statePath) { return await saveStateFile() }
        return await StateFileWriter(path: path).write(.org(trainees[tenant.index].org))
    }

    /// Whether two paths name one file: the same device and inode when both exist (links, any spelling),
    /// else the same resolved path.
    private static func sameFile(_ first: String, _ second: String) -> Bool {
        var one = stat(), other = stat()
        if stat(first, &one) == 0, stat(second, &other) == 0 { return one.st_dev == other.st_dev && one.st_ino == other.st_ino }
        return canonical(first) == canonical(second)
    }

    /// `path` with its folder resolved (the file itself may not exist yet).
    private static func canonical(_ path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard let resolved = realpath(folder.isEmpty ? "/" : folder, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved) + "/" + name
    }

    /// Writes every org to the state file now (`POST /practice/save` without a path); false without one.
    @discardableResult
    func saveStateFile() async -> Bool {
        guard let stateFile else { return false }
        unsaved = false
        return await stateFile.write(snapshot)
    }

    /// Replaces a trainee's org with the one saved at `path` (one org's file).
    func load(_ tenant: Tenant, from path: String) -> Bool {
        guard let saved = PracticeOrgService.load(Org.self, from: path) else { return false }
        trainees[tenant.index].org = saved
        persist()
        return true
    }

    /// What the state file holds: the org alone for a process of one, every trainee's client and org for a room.
    private var snapshot: StateSnapshot {
        options.isRoom ? .room(RoomFile(room: trainees)) : .org(trainees[0].org)
    }

    /// Has the orgs saved soon. A call never waits for the disk: the changes of the next few milliseconds
    /// are written together, as one snapshot, by one durable write off the actor (temp file, fsync, rename,
    /// so a kill leaves the previous whole file or the new one, never a torn one, and loses at most those
    /// few milliseconds). Writing after every change made every call wait for an fsync, and thirty
    /// trainees' calls for each other's.
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
        await stateFile.write(snapshot)
    }

    /// What `GET /practice/stats` says: requests served, and how often the state file was written for them.
    var stats: PracticeStats { PracticeStats(requests: servedRequests.total, stateWrites: stateWrites) }

    /// Writes what is not yet saved and waits until it is on disk: before the program ends.
    public func flush() async {
        if unsaved { await writeUnsaved() }
        await stateFile?.finish()
    }

    private static func load<Saved: Decodable>(_ type: Saved.Type, from path: String) -> Saved? {
        guard let bytes = FileReader.read(path) else { return nil }
        return try? JSONDecoder().decode(type, from: Data(bytes))
    }
}

public struct PracticeStats: Codable, Sendable {
    public var requests: Int
    public var stateWrites: Int
}

/// The --state file cannot start this process: it is not a saved practice org (or room), it holds a room of
/// more trainees than asked for, or a room's new clients cannot be written to it.
public struct UnreadableStateFile: Error, Sendable {
    public var path: String
    public var reason: Reason

    public enum Reason: Equatable, Sendable {
        case notSaved(room: Bool)
        case largerRoom(Int)
        /// A room's file (of this many trainees), given to a process of one org.
        case aRoom(Int)
        /// A new room's clients could not be saved in it.
        case unwritable
    }
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
