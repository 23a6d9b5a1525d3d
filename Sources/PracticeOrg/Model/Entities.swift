/// The JSON shapes of the Genesys Cloud Platform API that the setup uses, with Genesys's own field names
/// (camelCase on the wire, as in the SDKs' model docs). Only the fields the setup and Salesforce read.

struct EntityRef: Codable, Equatable, Sendable {
    var id: String
    var name: String?
    var selfUri: String?
}

struct Division: Codable, Equatable, Sendable {
    var id: String
    var name: String
    var selfUri: String

    static let home = Division(id: "a6f3f5b2-0000-4000-8000-000000000001", name: "Home",
                               selfUri: "/api/v2/authorization/divisions/a6f3f5b2-0000-4000-8000-000000000001")
}

struct User: Codable, Equatable, Sendable {
    var id: String
    var name: String
    var email: String
    var username: String
    var state: String
    var division: Division
    var version: Int
    var selfUri: String
}

struct Queue: Codable, Equatable, Sendable {
    var id: String
    var name: String
    var description: String?
    var division: Division
    var dateCreated: String
    var dateModified: String
    var memberCount: Int
    var userMemberCount: Int
    var joinedMemberCount: Int
    var selfUri: String
}

struct QueueMember: Codable, Equatable, Sendable {
    var id: String
    var name: String
    var user: MemberUser
    var ringNumber: Int
    var joined: Bool
    var memberBy: String
    var selfUri: String

    struct MemberUser: Codable, Equatable, Sendable {
        var id: String
        var name: String
        var email: String
        var selfUri: String
    }
}

struct FlowVersionRef: Codable, Equatable, Sendable {
    var id: String
    var name: String
    var selfUri: String
}

struct Flow: Codable, Equatable, Sendable {
    var id: String
    var name: String
    var description: String?
    var type: String
    var division: Division
    var active: Bool
    var system: Bool
    var deleted: Bool
    var publishedVersion: FlowVersionRef?
    var checkedInVersion: FlowVersionRef?
    var selfUri: String
}

struct JobMessage: Codable, Equatable, Sendable {
    var dateTime: String
    /// Error, Warning or Unknown (ArchitectJobMessage's values).
    var type: String
    var text: String
}

/// An Architect job (POST /api/v2/flows/jobs), which publishes an uploaded Archy YAML file.
struct ArchitectJob: Codable, Equatable, Sendable {
    var id: String
    /// Registered, Started, Success or Failure.
    var status: String
    var command: String?
    var flow: EntityRef?
    /// Left out of an answer unless `expand=messages` asks for them.
    var messages: [JobMessage]?
    var selfUri: String
}

struct OpenIntegration: Codable, Equatable, Sendable {
    var id: String
    var name: String
    var supportedContent: EntityRef
    var messagingSetting: EntityRef?
    var outboundNotificationWebhookUrl: String
    var webhookHeaders: [String: String]?
    var status: String
    var recipient: EntityRef?
    var dateCreated: String
    var dateModified: String
    /// Initiated, then Completed (or Error): creation finishes asynchronously.
    var createStatus: String
    var createError: ErrorBody?
    var selfUri: String
}

struct Recipient: Codable, Equatable, Sendable {
    var id: String
    var name: String
    var flow: EntityRef?
    var messengerType: String
    var dateCreated: String
    var dateModified: String
    var selfUri: String
}

/// The error body of every /api/v2 failure (model ErrorBody).
struct ErrorBody: Codable, Equatable, Sendable, Error {
    var message: String
    var code: String
    var status: Int
    var contextId: String
    var messageWithParams: String?
    var messageParams: [String: String]?
    var details: [Detail]
    var errors: [ErrorBody]

    struct Detail: Codable, Equatable, Sendable {
        var errorCode: String?
        var fieldName: String?
        var entityId: String?
        var entityName: String?
    }
}
