/// What is missing or wrong in the org for one step, given the answers and what a survey found. The one
/// place that says whether a step is right in the org: Verify's checks show these findings, the plan
/// decides from them, and a step left to the admin is done when it has none.
public enum Findings {
    public static func of(_ step: StepID, _ answers: Answers, _ survey: Survey) -> [Finding] {
        switch step {
        case .prerequisites:
            return []
        case .queue:
            return survey.queueID == nil ? [.queueMissing(answers.queueName)] : []
        case .member:
            var findings: [Finding] = []
            if survey.userID == nil { findings.append(.userMissing(answers.memberEmail)) }
            if survey.queueID == nil { findings.append(.queueMissing(answers.queueName)) }
            if findings.isEmpty, !survey.isMember {
                findings.append(.notAMember(email: answers.memberEmail, queue: answers.queueName))
            }
            return findings
        case .flow:
            guard let flow = survey.flow else { return [.flowMissing(answers.flowName)] }
            return flow.published ? [] : [.flowNotPublished(answers.flowName)]
        case .integration:
            return integration(answers.integrationName, survey).map { [$0] } ?? []
        case .route:
            guard let integration = survey.integration else { return [.integrationMissing(answers.integrationName)] }
            if let flow = of(.flow, answers, survey).first { return [flow] }
            // A route exists only once the integration is created: until then it is not yet "missing".
            if let notReady = Self.integration(answers.integrationName, survey) { return [notReady] }
            guard let routed = integration.routedFlow else { return [.routeMissing(integration: answers.integrationName)] }
            guard routed.id == survey.flow?.id else {
                return [.routeToOtherFlow(integration: answers.integrationName, flow: answers.flowName,
                                          current: routed.name ?? routed.id)]
            }
            return []
        case .salesforce:
            var findings: [Finding] = []
            if !survey.retrieveOptionsListsQueue { findings.append(.retrieveOptionsMissesQueue(answers.queueName)) }
            if !survey.retrieveOptionsListsIntegration {
                findings.append(.retrieveOptionsMissesIntegration(answers.integrationName))
            }
            return findings
        }
    }

    /// What keeps the integration of that name from being used, if anything.
    private static func integration(_ name: String, _ survey: Survey) -> Finding? {
        switch survey.integration?.creation {
        case nil: return .integrationMissing(name)
        case .inProgress: return .integrationNotReady(name)
        case .failed: return .integrationBroken(name)
        case .completed: return nil
        }
    }
}

/// What Automatic mode will do for each step, given the findings of its survey: pure, so the plan screen,
/// the run and the tests agree.
public enum Plan {
    /// `stale`: the step was done, then an answer it relies on changed (a different queue): what exists is
    /// made again to match, rather than reused as it is.
    /// `ownFlow`: the flow of that name is the one this setup made, so it may be published again.
    public static func action(_ step: StepID, _ answers: Answers, _ survey: Survey, stale: Bool = false,
                              ownFlow: Bool = true) -> PlanAction {
        let findings = Findings.of(step, answers, survey)
        switch step {
        case .queue:
            guard let missing = findings.first else { return .reuse }
            return answers.queueOrigin == .existing ? .blocked(missing) : .create
        case .member:
            // A queue still to be made is made first; a user cannot be.
            if let missingUser = findings.first(where: { $0 == .userMissing(answers.memberEmail) }) {
                return .blocked(missingUser)
            }
            return findings.isEmpty ? .alreadyDone : .add
        case .flow:
            guard answers.flowOrigin == .new else { return findings.first.map(PlanAction.blocked) ?? .reuse }
            guard survey.flow != nil else { return .create }
            // Someone else's flow of that name: publishing would overwrite it.
            guard ownFlow else { return .blocked(.flowNameTaken(answers.flowName)) }
            // A stale flow transfers to the old queue: publishing it again (a new version of the same flow,
            // never a second one) points it at the new queue.
            return findings.isEmpty && !stale ? .reuse : .create
        case .integration:
            guard let finding = findings.first else { return .reuse }
            if case .integrationNotReady = finding { return .awaitCreation }
            if case .integrationBroken = finding { return .blocked(finding) }
            return .create
        case .route:
            if findings.isEmpty && !stale { return .alreadyDone }
            // Binding takes the route away from another flow: the admin should know before saying yes.
            let routed = survey.integration?.routedFlow
            let other = routed.flatMap { $0.id == survey.flow?.id ? nil : $0.name ?? $0.id }
            return .bind(replacing: other)
        case .prerequisites, .salesforce:
            return .alreadyDone
        }
    }

    /// What the plan does for a step left to the admin: nothing when the org holds it, else it waits for them,
    /// saying first what is missing of that step itself.
    public static func leftToTheAdmin(_ step: StepID, _ answers: Answers, _ survey: Survey) -> PlanAction {
        let findings = Findings.of(step, answers, survey)
        guard let first = findings.first else { return .alreadyDone }
        return .blocked(findings.first { $0.step == step } ?? first)
    }
}
