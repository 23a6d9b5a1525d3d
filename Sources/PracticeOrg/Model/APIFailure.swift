/// A refusal of the practice org, turned into Genesys's error body by the server.
/// Status codes and `code` strings follow the reference's table (bad.request, invalid.value,
/// authentication.required, bad.credentials, credentials.expired, missing.permissions, not.found,
/// too.many.requests, internal.server.error, service.unavailable). A duplicate name answers 409
/// `general.conflict`: the reference leaves that case unconfirmed, and Genesys's own provider code
/// checks for that code when a create conflicts.
struct APIFailure: Error, Equatable, Sendable {
    var status: Int
    var code: String
    var message: String
    var params: [String: String] = [:]

    static func badRequest(_ message: String) -> APIFailure {
        APIFailure(status: 400, code: "bad.request", message: message)
    }

    static func invalidValue(_ field: String, _ message: String) -> APIFailure {
        APIFailure(status: 400, code: "invalid.value", message: message, params: ["field": field])
    }

    static func notFound(_ what: String, _ id: String) -> APIFailure {
        APIFailure(status: 404, code: "not.found", message: "The requested \(what) \(id) was not found.",
                   params: ["id": id])
    }

    static func conflict(_ what: String, _ name: String) -> APIFailure {
        APIFailure(status: 409, code: "general.conflict", message: "A \(what) named «\(name)» already exists.",
                   params: ["name": name])
    }

    static func missingPermission(_ permission: String) -> APIFailure {
        APIFailure(status: 403, code: "missing.permissions",
                   message: "You are missing the following permission(s): \(permission)",
                   params: ["permissions": permission])
    }

    static let authenticationRequired = APIFailure(
        status: 401, code: "authentication.required", message: "No authentication bearer token specified in authorization header.")
    static let badCredentials = APIFailure(status: 401, code: "bad.credentials", message: "Invalid login credentials.")
    static let credentialsExpired = APIFailure(status: 401, code: "credentials.expired", message: "The access token has expired.")

    func body(contextId: String) -> ErrorBody {
        ErrorBody(message: message, code: code, status: status, contextId: contextId,
                  messageWithParams: message, messageParams: params, details: [], errors: [])
    }
}
