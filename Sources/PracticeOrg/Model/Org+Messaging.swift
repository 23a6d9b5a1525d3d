/// Open Messaging integrations and the message routing recipients they create.
extension Org {
    /// Genesys refuses a signature token that is not longer than this.
    static let minimumTokenLengthExclusive = 15

    mutating func createIntegration(_ request: OpenIntegrationRequest, now: Double, completesAt: Double,
                                    id: String = newID()) throws(APIFailure) -> OpenIntegration {
        guard let name = request.name?.trimmed, !name.isEmpty else {
            throw .invalidValue("name", "The integration name is required.")
        }
        guard let url = request.outboundNotificationWebhookUrl, url.lowercased().hasPrefix("https://"),
              url.count > "https://".count else {
            throw .invalidValue("outboundNotificationWebhookUrl",
                                "outboundNotificationWebhookUrl must be a valid https URL.")
        }
        guard let token = request.outboundNotificationWebhookSignatureSecretToken,
              token.count > Org.minimumTokenLengthExclusive else {
            throw .invalidValue("outboundNotificationWebhookSignatureSecretToken",
                                "outboundNotificationWebhookSignatureSecretToken must be longer than 15 characters.")
        }
        if integrations.contains(where: { $0.integration.name.lowercased() == name.lowercased() }) {
            throw .conflict("messaging integration", name)
        }
        let stamp = ISOTime.string(now)
        let integration = OpenIntegration(
            id: id, name: name,
            supportedContent: EntityRef(id: "webMessagingDefault", name: "Default",
                                        selfUri: "/api/v2/conversations/messaging/supportedcontent/webMessagingDefault"),
            messagingSetting: nil, outboundNotificationWebhookUrl: url, webhookHeaders: request.webhookHeaders,
            status: "Active", recipient: nil, dateCreated: stamp, dateModified: stamp, createStatus: "Initiated",
            createError: nil, selfUri: "/api/v2/conversations/messaging/integrations/open/\(id)")
        integrations.append(StoredIntegration(integration: integration, secretToken: token, completesAt: completesAt))
        return integration
    }

    /// Completes the integrations whose creation time has come; each gets its message routing recipient,
    /// whose id is the integration's id (as go-gcloudcx's live tests assert).
    /// Returns whether any was completed.
    @discardableResult
    mutating func completeDueIntegrations(now: Double) -> Bool {
        var completed = false
        for index in integrations.indices {
            guard integrations[index].integration.createStatus == "Initiated",
                  let due = integrations[index].completesAt, due <= now else { continue }
            completed = true
            let integration = integrations[index].integration
            let recipientUri = "/api/v2/routing/message/recipients/\(integration.id)"
            integrations[index].integration.createStatus = "Completed"
            integrations[index].integration.recipient = EntityRef(id: integration.id, name: integration.name, selfUri: recipientUri)
            recipients.append(Recipient(id: integration.id, name: integration.name, flow: nil, messengerType: "open",
                                        dateCreated: ISOTime.string(now), dateModified: ISOTime.string(now),
                                        selfUri: recipientUri))
        }
        return completed
    }

    func integration(_ id: String) throws(APIFailure) -> OpenIntegration {
        guard let stored = integrations.first(where: { $0.integration.id == id }) else {
            throw .notFound("integration", id)
        }
        return stored.integration
    }

    func listIntegrations(page: PageRequest) -> EntityListing<OpenIntegration> {
        page.listing(integrations.map(\.integration), path: "/api/v2/conversations/messaging/integrations/open", query: [])
    }

    /// All messaging platforms, as GET /conversations/messaging/integrations lists them (here only "open").
    func listAllIntegrations(page: PageRequest) -> EntityListing<MessagingIntegration> {
        let all = integrations.map(\.integration).map {
            MessagingIntegration(id: $0.id, name: $0.name, messengerType: "open", status: $0.status,
                                 recipient: $0.recipient, selfUri: $0.selfUri)
        }
        return page.listing(all, path: "/api/v2/conversations/messaging/integrations", query: [])
    }

    func recipient(_ id: String) throws(APIFailure) -> Recipient {
        guard let recipient = recipients.first(where: { $0.id == id }) else { throw .notFound("recipient", id) }
        return recipient
    }

    func listRecipients(messengerType: String?, name: String?, page: PageRequest) -> EntityListing<Recipient> {
        let filter = name.map(NameFilter.init)
        let matches = recipients.filter {
            (messengerType == nil || $0.messengerType == messengerType) && (filter?.matches($0.name) ?? true)
        }
        let query = (messengerType.map { [("messengerType", $0)] } ?? []) + (name.map { [("name", $0)] } ?? [])
        return page.listing(matches, path: "/api/v2/routing/message/recipients", query: query)
    }

    /// Binds an inbound message flow to the recipient. Only a published inbound message flow will do,
    /// as only those are offered in the admin UI. A request without `flow` (optional in RecipientRequest)
    /// takes the flow off the route: Genesys does not document it; this is our choice (README).
    mutating func bindRecipient(_ id: String, _ request: RecipientRequest, now: Double) throws(APIFailure) -> Recipient {
        guard let index = recipients.firstIndex(where: { $0.id == id }) else { throw .notFound("recipient", id) }
        guard let flowId = request.flow?.id else {
            recipients[index].flow = nil
            recipients[index].dateModified = ISOTime.string(now)
            return recipients[index]
        }
        guard let flow = flows.first(where: { $0.id == flowId && !$0.deleted }) else {
            throw .invalidValue("flow.id", "The flow \(flowId) does not exist.")
        }
        guard flow.type == Org.inboundMessageType, flow.publishedVersion != nil else {
            throw .invalidValue("flow.id", "The flow «\(flow.name)» is not a published inbound message flow.")
        }
        recipients[index].flow = EntityRef(id: flow.id, name: flow.name, selfUri: flow.selfUri)
        recipients[index].dateModified = ISOTime.string(now)
        return recipients[index]
    }
}

extension Org {
    /// Deletes an integration, and with it its message route.
    mutating func deleteIntegration(_ id: String) throws(APIFailure) {
        guard let index = integrations.firstIndex(where: { $0.integration.id == id }) else { throw .notFound("integration", id) }
        integrations.remove(at: index)
        recipients.removeAll { $0.id == id }
    }
}

struct OpenIntegrationRequest: Decodable, Sendable {
    var name: String?
    var outboundNotificationWebhookUrl: String?
    var outboundNotificationWebhookSignatureSecretToken: String?
    var webhookHeaders: [String: String]?
}

struct RecipientRequest: Decodable, Sendable {
    var flow: EntityRef?
}

/// MessagingIntegration: every platform's common fields (no `createStatus`, which is OpenIntegration's).
struct MessagingIntegration: Codable, Equatable, Sendable {
    var id: String
    var name: String
    var messengerType: String
    var status: String
    var recipient: EntityRef?
    var selfUri: String
}
