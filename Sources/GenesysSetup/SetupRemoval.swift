import GenesysClient
import WizardCore

/// One removal of an undo. Each object is read first: one renamed, given other members or bound elsewhere
/// since the setup made it is kept; one already gone counts as removed.
struct SetupRemoval {
    let client: GenesysClient

    func remove(_ removal: Removal) async throws(APIError) -> RemovalResult {
        do {
            switch removal {
            case .testConversation(let id):
                return try await TestConversation(client: client).end(id) ? .removed : .alreadyGone
            case .route(let recipientID, let flowID, let restoreFlowID):
                return try await putBack(recipientID, from: flowID, to: restoreFlowID)
            case .integration(let id, let name):
                if let renamed = Self.renamed(try await client.openIntegration(id: id).name, from: name) { return renamed }
                try await client.deleteOpenIntegration(id: id)
            case .flow(let id, let name):
                if let renamed = Self.renamed(try await client.flow(id: id).name, from: name) { return renamed }
                try await client.deleteFlow(id: id)
            case .member(let userID, let queueID, _):
                try await client.removeMember(userID: userID, queueID: queueID)
            case .queue(let id, let name):
                if let renamed = Self.renamed(try await client.queue(id: id).name, from: name) { return renamed }
                // Members added since by someone else make it theirs too. Read from the members themselves:
                // a queue's memberCount may lag behind a removal.
                if try await client.anyMember(queueID: id) != nil {
                    return .keptChanged(.hasOtherMembers(try await client.queue(id: id).memberCount ?? 1))
                }
                try await client.deleteQueue(id: id)
            }
            return .removed
        } catch where error.kind == .notFound {
            return .alreadyGone
        } catch where error.kind == .duplicate {
            // The client reads every 409 as a name taken; on a delete it means another object depends on it.
            return .keptChanged(.inUse)
        }
    }

    /// The route back to the flow it started before the setup (or to none), if it still starts the setup's.
    /// Found already back (a run stopped after putting it back), it is done.
    private func putBack(_ recipientID: String, from flowID: String, to restoreFlowID: String?) async throws(APIError) -> RemovalResult {
        let current = try await client.recipient(id: recipientID).flow
        if current?.id == restoreFlowID { return .alreadyGone }
        guard let current, current.id == flowID else {
            return .keptChanged(.routeMoved(toFlow: current.map { $0.name ?? $0.id }))
        }
        let after = if let restoreFlowID {
            try await client.bindRecipient(id: recipientID, flowID: restoreFlowID)
        } else {
            try await client.unbindRecipient(id: recipientID)
        }
        // How Genesys reads a route without a flow is not documented: what it answers is what counts.
        return after.flow?.id == restoreFlowID ? .removed : .keptChanged(.routeKept)
    }

    private static func renamed(_ current: String?, from name: String) -> RemovalResult? {
        guard let current, !GenesysClient.sameName(current, name) else { return nil }
        return .keptChanged(.renamed(to: current))
    }
}
