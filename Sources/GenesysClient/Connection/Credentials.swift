import TextCoding

/// An OAuth client of the org (client-credentials grant). The secret is never printed: the description of
/// this value masks it, so that a stray interpolation cannot leak it into a log or onto the screen.
public struct ClientCredentials: Sendable, CustomStringConvertible, CustomDebugStringConvertible {
    public var clientID: String
    public var clientSecret: String

    public init(clientID: String, clientSecret: String) {
        self.clientID = clientID
        self.clientSecret = clientSecret
    }

    public var description: String { "client \(clientID) (secret hidden)" }
    public var debugDescription: String { description }

    /// The value of the Basic Authorization header of the token request.
    var basicAuthorization: String {
        "Basic " + Base64.encode(Array("\(clientID):\(clientSecret)".utf8))
    }
}
