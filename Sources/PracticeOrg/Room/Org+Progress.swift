/// A trainee's setup, found in their org the way a trainer would look for it: the seed's objects (fixed ids)
/// are not theirs; the chain runs from their newest integration to the flow its route is bound to, the queue
/// that flow transfers to, that queue's members, and a conversation that reached it.
extension Org {
    func setupProgress() -> SetupProgress {
        let integration = integrations.map(\.integration).filter { !Org.isSeeded($0.id) }.max { $0.dateCreated < $1.dateCreated }
        let routedFlowId = integration.flatMap { own in recipients.first { $0.id == own.id } }?.flow?.id
        let routedFlow = routedFlowId.flatMap { id in flows.first { $0.id == id && !$0.deleted } }
        // Without a route yet, their newest published inbound message flow.
        let flow = routedFlow ?? flows.last {
            !Org.isSeeded($0.id) && !$0.deleted && $0.type == Org.inboundMessageType && $0.publishedVersion != nil
        }
        let transferQueue = flow.flatMap { flowTransfers[$0.id]?.first }.flatMap { name in
            queues.first { $0.name.lowercased() == name.lowercased() }
        }
        let queue = transferQueue ?? queues.filter { !Org.isSeeded($0.id) }.max { $0.dateCreated < $1.dateCreated }
        let member = queue.flatMap { members[$0.id]?.first?.name }
        let conversation = queue.flatMap { queue in
            conversations.last { $0.participants.contains { $0.purpose == "acd" && $0.queue?.id == queue.id } }
        }
        return SetupProgress(queue: queue?.name, member: member, flow: flow?.name,
                             integration: integration.map { $0.createStatus == "Completed" ? $0.name : nil } ?? nil,
                             route: routedFlow?.name, testMessage: conversation?.id)
    }

    /// The seed's objects, generated ones included, have the fixed ids of `fixedID`.
    static func isSeeded(_ id: String) -> Bool { id.hasPrefix("0000000") }
}
