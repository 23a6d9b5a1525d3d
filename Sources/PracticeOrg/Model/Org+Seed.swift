/// The believable org a practice session starts with.
extension Org {
    /// A few users with emails, a few queues (one with a member), a published inbound message flow, and an
    /// Open Messaging integration already routed to it; plus `generatedQueues` numbered queues for a large
    /// org ("Practice Queue 00001", ...), which the state file records as a count, not one by one, and
    /// `generatedFlows` numbered published inbound message flows ("Practice Flow 0001", ...), so that a
    /// client's look-up can be seen to read past the first page.
    static func seeded(generatedQueues: Int, generatedFlows: Int = 0, now: Double) -> Org {
        var org = Org()
        org.generatedQueueCount = max(0, generatedQueues)
        let people = [("Ana García", "ana.garcia@example.com"), ("Luis Pérez", "luis.perez@example.com"),
                      ("Marie Dubois", "marie.dubois@example.com"), ("John Smith", "john.smith@example.com"),
                      ("Practice Admin", "admin@example.com")]
        org.users = people.enumerated().map { index, person in
            let id = Org.fixedID(group: 1, index + 1)
            return User(id: id, name: person.0, email: person.1, username: person.1, state: "active",
                        division: .home, version: 1, selfUri: "/api/v2/users/\(id)")
        }
        for (index, name) in ["Soporte General", "Ventas", "Billing", "Atención al Cliente"].enumerated() {
            _ = try? org.createQueue(CreateQueueRequest(name: name, description: nil), now: now,
                                     id: Org.fixedID(group: 4, index + 1))
        }
        org.queues += (0..<org.generatedQueueCount).map { Org.generatedQueue($0 + 1, now: now) }
        org.sortQueues()
        try? org.changeMembers(queueId: Org.fixedID(group: 4, 1), userIds: [org.users[1].id], delete: false)

        let flowId = Org.fixedID(group: 3, 1)
        let flow = Flow(id: flowId, name: "Mensajes Entrantes Principal", description: "Existing inbound message flow",
                        type: Org.inboundMessageType, division: .home, active: true, system: false, deleted: false,
                        publishedVersion: Org.version(3, flowId: flowId), checkedInVersion: Org.version(3, flowId: flowId),
                        selfUri: "/api/v2/flows/\(flowId)")
        org.flows = [flow] + (0..<max(0, generatedFlows)).map { Org.generatedFlow($0 + 1) }
        // Where it sends messages, as a file published in Architect would say.
        org.flowTransfers[flowId] = ["Soporte General"]
        if let integration = try? org.createIntegration(
            OpenIntegrationRequest(name: "Legacy Web Chat", outboundNotificationWebhookUrl: "https://example.com/legacy",
                                   outboundNotificationWebhookSignatureSecretToken: "legacy-signing-token-0001",
                                   webhookHeaders: nil),
            now: now, completesAt: now, id: Org.fixedID(group: 5, 1)) {
            org.completeDueIntegrations(now: now)
            _ = try? org.bindRecipient(integration.id, RecipientRequest(flow: EntityRef(id: flowId)), now: now)
        }
        return org
    }

    /// Ids that stay the same across resets, so that a trainer's notes stay true from one demo to the next.
    static func fixedID(group: Int, _ index: Int) -> String {
        let number = String(index)
        return "0000000\(group)-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - number.count)) + number
    }

    static let generatedGroup = 2

    static func generatedQueue(_ index: Int, now: Double) -> Queue {
        let number = String(index)
        let id = fixedID(group: generatedGroup, index)
        return Queue(id: id, name: "Practice Queue " + String(repeating: "0", count: max(0, 5 - number.count)) + number,
                     description: nil, division: .home, dateCreated: ISOTime.string(now), dateModified: ISOTime.string(now),
                     memberCount: 0, userMemberCount: 0, joinedMemberCount: 0, selfUri: "/api/v2/routing/queues/\(id)")
    }

    static func generatedFlow(_ index: Int) -> Flow {
        let number = String(index)
        let id = fixedID(group: 6, index)
        return Flow(id: id, name: "Practice Flow " + String(repeating: "0", count: max(0, 4 - number.count)) + number,
                    description: nil, type: Org.inboundMessageType, division: .home, active: true, system: false,
                    deleted: false, publishedVersion: Org.version(1, flowId: id), checkedInVersion: Org.version(1, flowId: id),
                    selfUri: "/api/v2/flows/\(id)")
    }

    static func isGenerated(_ queue: Queue) -> Bool { queue.id.hasPrefix("0000000\(generatedGroup)-") }
}
