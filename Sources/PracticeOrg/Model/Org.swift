import FoundationEssentials

/// Everything a practice org holds. A value type: the service (an actor) owns one and changes it, and a
/// snapshot of it is what the state file stores.
struct Org: Codable, Equatable, Sendable {
    var users: [User] = []
    var queues: [Queue] = []
    /// Members of each queue, by queue id.
    var members: [String: [QueueMember]] = [:]
    var flows: [Flow] = []
    var jobs: [StoredJob] = []
    var integrations: [StoredIntegration] = []
    var recipients: [Recipient] = []
    /// The queues each published flow transfers to, by flow id, as its file names them (the API's flow has no
    /// such field: Genesys keeps it in the flow's definition).
    var flowTransfers: [String: [String]] = [:]
    /// Conversations started by inbound messages (history: a setup's undo leaves them, as Genesys cannot
    /// delete a conversation).
    var conversations: [MessageConversation] = []
    /// How many numbered queues `seeded` generated; they are rebuilt from this count when a file loads.
    var generatedQueueCount = 0

    struct StoredJob: Codable, Equatable, Sendable {
        var job: ArchitectJob
        var yaml: String?
        /// When an uploaded file has been "processed" (seconds since the epoch).
        var dueAt: Double?
    }

    struct StoredIntegration: Codable, Equatable, Sendable {
        var integration: OpenIntegration
        /// Kept in memory to mimic Genesys, which stores it; never returned in a response, never written
        /// to the state file.
        var secretToken: String
        var completesAt: Double?

        private enum CodingKeys: String, CodingKey { case integration, completesAt }

        init(integration: OpenIntegration, secretToken: String, completesAt: Double?) {
            self.integration = integration
            self.secretToken = secretToken
            self.completesAt = completesAt
        }

        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            integration = try container.decode(OpenIntegration.self, forKey: .integration)
            completesAt = try container.decodeIfPresent(Double.self, forKey: .completesAt)
            secretToken = ""
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(integration, forKey: .integration)
            try container.encodeIfPresent(completesAt, forKey: .completesAt)
        }
    }
}

extension Org {
    private enum CodingKeys: String, CodingKey {
        case users, queues, members, flows, jobs, integrations, recipients, flowTransfers, conversations, generatedQueueCount
    }

    // The generated queues are written as a count, so that a 20,000-queue org saves in a few kilobytes.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(users, forKey: .users)
        try container.encode(queues.filter { !Org.isGenerated($0) }, forKey: .queues)
        try container.encode(members, forKey: .members)
        try container.encode(flows, forKey: .flows)
        try container.encode(jobs, forKey: .jobs)
        try container.encode(integrations, forKey: .integrations)
        try container.encode(recipients, forKey: .recipients)
        try container.encode(flowTransfers, forKey: .flowTransfers)
        try container.encode(conversations, forKey: .conversations)
        try container.encode(generatedQueueCount, forKey: .generatedQueueCount)
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        users = try container.decode([User].self, forKey: .users)
        members = try container.decode([String: [QueueMember]].self, forKey: .members)
        flows = try container.decode([Flow].self, forKey: .flows)
        jobs = try container.decode([StoredJob].self, forKey: .jobs)
        integrations = try container.decode([StoredIntegration].self, forKey: .integrations)
        recipients = try container.decode([Recipient].self, forKey: .recipients)
        // Absent from the files of versions before the test message.
        flowTransfers = try container.decodeIfPresent([String: [String]].self, forKey: .flowTransfers) ?? [:]
        conversations = try container.decodeIfPresent([MessageConversation].self, forKey: .conversations) ?? []
        generatedQueueCount = try container.decode(Int.self, forKey: .generatedQueueCount)
        let stamp = Double(0)
        queues = try container.decode([Queue].self, forKey: .queues)
            + (0..<generatedQueueCount).map { Org.generatedQueue($0 + 1, now: stamp) }.map { queue in
                var queue = queue
                let count = members[queue.id]?.count ?? 0
                (queue.memberCount, queue.userMemberCount, queue.joinedMemberCount) = (count, count, count)
                return queue
            }
        sortQueues()
    }

    /// Queues are listed by name, case-insensitively, as Genesys lists them.
    mutating func sortQueues() {
        queues.sort { $0.name.lowercased() < $1.name.lowercased() }
    }
}

/// Times as Genesys writes them: ISO 8601 in UTC with milliseconds.
enum ISOTime {
    static func string(_ seconds: Double) -> String {
        Date(timeIntervalSince1970: seconds).formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
    }
}

func newID() -> String { UUID().uuidString.lowercased() }
