/// Open Messaging integrations, message routes, and the reads of Salesforce's Retrieve Options.
extension GenesysClient {
    private static let integrations = "/api/v2/conversations/messaging/integrations"

    /// Sends the create; the integration is ready only when `waitUntilCreated` says so.
    public func createOpenIntegration(name: String, webhookURL: String, signatureToken: String) async throws(APIError) -> OpenIntegration {
        struct Request: Encodable {
            var name: String
            var outboundNotificationWebhookUrl: String
            var outboundNotificationWebhookSignatureSecretToken: String
        }
        return try await call("POST", "\(Self.integrations)/open",
                              body: Request(name: name, outboundNotificationWebhookUrl: webhookURL,
                                            outboundNotificationWebhookSignatureSecretToken: signatureToken),
                              permission: "messaging:integration:add", idempotent: false)
    }

    public func openIntegration(id: String) async throws(APIError) -> OpenIntegration {
        try await call("GET", "\(Self.integrations)/open/\(id)", permission: "messaging:integration:view")
    }

    /// The Open Messaging integration with exactly this name (any case), or nil; the listing has no name
    /// filter, so it is read page by page.
    public func openIntegration(named name: String) async throws(APIError) -> OpenIntegration? {
        try await firstEntity(in: "\(Self.integrations)/open", permission: "messaging:integration:view") { (entity: OpenIntegration) in
            entity.name.lowercased() == name.lowercased()
        }
    }

    /// The first entity of a listing, read page by page (bounded), that `matches`.
    private func firstEntity<Entity: Decodable & Sendable>(in path: String, permission: String,
                                                           matching matches: (Entity) -> Bool) async throws(APIError) -> Entity? {
        var page = 1
        while page <= 1_000 {
            let listing: Listing<Entity> = try await call("GET", path, query: [("pageSize", "100"), ("pageNumber", "\(page)")],
                                                          permission: permission)
            if let found = listing.entities?.first(where: matches) { return found }
            guard let entities = listing.entities, !entities.isEmpty, page < (listing.pageCount ?? page) else { return nil }
            page += 1
        }
        return nil
    }

    /// Asks about a new integration until its creation is Completed; an Error carries Genesys's message.
    public func waitUntilCreated(integrationID: String) async throws(APIError) -> OpenIntegration {
        let operation = "GET \(Self.integrations)/open/\(integrationID)"
        let deadline = ContinuousClock.now + .seconds(settings.integrationTimeoutSeconds)
        while ContinuousClock.now < deadline {
            let integration = try await openIntegration(id: integrationID)
            switch integration.createStatus?.lowercased() {
            case "completed", nil: return integration
            case "error":
                throw APIError(kind: .creationFailed, detail: integration.createError?.message ?? "no message",
                               operation: operation)
            default: await Self.sleep(seconds: settings.pollSeconds)
            }
        }
        throw APIError(kind: .timeout, detail: "the integration was not ready in time", operation: operation)
    }

    public func recipient(id: String) async throws(APIError) -> Recipient {
        try await call("GET", "/api/v2/routing/message/recipients/\(id)", permission: "routing:message:manage")
    }

    /// Binds a message route: the recipient (the integration's address) starts this inbound message flow.
    public func bindRecipient(id: String, flowID: String) async throws(APIError) -> Recipient {
        struct Request: Encodable { var flow: EntityReference }
        return try await call("PUT", "/api/v2/routing/message/recipients/\(id)",
                              body: Request(flow: EntityReference(id: flowID)), permission: "routing:message:manage")
    }

    /// What Salesforce's Retrieve Options will list: the queues its OAuth client can search
    /// (`routing:queue:search`) with this name, and whether the messaging integrations it reads
    /// (`messaging:integration:view`) include this one.
    public func retrieveOptionsSees(queueName: String, integrationName: String) async throws(APIError) -> (queue: Bool, integration: Bool) {
        async let queues: Listing<Queue> = call("GET", "/api/v2/routing/queues/divisionviews",
                                                query: [("name", queueName), ("pageSize", "25")],
                                                permission: "routing:queue:search")
        async let platform = firstEntity(in: Self.integrations, permission: "messaging:integration:view") {
            (entity: MessagingIntegration) in entity.name.lowercased() == integrationName.lowercased()
        }
        let queueListing: Listing<Queue>, foundPlatform: MessagingIntegration?
        do {
            (queueListing, foundPlatform) = try await (queues, platform)
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError(kind: .unexpectedResponse, detail: "\(error)", operation: "Retrieve Options reads")
        }
        return (queueListing.entities?.contains { $0.name.lowercased() == queueName.lowercased() } == true, foundPlatform != nil)
    }
}
