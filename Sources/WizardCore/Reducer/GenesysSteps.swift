/// Verify and Automatic modes: connecting, the plan, carrying it out, and checking what the admin did.
extension Transition {
    mutating func connect() {
        guard validateFields() else { return }
        state.genesys.failure = nil
        state.genesys.busy = .connecting
        let target: ConnectionTarget = state.mode == .practice
            ? .practice
            : .org(location: state.connection.location, clientID: state.connection.clientID, secret: state.clientSecret)
        effects.append(.genesys(.connect(target)))
    }

    mutating func handleGenesys(_ event: Event) {
        switch event {
        case .tick:
            if state.genesys.busy != nil { state.genesys.spinnerFrame += 1 }
        case .genesysConnected(let name):
            state.genesys.busy = nil
            state.genesys.connectedTo = name
            // Ids found in another org mean nothing here (the names are looked up again).
            let orgName = state.mode == .practice ? "practice" : name
            if state.org.orgName != orgName {
                state.org = OrgRecord()
                state.org.orgName = orgName
            }
            let next = state.genesys.afterConnecting ?? Screen.connect.next(in: state.stepsMode) ?? .summary
            state.genesys.afterConnecting = nil
            enter(next)
        case .genesysFailed(let failure):
            if case .applying(let step) = state.genesys.busy { state.genesys.failedStep = step }
            // A job that ended in failure published nothing: R publishes again with a new one.
            if case .flowPublishFailed = failure { state.org.flowJobID = nil }
            state.genesys.busy = nil
            state.genesys.failure = failure
        case .surveyed(let survey):
            state.genesys.busy = nil
            state.genesys.survey = survey
            state.org.userID = survey.userID ?? state.org.userID
            // A plan starts from what exists: a step recorded as finished (by hand, or before the org
            // changed) whose object is not there is done again.
            for step in StepID.genesysSteps where state.status(step).isFinished {
                switch state.planAction(step, survey) {
                case .reuse, .alreadyDone: state.org.adopt(step, from: survey)
                default: state.statuses[step] = .inProgress
                }
            }
        case .applied(let step, let result):
            state.org.merge(result.ids)
            state.org.creating = nil
            if step == .flow && result.finished { state.org.flowJobID = nil }
            guard result.finished else {
                // The object exists: its id is saved, and no create is pending any more, before the wait,
                // which can be long. A run stopped meanwhile neither makes it again nor loses track of it.
                state.genesys.reusedBeforeTheWait = result.reused
                effects += [.save(state.checkpoint), .genesys(.apply(step, state.setupTargets, lookUpFirst: false))]
                return
            }
            complete(step, reused: state.genesys.reusedBeforeTheWait ?? result.reused)
            state.genesys.reusedBeforeTheWait = nil
            runPlan()
        case .checked(let step, let findings, let ids):
            state.genesys.busy = nil
            state.org.merge(ids)
            if findings.isEmpty {
                record(step)
            } else {
                state.genesys.findings = findings
            }
        default:
            break
        }
    }

    /// Looks up what exists before anything is planned (entering the plan, or R after a failed look-up).
    mutating func startSurvey() {
        guard state.genesys.connected else { return }
        state.genesys.failure = nil
        state.genesys.failedStep = nil
        state.genesys.survey = nil
        state.genesys.reusedBeforeTheWait = nil
        state.genesys.busy = .surveying
        effects.append(.genesys(.survey(state.setupTargets)))
    }

    /// Carries out the plan from the first step not yet finished: records at once what needs no call,
    /// stops at what is blocked, and sends one step's work at a time (each relies on the one before).
    mutating func runPlan() {
        guard let survey = state.genesys.survey else { return }
        state.genesys.failure = nil
        state.genesys.failedStep = nil
        let unfinished = StepID.genesysSteps.filter { !state.status($0).isFinished }
        // Nothing starts while a later step cannot be done: no half-made setup.
        for step in unfinished {
            if case .blocked(let finding) = state.planAction(step, survey) {
                state.genesys.busy = nil
                state.genesys.failure = .blocked(finding)
                return
            }
        }
        for step in unfinished {
            let action = state.planAction(step, survey)
            switch action {
            case .blocked:
                return
            case .reuse where step != .integration || survey.integrationReady, .alreadyDone:
                let made = state.org.madeByThisSetup(step, from: survey)
                state.org.adopt(step, from: survey)
                if state.org.creating == step { state.org.creating = nil }
                complete(step, reused: !made)
            default:
                if action == .reuse {
                    // An integration still being prepared: waited for, then done or reused as found here.
                    state.genesys.reusedBeforeTheWait = !state.org.madeByThisSetup(step, from: survey)
                    state.org.adopt(step, from: survey)
                }
                // A create whose intent was already saved may have happened: the work looks it up first.
                let lookUpFirst = state.org.creating == step
                // An integration whose id is known is waited for (or, gone, looked up first): no create pends.
                if action == .create, !(step == .integration && state.org.integrationID != nil) { state.org.creating = step }
                state.genesys.busy = .applying(step)
                // The checkpoint with the intent comes before the work: a run stopped in between then knows
                // to look for what it made.
                effects += [.save(state.checkpoint), .genesys(.apply(step, state.setupTargets, lookUpFirst: lookUpFirst))]
                return
            }
        }
        state.genesys.busy = nil
    }

    private mutating func complete(_ step: StepID, reused: Bool) {
        state.confirmed[step] = step.fingerprint(state.answers)
        if !state.status(step).isFinished { state.statuses[step] = reused ? .skipped : .done }
        if step == .route { state.answers.routeToTheFlowAndIntegration() }
    }

    /// R after a failure: the failed step again, or the look-up again.
    mutating func retryGenesys() {
        if state.genesys.failedStep != nil, state.genesys.survey != nil {
            runPlan()
        } else {
            startSurvey()
        }
    }

    /// G after a failure: the admin does that one step by hand, on its guided screen; the plan then goes on
    /// with the others. The intent stays, so the plan still looks for what the failed attempt may have made.
    mutating func switchToGuided() {
        guard let step = state.genesys.failedStep else { return }
        state.manualSteps.insert(step)
        enter(.step(step))
    }
}

extension WizardState {
    /// What the plan does for a step, given the survey and whether the step went stale.
    public func planAction(_ step: StepID, _ survey: Survey) -> PlanAction {
        guard !manualSteps.contains(step) else {
            // Left to the admin: done if it exists; otherwise the plan waits for them.
            let exists: Bool
            switch step {
            case .queue: exists = survey.queueID != nil
            case .member: exists = survey.isMember
            case .flow: exists = survey.flowID != nil && survey.flowPublished
            case .integration: exists = survey.integrationReady
            case .route: exists = survey.routedFlowID != nil && survey.routedFlowID == survey.flowID
            case .prerequisites, .salesforce: exists = true
            }
            return exists ? .alreadyDone : .blocked(Plan.missing(step, answers))
        }
        // The wizard's own flow: the one it made (its id is known, or its publishing was under way).
        let ownFlow = org.madeByThisSetup(.flow, from: survey)
        return Plan.action(step, answers, survey, stale: status(step) == .stale, ownFlow: ownFlow)
    }

    /// The answers and known ids, as the Genesys work needs them.
    public var setupTargets: SetupTargets {
        SetupTargets(queueName: answers.queueName, queueMustExist: answers.queueOrigin == .existing,
                     memberEmail: answers.memberEmail, flowName: answers.flowName,
                     flowMustExist: answers.flowOrigin == .existing, integrationName: answers.integrationName,
                     webhookURL: answers.webhookURL, signatureToken: secretToken, known: org)
    }
}

extension StepID {
    /// Whether Enter on this step's screen checks the org first: every Genesys step in Verify mode, and
    /// Salesforce (what Retrieve Options will list) in every mode that talks to the org.
    func isChecked(in mode: Mode) -> Bool {
        switch mode {
        case .guided: return false
        case .verify: return self != .prerequisites
        // (Practice is carried out as Automatic or Verify: see `WizardState.stepsMode`.)
        case .automatic, .practice: return self == .salesforce
        }
    }
}

extension OrgRecord {
    mutating func merge(_ other: OrgRecord) {
        userID = other.userID ?? userID
        queueID = other.queueID ?? queueID
        flowID = other.flowID ?? flowID
        integrationID = other.integrationID ?? integrationID
        recipientID = other.recipientID ?? recipientID
        flowJobID = other.flowJobID ?? flowJobID
    }

    /// Whether the object a survey found for `step` was made by this setup, by an earlier run that stopped
    /// before the step was done: its id was recorded (an integration's, before the wait), or its create was
    /// under way (sent only because the survey before it found none of that name).
    func madeByThisSetup(_ step: StepID, from survey: Survey) -> Bool {
        let found: String?, recorded: String?
        switch step {
        case .queue: (found, recorded) = (survey.queueID, queueID)
        case .flow: (found, recorded) = (survey.flowID, flowID)
        case .integration: (found, recorded) = (survey.integrationID, integrationID)
        case .prerequisites, .member, .route, .salesforce: return false
        }
        guard let found else { return false }
        return found == recorded || creating == step || (step == .flow && flowJobID != nil)
    }

    /// Takes, as the setup's own, the object a survey found for a step that is reused as it is.
    mutating func adopt(_ step: StepID, from survey: Survey) {
        switch step {
        case .queue: queueID = survey.queueID
        case .flow: (flowID, flowJobID) = (survey.flowID, nil)
        case .integration: (integrationID, recipientID) = (survey.integrationID, survey.recipientID)
        case .prerequisites, .member, .route, .salesforce: break
        }
    }
}

/// What Automatic mode will do for each step, given what the survey found: pure, so the plan screen, the
/// run and the tests agree.
public enum Plan {
    /// `stale`: the step was done, then an answer it relies on changed (a different queue): what exists is
    /// made again to match, rather than reused as it is.
    /// `ownFlow`: the flow of that name is the one this setup made, so it may be published again.
    public static func action(_ step: StepID, _ answers: Answers, _ survey: Survey, stale: Bool = false,
                              ownFlow: Bool = true) -> PlanAction {
        switch step {
        case .queue:
            if survey.queueID != nil { return .reuse }
            return answers.queueOrigin == .existing ? .blocked(.queueMissing(answers.queueName)) : .create
        case .member:
            guard survey.userID != nil else { return .blocked(.userMissing(answers.memberEmail)) }
            return survey.isMember ? .alreadyDone : .add
        case .flow:
            guard answers.flowOrigin == .new else {
                if survey.flowID == nil { return .blocked(.flowMissing(answers.flowName)) }
                return survey.flowPublished ? .reuse : .blocked(.flowNotPublished(answers.flowName))
            }
            guard survey.flowID != nil else { return .create }
            // Someone else's flow of that name: publishing would overwrite it.
            guard ownFlow else { return .blocked(.flowNameTaken(answers.flowName)) }
            // A stale flow transfers to the old queue: publishing it again (a new version of the same flow,
            // never a second one) points it at the new queue.
            return survey.flowPublished && !stale ? .reuse : .create
        case .integration:
            if survey.integrationBroken { return .blocked(.integrationBroken(answers.integrationName)) }
            return survey.integrationID != nil ? .reuse : .create
        case .route:
            let flowStays = survey.flowID != nil && survey.flowPublished
            if flowStays && survey.routedFlowID == survey.flowID && !stale { return .alreadyDone }
            // Binding takes the route away from another flow: the admin should know before saying yes.
            let other = survey.routedFlowID.flatMap { $0 == survey.flowID ? nil : survey.routedFlowName ?? $0 }
            return .bind(replacing: other)
        case .prerequisites, .salesforce:
            return .alreadyDone
        }
    }

    /// What is missing when a step left to the admin is not found in the org.
    static func missing(_ step: StepID, _ answers: Answers) -> Finding {
        switch step {
        case .queue, .prerequisites, .salesforce: return .queueMissing(answers.queueName)
        case .member: return .notAMember(email: answers.memberEmail, queue: answers.queueName)
        case .flow: return .flowMissing(answers.flowName)
        case .integration: return .integrationMissing(answers.integrationName)
        case .route: return .routeMissing(integration: answers.integrationName)
        }
    }
}
