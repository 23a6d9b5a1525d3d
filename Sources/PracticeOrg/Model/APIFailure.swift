/// A refusal of the practice org, turned into Genesys's error body (model ErrorBody) by the server.
/// Status codes and `code` strings follow the reference's table (bad.request, invalid.value,
/// authentication.required, bad.credentials, credentials.expired, missing.permissions,
/// missing.any.permissions, not.found, unsupported.media.type, too.many.requests, internal.server.error,
/// service.unavailable). The English wording of the messages is ours: Genesys does not publish its own.
struct APIFailure: Error, Equatable, Sendable {
    var status: Int
    var code: String
    var message: String
    /// The values named in the message; `messageWithParams` is the message with each of them written
    /// `{name}`, as Genesys's error bodies carry them.
    var params: [String: String] = [:]

    static func badRequest(_ message: String, params: [String: String] = [:]) -> APIFailure {
        APIFailure(status: 400, code: "bad.request", message: message, params: params)
    }

    static func invalidValue(_ field: String, _ message: String) -> APIFailure {
        APIFailure(status: 400, code: "invalid.value", message: message, params: ["field": field])
    }

    static func notFound(_ what: String, _ id: String) -> APIFailure {
        APIFailure(status: 404, code: "not.found", message: "The requested \(what) \(id) was not found.",
                   params: ["id": id])
    }

    /// Our choice: Genesys documents no code for a name already taken (see the README).
    static func conflict(_ what: String, _ name: String) -> APIFailure {
        APIFailure(status: 409, code: "general.conflict", message: "A \(what) named «\(name)» already exists.",
                   params: ["name": name])
    }

    static func missing(_ requirement: PermissionRequirement) -> APIFailure {
        let list = requirement.permissions.joined(separator: ", ")
        switch requirement.kind {
        case .all:
            return APIFailure(status: 403, code: "missing.permissions",
                              message: "You are missing the following permission(s): \(list)",
                              params: ["permissions": list])
        case .any:
            return APIFailure(status: 403, code: "missing.any.permissions",
                              message: "You need at least one of the following permissions: \(list)",
                              params: ["permissions": list])
        }
    }

    /// A POST, PUT or PATCH whose body is not declared as JSON.
    static func unsupportedMediaType(_ contentType: String?) -> APIFailure {
        let given = contentType ?? "none"
        return APIFailure(status: 415, code: "unsupported.media.type",
                          message: "Content type '\(given)' is not supported: send application/json.",
                          params: ["contentType": given])
    }

    static let authenticationRequired = APIFailure(
        status: 401, code: "authentication.required", message: "No authentication bearer token specified in authorization header.")
    static let badCredentials = APIFailure(status: 401, code: "bad.credentials", message: "Invalid login credentials.")
    static let credentialsExpired = APIFailure(status: 401, code: "credentials.expired", message: "The access token has expired.")

    var messageWithParams: String {
        // Longest values first, so that a value inside another is not replaced within it.
        params.sorted { $0.value.count > $1.value.count }.reduce(message) { text, param in
            param.value.isEmpty ? text : text.replacing(param.value, with: "{\(param.key)}")
        }
    }

    func body(contextId: String) -> ErrorBody {
        ErrorBody(message: message, code: code, status: status, contextId: contextId,
                  messageWithParams: messageWithParams, messageParams: params, details: [], errors: [])
    }
}

/// What a call needs, as Genesys's SDK docs list it for each operation: all of the permissions, or any one.
struct PermissionRequirement: Sendable {
    enum Kind: Sendable { case all, any }

    var kind: Kind
    var permissions: [String]

    static func all(_ permissions: String...) -> PermissionRequirement { .init(kind: .all, permissions: permissions) }
    static func any(_ permissions: String...) -> PermissionRequirement { .init(kind: .any, permissions: permissions) }
    /// A valid token and no permission (the SDK docs: "Requires no permissions").
    static let tokenOnly = PermissionRequirement(kind: .all, permissions: [])

    /// Whether an OAuth client that holds every permission but the `revoked` ones may make the call.
    func isMet(revoked: Set<String>) -> Bool {
        switch kind {
        case .all: return revoked.isDisjoint(with: permissions)
        case .any: return permissions.contains { !revoked.contains($0) }
        }
    }
}
