/// Open Messaging integrations, message routes, and the reads of Salesforce's Retrieve Options.
///
/// Each call is one operation of Genesys's SDK (`purecloudplatformclientv2` 269.0.0), with its query names,
/// its Content-Type (application/json for every POST and PUT) and only fields of its request model; the
/// permissions are the SDK docs'.
extension GenesysClient {
    private static let integrations = "/api/v2/conversations/messaging/integrations"

    /// Sends the create; the integration is ready only when `waitUntilCreated` says so.
    ///
    /// `POST /api/v2/conversations/messaging/integrations/open`
    /// (ConversationsApi.post_conversations_messaging_integrations_open), body OpenIntegrationRequest
    /// `{name, outboundNotificationWebhookUrl, outboundNotificationWebhookSignatureSecretToken}`; permission
    /// `messaging:integration:add`.
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

    /// `GET /api/v2/conversations/messaging/integrations/open/{integrationId}`
    /// (ConversationsApi.get_conversations_messaging_integrations_open_integration_id); permission
    /// `messaging:integration:view`.
    public func openIntegration(id: String) async throws(APIError) -> OpenIntegration {
        try await call("GET", "\(Self.integrations)/open/\(id)", permission: "messaging:integration:view")
    }

    /// The Open Messaging integration with exactly this name (any case), or nil; the listing has no name
    /// filter, so it is read page by page.
    ///
    /// `GET /api/v2/conversations/messaging/integrations/open`
    /// (ConversationsApi.get_conversations_messaging_integrations_open), query `pageSize`, `pageNumber`;
    /// permission `messaging:integration:view`.
    public func openIntegration(named name: String) async throws(APIError) -> OpenIntegration? {
        try await firstEntity(where: { page throws(APIError) in try await integrations("\(Self.integrations)/open", page: page) },
                              matching: { Self.sameName($0.name, name) })
    }

    /// One page (100, the most) of a listing of integrations.
    private func integrations<Entity: Decodable & Sendable>(_ path: String, page: Int) async throws(APIError) -> Listing<Entity> {
        try await call("GET", path, query: [("pageSize", "100"), ("pageNumber", "\(page)")],
                       permission: "messaging:integration:view")
    }

    /// Asks about a new integration until its creation is Completed; an Error carries Genesys's message.
    public func waitUntilCreated(integrationID: String) async throws(APIError) -> OpenIntegration {
        let operation = "GET \(Self.integrations)/open/\(integrationID)"
        let deadline = ContinuousClock.now + .seconds(settings.integrationTimeoutSeconds)
        while ContinuousClock.now < deadline {
            let integration = try await openIntegration(id: integrationID)
            switch integration.creation {
            case .completed: return integration
            case .error:
                throw APIError(kind: .creationFailed, detail: integration.createError?.message ?? "no message",
                               operation: operation)
            case .initiated: await Self.sleep(seconds: settings.pollSeconds)
            }
        }
        throw APIError(kind: .timeout, detail: "the integration was not ready in time", operation: operation)
    }

    /// `GET /api/v2/routing/message/recipients/{recipientId}` (RoutingApi.get_routing_message_recipient);
    /// permission `routing:message:manage`.
    public func recipient(id: String) async throws(APIError) -> Recipient {
        try await call("GET", "/api/v2/routing/message/recipients/\(id)", permission: "routing:message:manage")
    }

    /// Binds a message route: the recipient (the integration's address) starts this inbound message flow.
    ///
    /// `PUT /api/v2/routing/message/recipients/{recipientId}` (RoutingApi.put_routing_message_recipient),
    /// body RecipientRequest `{flow: RecipientFlow {id}}`; permission `routing:message:manage`.
    public func bindRecipient(id: String, flowID: String) async throws(APIError) -> Recipient {
        struct RecipientFlow: Encodable { var id: String }
        struct Request: Encodable { var flow: RecipientFlow }
        return try await call("PUT", "/api/v2/routing/message/recipients/\(id)",
                              body: Request(flow: RecipientFlow(id: flowID)), permission: "routing:message:manage")
    }

    /// What Salesforce's Retrieve Options will list: the queues its OAuth client can search
    /// (`routing:queue:search`) with this name, and whether the messaging integrations it reads
    /// (`messaging:integration:view`) include this one.
    ///
    /// `GET /api/v2/routing/queues/divisionviews` (RoutingApi.get_routing_queues_divisionviews), query
    /// `name`, `pageSize`; and `GET /api/v2/conversations/messaging/integrations`
    /// (ConversationsApi.get_conversations_messaging_integrations), query `pageSize`, `pageNumber`.
    public func retrieveOptionsSees(queueName: String, integrationName: String) async throws(APIError) -> (queue: Bool, integration: Bool) {
        async let queues: Listing<Queue> = call("GET", "/api/v2/routing/queues/divisionviews",
                                                query: [("name", queueName), ("pageSize", "25")],
                                                permission: "routing:queue:search")
        async let platform = firstEntity(
            where: { page throws(APIError) -> Listing<MessagingIntegration> in try await integrations(Self.integrations, page: page) },
            matching: { Self.sameName($0.name, integrationName) })
        let queueListing: Listing<Queue>, foundPlatform: MessagingIntegration?
        do {
            (queueListing, foundPlatform) = try await (queues, platform)
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError(kind: .unexpectedResponse, detail: "\(error)", operation: "Retrieve Options reads")
        }
        return (queueListing.entities?.contains { Self.sameName($0.name, queueName) } == true, foundPlatform != nil)
    }
}
