import Hummingbird
import Testing
@testable import PracticeOrg

@Suite struct AuthTests {
    @Test func clientCredentialsGiveABearerToken() async throws {
        try await Practice.run { practice in
            let reply = try await practice.send(.post, "/oauth/token", body: "grant_type=client_credentials",
                                                headers: [.authorization: Practice.basic])
            #expect(reply.status == 200)
            #expect(reply.json["token_type"]?.string == "bearer")
            #expect(reply.json["expires_in"]?.int == 86_400)
            let token = try #require(reply.json["access_token"]?.string)
            let users = try await practice.send(.post, "/api/v2/users/search", token: token,
                                                body: #"{"query":[{"type":"EXACT","fields":["email"],"value":"ANA.GARCIA@example.com"}]}"#)
            #expect(users.status == 200)
            #expect(users.json["total"]?.int == 1)
            #expect(users.json["results"]?[0]?["name"]?.string == "Ana García")
        }
    }

    @Test func wrongCredentialsGetTheOAuthErrorShape() async throws {
        try await Practice.run { practice in
            let wrong = try await practice.send(.post, "/oauth/token", body: "grant_type=client_credentials",
                                                headers: [.authorization: "Basic " + base64("omwizard-practice:nope")])
            #expect(wrong.status == 401)
            #expect(wrong.json["error"]?.string == "invalid_client")
            #expect(wrong.json["error_description"]?.string != nil && wrong.json["description"]?.string != nil)
            let grant = try await practice.send(.post, "/oauth/token", body: "grant_type=password",
                                                headers: [.authorization: Practice.basic])
            #expect(grant.status == 400 && grant.json["error"]?.string == "unsupported_grant_type")
        }
    }

    @Test func theCredentialsMayAlsoComeInTheForm() async throws {
        try await Practice.run { practice in
            let body = "grant_type=client_credentials&client_id=omwizard-practice&client_secret=practice-secret-do-not-use-in-production"
            let reply = try await practice.send(.post, "/oauth/token", body: body)
            #expect(reply.status == 200)
        }
    }

    @Test func aMissingWrongOrExpiredTokenIs401() async throws {
        try await Practice.run { practice in
            try await practice.send(.get, "/api/v2/routing/queues").expectError(401, "authentication.required")
            try await practice.send(.get, "/api/v2/routing/queues", token: "forged").expectError(401, "bad.credentials")
            let token = try await practice.token()
            #expect(try await practice.send(.get, "/api/v2/routing/queues", token: token).status == 200)
            practice.clock.advance(86_401)
            try await practice.send(.get, "/api/v2/routing/queues", token: token).expectError(401, "credentials.expired")
            #expect(try await practice.send(.get, "/api/v2/routing/queues", token: try await practice.token()).status == 200)
        }
    }

    @Test func aRevokedPermissionIs403NamingIt() async throws {
        try await Practice.run { practice in
            let token = try await practice.token()
            _ = try await practice.send(.post, "/practice/permissions/revoke", body: #"{"permission":"routing:queue:add"}"#)
            let reply = try await practice.send(.post, "/api/v2/routing/queues", token: token, body: #"{"name":"X"}"#)
            reply.expectError(403, "missing.permissions")
            #expect(reply.json["message"]?.string?.contains("routing:queue:add") == true)
            #expect(try await practice.send(.get, "/api/v2/routing/queues", token: token).status == 200)
            _ = try await practice.send(.post, "/practice/permissions/grant", body: #"{"permission":"routing:queue:add"}"#)
            #expect(try await practice.send(.post, "/api/v2/routing/queues", token: token, body: #"{"name":"X"}"#).status == 200)
        }
    }
}
