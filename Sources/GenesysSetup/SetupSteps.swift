import GenesysClient
import WizardCore

/// Automatic mode's work for one step. Every create is preceded by a look-up by name when an earlier
/// attempt may have made the object (`lookUpFirst`), and a create refused as a duplicate falls back to the
/// object that exists: whatever happens, the org ends with one queue, one flow and one integration.
struct SetupSteps {
    let client: GenesysClient
    let targets: SetupTargets

    func apply(_ step: StepID, lookUpFirst: Bool) async throws(GenesysFailure) -> StepResult {
        do {
            switch step {
            case .queue: return try await queue(lookUpFirst: lookUpFirst)
            case .member: return try await member()
            case .flow: return try await flow()
            case .integration: return try await integration(lookUpFirst: lookUpFirst)
            case .route: return try await route()
            case .prerequisites, .salesforce: return StepResult(ids: targets.known, reused: true)
            }
        } catch let error as APIError {
            throw error.failure
        } catch let failure as GenesysFailure {
            throw failure
        } catch {
            throw .unexpectedResponse("\(error)")
        }
    }

    private func queue(lookUpFirst: Bool) async throws(APIError) -> StepResult {
        var ids = OrgRecord()
        // Found after a create that was sent (the plan sends one only when its survey found none): made by it.
        if lookUpFirst, let existing = try await client.queue(named: targets.queueName) {
            ids.queueID = existing.id
            return StepResult(ids: ids, reused: false)
        }
        do {
            ids.queueID = try await client.createQueue(named: targets.queueName).id
            return StepResult(ids: ids, reused: false)
        } catch where error.kind == .duplicate {
            guard let existing = try await client.queue(named: targets.queueName) else { throw error }
            ids.queueID = existing.id
            return StepResult(ids: ids, reused: true)
        }
    }

    private func member() async throws -> StepResult {
        var ids = OrgRecord()
        guard let userID = try await knownOrFound(targets.known.userID, { () async throws(APIError) in
            try await client.user(email: targets.memberEmail)?.id
        }) else { throw GenesysFailure.blocked(.userMissing(targets.memberEmail)) }
        guard let queueID = try await knownOrFound(targets.known.queueID, { () async throws(APIError) in
            try await client.queue(named: targets.queueName)?.id
        }) else { throw GenesysFailure.blocked(.queueMissing(targets.queueName)) }
        try await client.addMembers(userIDs: [userID], queueID: queueID)
        (ids.userID, ids.queueID) = (userID, queueID)
        return StepResult(ids: ids, reused: false)
    }

    /// In two calls, as the integration: the first starts an Architect job and returns its id at once; the
    /// second, once that id is in the checkpoint, waits for the job's flow. No look-up by name is needed:
    /// publishing a flow of the same name again makes a new version of it, never a second flow.
    private func flow() async throws(APIError) -> StepResult {
        var ids = OrgRecord()
        if let jobID = targets.known.flowJobID {
            do {
                ids.flowID = try await client.waitForJob(jobID).id
                return StepResult(ids: ids, reused: false)
            } catch where error.kind == .notFound {
                // The job is gone (Genesys keeps them for a while only): publish again.
            }
        }
        let yaml = InboundMessageFlowDocument.yaml(flowName: targets.flowName, queueName: targets.queueName)
        ids.flowJobID = try await client.startPublishing(archyYAML: yaml)
        return StepResult(ids: ids, reused: false, finished: false)
    }

    /// In two calls: the first finds or creates the integration and returns its id at once, unfinished; the
    /// second, once that id is in the checkpoint, waits until Genesys has completed it.
    private func integration(lookUpFirst: Bool) async throws(APIError) -> StepResult {
        if let integrationID = targets.known.integrationID {
            do {
                let ready = try await client.waitUntilCreated(integrationID: integrationID)
                // One renamed since (by hand) is not the integration these answers name.
                if ready.name == targets.integrationName {
                    var ids = OrgRecord()
                    (ids.integrationID, ids.recipientID) = (ready.id, ready.recipientID)
                    // Waiting makes nothing: whether it was made is for the call that found or created it to say.
                    return StepResult(ids: ids, reused: true)
                }
            } catch where error.kind == .notFound {
                // Deleted since (by hand, perhaps after Genesys failed to create it).
            }
            // One of the answers' name may exist, made by someone else: it is reused, never made twice.
            return try await findOrCreateIntegration(lookUpFirst: true, foundWasMadeHere: false)
        }
        return try await findOrCreateIntegration(lookUpFirst: lookUpFirst, foundWasMadeHere: lookUpFirst)
    }

    /// The integration's id, unfinished: the one of that name, or a new one. `foundWasMadeHere` when the look-up
    /// follows a create that was sent (the plan sends one only when its survey found none of that name).
    private func findOrCreateIntegration(lookUpFirst: Bool, foundWasMadeHere: Bool) async throws(APIError) -> StepResult {
        var ids = OrgRecord()
        if lookUpFirst, let existing = try await client.openIntegration(named: targets.integrationName) {
            ids.integrationID = existing.id
            return StepResult(ids: ids, reused: !foundWasMadeHere, finished: false)
        }
        do {
            ids.integrationID = try await client.createOpenIntegration(
                name: targets.integrationName, webhookURL: targets.webhookURL, signatureToken: targets.signatureToken).id
            return StepResult(ids: ids, reused: false, finished: false)
        } catch where error.kind == .duplicate {
            // Made meanwhile (by a run that was stopped, or by hand): that one is used.
            guard let existing = try await client.openIntegration(named: targets.integrationName) else { throw error }
            ids.integrationID = existing.id
            return StepResult(ids: ids, reused: true, finished: false)
        }
    }

    /// Binds the route, then reads it back: the step is done only when Genesys says the route starts the flow.
    private func route() async throws -> StepResult {
        guard let flowID = targets.known.flowID else { throw GenesysFailure.blocked(.flowMissing(targets.flowName)) }
        guard let integrationID = targets.known.integrationID else {
            throw GenesysFailure.blocked(.integrationMissing(targets.integrationName))
        }
        // The route's address, as the integration names it when it was not recorded with it.
        let recipientID = if let known = targets.known.recipientID { known } else {
            try await client.openIntegration(id: integrationID).recipientID
        }
        // In two calls, as the flow and the integration: what the route starts before the bind is what an
        // undo puts back, so it is read and saved first; a bind that then fails or is stopped finds it saved.
        guard targets.known.routeBefore != nil else {
            var ids = OrgRecord()
            let before = try await client.recipient(id: recipientID).flow?.id
            ids.routeBefore = RouteBefore(flowID: before == flowID ? nil : before)
            return StepResult(ids: ids, reused: false, finished: false)
        }
        _ = try await client.bindRecipient(id: recipientID, flowID: flowID)
        guard try await client.recipient(id: recipientID).flow?.id == flowID else {
            throw GenesysFailure.routeNotTaken(integration: targets.integrationName)
        }
        return StepResult(ids: OrgRecord(), reused: false)
    }

    private func knownOrFound(_ known: String?, _ find: () async throws(APIError) -> String?) async throws(APIError) -> String? {
        if let known { return known }
        return try await find()
    }
}
