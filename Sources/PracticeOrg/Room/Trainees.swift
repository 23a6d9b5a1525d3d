import FoundationEssentials

/// An OAuth client the practice org accepts: the default one, or one generated for a trainee.
public struct PracticeClient: Codable, Equatable, Sendable {
    public var id: String
    public var secret: String

    public init(id: String, secret: String) {
        self.id = id
        self.secret = secret
    }

    /// Clients for trainees `first...last`, numbered "trainee-01" (three digits from 100 trainees on), each
    /// with a secret of 32 random hexadecimal digits (122 random bits, from the system's generator).
    static func generated(_ numbers: ClosedRange<Int>, of count: Int) -> [PracticeClient] {
        let digits = max(2, String(count).count)
        return numbers.map { number in
            let text = String(number)
            let id = "trainee-" + String(repeating: "0", count: max(0, digits - text.count)) + text
            return PracticeClient(id: id, secret: newID().filter { $0 != "-" })
        }
    }
}

/// Which org of the process a call acts on: the one of the trainee its token or its client belongs to.
/// Every route of the API gets one from `PracticeOrgService.authorize`, so that no call reaches an org its
/// token was not issued for.
struct Tenant: Equatable, Sendable {
    /// 0-based; a trainee's number is `index + 1`.
    let index: Int
}

/// One trainee's place in the process: their OAuth client, their org, and when they last changed it.
struct TraineeOrg: Codable, Equatable, Sendable {
    var client: PracticeClient
    var org: Org
    var lastChange: Double?
}

/// The state file of a room (`--trainees N --state FILE`): every trainee's client and org. A process with one
/// org writes the org alone, as it always has, so that a wizard's saved practice org still loads.
struct RoomFile: Codable, Sendable {
    var room: [TraineeOrg]
}

/// The last API or login call of a trainee, for the trainer's view.
public struct LastCall: Codable, Equatable, Sendable {
    public var method: String
    public var path: String
    public var status: Int
    /// Seconds since the epoch.
    public var at: Double

    public init(method: String, path: String, status: Int, at: Double) {
        self.method = method
        self.path = path
        self.status = status
        self.at = at
    }

    public var failed: Bool { status >= 400 }
}

/// What `GET /practice/room` answers: one row per trainee, read from their org's objects.
public struct RoomReport: Codable, Equatable, Sendable {
    public var trainees: [TraineeProgress]
    /// The server's clock when the report was made (seconds since the epoch).
    public var now: Double

    public init(trainees: [TraineeProgress], now: Double) {
        self.trainees = trainees
        self.now = now
    }
}

public struct TraineeProgress: Codable, Equatable, Sendable {
    public var number: Int
    public var clientId: String
    public var progress: SetupProgress
    public var lastChange: Double?
    public var lastCall: LastCall?

    public init(number: Int, clientId: String, progress: SetupProgress, lastChange: Double? = nil, lastCall: LastCall? = nil) {
        self.number = number
        self.clientId = clientId
        self.progress = progress
        self.lastChange = lastChange
        self.lastCall = lastCall
    }
}

/// How far a trainee's setup has come, each step named by the object that shows it done (nil: not yet).
public struct SetupProgress: Codable, Equatable, Sendable {
    public var queue: String?
    public var member: String?
    public var flow: String?
    public var integration: String?
    /// The flow the integration's message route is bound to.
    public var route: String?
    /// The id of a conversation that reached the queue.
    public var testMessage: String?

    public init(queue: String? = nil, member: String? = nil, flow: String? = nil, integration: String? = nil,
                route: String? = nil, testMessage: String? = nil) {
        self.queue = queue
        self.member = member
        self.flow = flow
        self.integration = integration
        self.route = route
        self.testMessage = testMessage
    }
}
