/// The parts of Genesys Cloud's JSON the setup reads, with Genesys's field names (the SDKs' model docs).
/// Every field the setup can do without is optional, so that an org's extra or missing fields never break
/// a read.

public struct EntityReference: Codable, Equatable, Sendable {
    public var id: String
    public var name: String?

    public init(id: String, name: String? = nil) {
        self.id = id
        self.name = name
    }
}

public struct User: Decodable, Equatable, Sendable {
    public var id: String
    public var name: String?
    public var email: String?
}

public struct Queue: Decodable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var memberCount: Int?
}

public struct QueueMember: Decodable, Equatable, Sendable {
    /// Equals the user's id.
    public var id: String
    public var name: String?
    public var joined: Bool?
}

public struct Flow: Decodable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var type: String?
    /// Set once the flow has been published.
    public var publishedVersion: EntityReference?

    public var isPublished: Bool { publishedVersion != nil }
}

/// The answer to POST /api/v2/flows/jobs: where to upload the Archy YAML, and with which headers.
public struct RegisteredJob: Decodable, Equatable, Sendable {
    public var id: String
    public var presignedUrl: String
    public var headers: [String: String]?
}

public struct ArchitectJob: Decodable, Equatable, Sendable {
    public struct Message: Decodable, Equatable, Sendable {
        public var type: String?
        public var text: String
    }

    public var id: String
    /// Registered, Started, Success or Failure.
    public var status: String
    public var flow: EntityReference?
    public var messages: [Message]?
}

public struct OpenIntegration: Decodable, Equatable, Sendable {
    public var id: String
    public var name: String
    /// Initiated, Completed or Error: creation finishes asynchronously.
    public var createStatus: String?
    public var createError: ErrorBody?
    public var recipient: EntityReference?

    /// The id of its message route's address: the recipient Genesys names, or (as its clients rely on) the
    /// integration's own id.
    public var recipientID: String { recipient?.id ?? id }
}

/// Any messaging platform, as GET /api/v2/conversations/messaging/integrations lists them.
public struct MessagingIntegration: Decodable, Equatable, Sendable {
    public var id: String
    public var name: String
    public var messengerType: String?
}

/// A message route: the address (an integration) and the inbound message flow it starts.
public struct Recipient: Decodable, Equatable, Sendable {
    public var id: String
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

/// The standard paged listing. Queue members have no `total` or `pageCount`: follow `nextUri`.
public struct Listing<Entity: Decodable & Sendable>: Decodable, Sendable {
    public var entities: [Entity]?
    public var pageNumber: Int?
    public var pageSize: Int?
    public var total: Int?
    public var pageCount: Int?
    public var nextUri: String?
}

struct UserSearchResponse: Decodable {
    var total: Int?
    var results: [User]?
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
