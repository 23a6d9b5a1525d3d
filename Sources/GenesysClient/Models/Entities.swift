/// The parts of Genesys Cloud's JSON the setup reads, with the field names of Genesys's SDK models (named
/// beside each type). Genesys's SDK marks nearly every field optional; here every field is optional except
/// an `id` that the setup must act on, so that an org's extra or missing fields never break a read. A
/// listing's entry without its id is passed over (`Listing`) rather than failing the whole page.

/// AddressableEntityRef (`id`, `selfUri`) and DomainEntityRef (`id`, `name`, `selfUri`).
public struct EntityReference: Decodable, Equatable, Sendable {
    public var id: String
    public var name: String?

    public init(id: String, name: String? = nil) {
        self.id = id
        self.name = name
    }
}

/// The body of a call whose request model is optional and left out: JSON `null`.
struct JSONNull: Encodable {
    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encodeNil()
    }
}

/// User.
public struct User: Decodable, Equatable, Sendable {
    public var id: String
    public var name: String?
    public var email: String?
}

/// Queue.
public struct Queue: Decodable, Equatable, Sendable {
    public var id: String
    public var name: String?
    public var memberCount: Int?
}

/// QueueMember.
public struct QueueMember: Decodable, Equatable, Sendable {
    /// Equals the user's id.
    public var id: String
    public var name: String?
    public var joined: Bool?
}

/// Flow.
public struct Flow: Decodable, Equatable, Sendable {
    public var id: String
    public var name: String?
    public var type: String?
    /// Set once the flow has been published.
    public var publishedVersion: EntityReference?

    public var isPublished: Bool { publishedVersion != nil }
}

/// RegisterArchitectJobResponse, the answer to POST /api/v2/flows/jobs: where to upload the Archy YAML, and
/// with which headers. Both are needed to go on.
public struct RegisteredJob: Decodable, Equatable, Sendable {
    public var id: String
    public var presignedUrl: String
    public var headers: [String: String]?
}

/// ArchitectJobStateResponse: every field optional. Its `flow` is an AddressableEntityRef, with no name.
public struct ArchitectJob: Decodable, Equatable, Sendable {
    /// ArchitectJobMessage.
    public struct Message: Decodable, Equatable, Sendable {
        /// Error, Warning or Unknown.
        public var type: String?
        public var text: String?
    }

    public var id: String?
    /// Registered, Started, Success or Failure; a job that does not say is taken as still running.
    public var status: String?
    public var flow: EntityReference?
    /// Only with `expand=messages`.
    public var messages: [Message]?
}

/// OpenIntegration.
public struct OpenIntegration: Decodable, Equatable, Sendable {
    public var id: String
    public var name: String?
    /// Initiated, Completed or Error: creation finishes asynchronously.
    public var createStatus: String?
    public var createError: ErrorBody?
    public var recipient: EntityReference?

    /// The id of its message route's address: the recipient Genesys names, or (as its clients rely on) the
    /// integration's own id.
    public var recipientID: String { recipient?.id ?? id }

    /// How far Genesys has got with creating it.
    public enum Creation: Equatable, Sendable {
        case initiated
        case completed
        case error
    }

    /// `createStatus`, read here only. An integration that does not say is taken as created (older ones carry
    /// no status); a status this client does not know is taken as still under way, so nothing relies on it yet.
    public var creation: Creation {
        switch createStatus?.lowercased() {
        case nil, "completed": .completed
        case "error": .error
        default: .initiated
        }
    }
}

/// MessagingIntegration: any messaging platform, as GET /api/v2/conversations/messaging/integrations lists
/// them (without `createStatus`, which only OpenIntegration has).
public struct MessagingIntegration: Decodable, Equatable, Sendable {
    public var id: String
    public var name: String?
    public var messengerType: String?
}

/// Recipient, a message route: the address (an integration) and the inbound message flow it starts.
public struct Recipient: Decodable, Equatable, Sendable {
    public var id: String?
    public var name: String?
    public var flow: EntityReference?
    public var messengerType: String?
}

/// Genesys's error body (model ErrorBody); every field optional, since proxies answer with other bodies.
public struct ErrorBody: Decodable, Equatable, Sendable {
    public var message: String?
    public var code: String?
    public var status: Int?
    public var contextId: String?
}

/// The standard paged listing (QueueEntityListing, FlowEntityListing, …). Queue members have no `total` or
/// `pageCount`: follow `nextUri`.
public struct Listing<Entity: Decodable & Sendable>: Decodable, Sendable {
    /// The entries that could be read; one without an id the setup needs is left out.
    public var entities: [Entity]?
    public var pageNumber: Int?
    public var pageSize: Int?
    public var total: Int?
    public var pageCount: Int?
    public var nextUri: String?

    private enum CodingKeys: String, CodingKey {
        case entities, pageNumber, pageSize, total, pageCount, nextUri
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        entities = try container.decodeIfPresent([Readable<Entity>].self, forKey: .entities)?.compactMap(\.value)
        pageNumber = try container.decodeIfPresent(Int.self, forKey: .pageNumber)
        pageSize = try container.decodeIfPresent(Int.self, forKey: .pageSize)
        total = try container.decodeIfPresent(Int.self, forKey: .total)
        pageCount = try container.decodeIfPresent(Int.self, forKey: .pageCount)
        nextUri = try container.decodeIfPresent(String.self, forKey: .nextUri)
    }
}

/// One entry of a list, or nil when it is not the shape expected.
struct Readable<Value: Decodable>: Decodable {
    var value: Value?

    init(from decoder: any Decoder) throws {
        value = try? Value(from: decoder)
    }
}

/// UsersSearchResponse.
struct UserSearchResponse: Decodable {
    /// The users that could be read.
    var results: [User]

    private enum CodingKeys: String, CodingKey { case results }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        results = try container.decodeIfPresent([Readable<User>].self, forKey: .results)?.compactMap(\.value) ?? []
    }
}

struct TokenResponse: Decodable {
    var access_token: String
    var expires_in: Int?
}

/// The body of a failed /oauth/token call.
struct OAuthErrorBody: Decodable {
    var error: String?
    var error_description: String?
    var description: String?
}

/// MessageConversation: its participants.
public struct MessageConversation: Decodable, Equatable, Sendable {
    public var id: String?
    public var participants: [MessageParticipant]?

    /// The participant of the queue that took the conversation, if one has.
    public var queueParticipant: MessageParticipant? {
        participants?.first { $0.purpose == "acd" && $0.queue != nil }
    }
}

/// MessageMediaParticipant: who takes part, for what (`purpose`: customer, acd, agent, ...), and where.
public struct MessageParticipant: Decodable, Equatable, Sendable {
    public var id: String
    public var purpose: String?
    public var state: String?
    public var queue: EntityReference?

    /// Still taking part: not yet disconnected or terminated.
    public var isPresent: Bool { state != "disconnected" && state != "terminated" }
}
