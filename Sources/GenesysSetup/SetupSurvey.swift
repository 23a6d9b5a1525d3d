import GenesysClient
import WizardCore

/// Collects what the org holds for some steps into a `Survey`: facts only. What they mean (what is missing,
/// what the plan does) is decided in the core, by `Findings` and `Plan`, for the plan and Verify alike.
struct SetupSurvey {
    let client: GenesysClient
    let targets: SetupTargets

    /// The facts that `steps` need: the look-ups by name in parallel, then what depends on their answers (the
    /// membership, the route of an integration that is created).
    func facts(for steps: [StepID]) async throws(GenesysFailure) -> Survey {
        let needed = Set(steps)
        let needsMember = needed.contains(.member)
        let needsQueue = needsMember || needed.contains(.queue)
        let needsRoute = needed.contains(.route)
        let needsFlow = needsRoute || needed.contains(.flow)
        let needsIntegration = needsRoute || needed.contains(.integration)
        do {
            async let user = needsMember ? client.user(email: targets.memberEmail) : nil
            async let queue = needsQueue ? client.queue(named: targets.queueName) : nil
            async let flow = needsFlow ? client.inboundMessageFlow(named: targets.flowName) : nil
            async let integration = needsIntegration ? client.openIntegration(named: targets.integrationName) : nil
            async let retrieveOptions = needed.contains(.salesforce)
                ? client.retrieveOptionsSees(queueName: targets.queueName, integrationName: targets.integrationName) : nil
            var survey = Survey()
            let (foundUser, foundQueue, foundFlow, foundIntegration) = try await (user, queue, flow, integration)
            survey.userID = foundUser?.id
            (survey.queueID, survey.queueName) = (foundQueue?.id, foundQueue?.name)
            survey.flow = foundFlow.map { Survey.Flow(id: $0.id, published: $0.isPublished, name: $0.name) }
            if let seen = try await retrieveOptions {
                (survey.retrieveOptionsListsQueue, survey.retrieveOptionsListsIntegration) = (seen.queue, seen.integration)
            }
            let (userID, queueID) = (survey.userID, survey.queueID)
            let creation = foundIntegration.map { Self.creation($0.creation) }
            // A route exists only once its integration is created.
            let routedIntegration = needsRoute && creation == .completed ? foundIntegration : nil
            async let member = needsMember ? Self.isMember(userID, queueID, client) : false
            async let routed = Self.routedFlow(routedIntegration, client)
            let (isMember, routedFlow) = try await (member, routed)
            survey.isMember = isMember
            if let foundIntegration, let creation {
                survey.integration = Survey.Integration(id: foundIntegration.id, name: foundIntegration.name,
                                                        recipientID: foundIntegration.recipientID,
                                                        creation: creation, routedFlow: routedFlow)
            }
            return survey
        } catch let error as APIError {
            throw error.failure
        } catch {
            throw .unexpectedResponse("\(error)")
        }
    }

    private static func creation(_ creation: OpenIntegration.Creation) -> IntegrationCreation {
        switch creation {
        case .initiated: .inProgress
        case .completed: .completed
        case .error: .failed
        }
    }

    private static func isMember(_ userID: String?, _ queueID: String?, _ client: GenesysClient) async throws(APIError) -> Bool {
        guard let userID, let queueID else { return false }
        return try await client.isMember(userID: userID, queueID: queueID)
    }

    /// The id and name of the flow the integration's route starts now, if it starts one.
    private static func routedFlow(_ integration: OpenIntegration?, _ client: GenesysClient) async throws(APIError) -> (id: String, name: String?)? {
        guard let integration, let flow = try await client.recipient(id: integration.recipientID).flow else { return nil }
        return (flow.id, flow.name)
    }
}
