/// A trainee's setup, found in their org the way a trainer would look for it: what differs from the seed
/// every org started with. The chain runs from their integration to the flow its route is bound to, the
/// queue that flow transfers to, that queue's members, and a conversation that reached it. An object of the
/// seed counts once the trainee has changed it (a member added to a seeded queue, a seeded flow published
/// again, a seeded integration's route bound elsewhere), as the wizard reuses what exists by name.
extension Org {
    func setupProgress(since seed: SeedBaseline) -> SetupProgress {
        let ownIntegrations = integrations.map(\.integration).filter { integration in
            !Org.isSeeded(integration.id) || seed.changed(route: integration.id, to: recipients.first { $0.id == integration.id }?.flow?.id)
        }
        let integration = ownIntegrations.max { $0.dateCreated < $1.dateCreated }
        let routedFlowId = integration.flatMap { own in recipients.first { $0.id == own.id } }?.flow?.id
        let routedFlow = routedFlowId.flatMap { id in flows.first { $0.id == id && !$0.deleted } }
        // Without a route yet, their newest published inbound message flow (a seeded one published again counts).
        let flow = routedFlow ?? flows.last {
            !$0.deleted && $0.type == Org.inboundMessageType && $0.publishedVersion != nil
                && (!Org.isSeeded($0.id) || seed.changed(flow: $0.id, to: $0.publishedVersion?.id))
        }
        let transferQueue = flow.flatMap { flowTransfers[$0.id]?.first }.flatMap { name in
            queues.first { $0.name.lowercased() == name.lowercased() }
        }
        let newMembers = { (queue: Queue) in (members[queue.id] ?? []).filter { !(seed.members[queue.id] ?? []).contains($0.id) } }
        let queue = transferQueue
            ?? queues.filter { !Org.isSeeded($0.id) }.max { $0.dateCreated < $1.dateCreated }
            ?? queues.first { Org.isSeeded($0.id) && !newMembers($0).isEmpty }
        // A queue found through their flow is past the member step: a member it already had is the one.
        let member = queue.flatMap { queue in (newMembers(queue).first ?? (transferQueue != nil ? members[queue.id]?.first : nil))?.name }
        let conversation = queue.flatMap { queue in
            conversations.last { $0.participants.contains { $0.purpose == "acd" && $0.queue?.id == queue.id } }
        }
        return SetupProgress(queue: queue?.name, member: member, flow: flow?.name,
                             integration: integration.flatMap { $0.createStatus == "Completed" ? $0.name : nil },
                             route: routedFlow?.name, testMessage: conversation?.id)
    }

    /// The seed's objects, generated ones included, have the fixed ids of `fixedID`.
    static func isSeeded(_ id: String) -> Bool { id.hasPrefix("0000000") }
}

/// What the seed's objects were at the start, by id: what a trainee's changes are told from.
struct SeedBaseline: Sendable {
    /// The users in each queue.
    var members: [String: Set<String>]
    /// Each flow's published version.
    var publishedVersions: [String: String]
    /// The flow each message route is bound to.
    var routes: [String: String]

    init(_ seed: Org) {
        members = seed.members.mapValues { Set($0.map(\.id)) }
        publishedVersions = Dictionary(uniqueKeysWithValues: seed.flows.compactMap { flow in flow.publishedVersion.map { (flow.id, $0.id) } })
        routes = Dictionary(uniqueKeysWithValues: seed.recipients.compactMap { recipient in recipient.flow.map { (recipient.id, $0.id) } })
    }

    // A seeded object this baseline does not know (a room saved with other --flows) is taken as unchanged:
    // unknown is not the trainee's.
    func changed(flow id: String, to version: String?) -> Bool {
        publishedVersions[id].map { $0 != version } ?? false
    }

    func changed(route id: String, to flow: String?) -> Bool {
        routes[id].map { $0 != flow } ?? false
    }
}
