import GenesysClient
import WizardCore

/// Verify mode's checks: what the admin did by hand, read back from the org. Each says exactly what is
/// missing, and returns the ids it found for the steps after it.
struct SetupChecks {
    let client: GenesysClient
    let targets: SetupTargets

    func check(_ step: StepID) async throws(GenesysFailure) -> ([Finding], OrgRecord) {
        do {
            var ids = OrgRecord()
            var findings: [Finding] = []
            switch step {
            case .prerequisites:
                break
            case .queue:
                ids.queueID = try await client.queue(named: targets.queueName)?.id
                if ids.queueID == nil { findings.append(.queueMissing(targets.queueName)) }
            case .member:
                async let user = client.user(email: targets.memberEmail)
                async let queue = queueID()
                (ids.userID, ids.queueID) = try await (user?.id, queue)
                if ids.userID == nil { findings.append(.userMissing(targets.memberEmail)) }
                if ids.queueID == nil { findings.append(.queueMissing(targets.queueName)) }
                if let userID = ids.userID, let queueID = ids.queueID,
                   !(try await client.isMember(userID: userID, queueID: queueID)) {
                    findings.append(.notAMember(email: targets.memberEmail, queue: targets.queueName))
                }
            case .flow:
                let flow = try await client.inboundMessageFlow(named: targets.flowName)
                if flow == nil { findings.append(.flowMissing(targets.flowName)) }
                if let flow, !flow.isPublished { findings.append(.flowNotPublished(targets.flowName)) }
                ids.flowID = flow?.isPublished == true ? flow?.id : nil
            case .integration:
                let integration = try await client.openIntegration(named: targets.integrationName)
                ids.integrationID = integration?.id
                if integration == nil { findings.append(.integrationMissing(targets.integrationName)) }
                switch integration?.createStatus?.lowercased() {
                case "initiated": findings.append(.integrationNotReady(targets.integrationName))
                case "error": findings.append(.integrationBroken(targets.integrationName))
                default: break
                }
            case .route:
                findings = try await checkRoute(&ids)
            case .salesforce:
                let seen = try await client.retrieveOptionsSees(queueName: targets.queueName,
                                                                integrationName: targets.integrationName)
                if !seen.queue { findings.append(.retrieveOptionsMissesQueue(targets.queueName)) }
                if !seen.integration { findings.append(.retrieveOptionsMissesIntegration(targets.integrationName)) }
            }
            return (findings, ids)
        } catch let error as APIError {
            throw error.failure
        } catch {
            throw .unexpectedResponse("\(error)")
        }
    }

    private func queueID() async throws(APIError) -> String? {
        if let known = targets.known.queueID { return known }
        return try await client.queue(named: targets.queueName)?.id
    }

    private func checkRoute(_ ids: inout OrgRecord) async throws -> [Finding] {
        async let integration = client.openIntegration(named: targets.integrationName)
        async let flow = client.inboundMessageFlow(named: targets.flowName)
        let (foundIntegration, foundFlow) = try await (integration, flow)
        guard let foundIntegration else { return [.integrationMissing(targets.integrationName)] }
        guard let foundFlow else { return [.flowMissing(targets.flowName)] }
        guard foundFlow.isPublished else { return [.flowNotPublished(targets.flowName)] }
        (ids.integrationID, ids.flowID, ids.recipientID) = (foundIntegration.id, foundFlow.id, foundIntegration.recipientID)
        let routed = try await client.recipient(id: foundIntegration.recipientID).flow
        guard let routed else { return [.routeMissing(integration: targets.integrationName)] }
        return routed.id == foundFlow.id ? []
            : [.routeToOtherFlow(integration: targets.integrationName, flow: targets.flowName, current: routed.name ?? routed.id)]
    }
}
