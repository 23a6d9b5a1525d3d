/// Verify and Automatic modes: connecting, the plan, carrying it out, and checking what the admin did.
extension Transition {
    mutating func connect() {
        guard validateFields() else { return }
        state.genesys.phase = .working(.connecting)
        let target: ConnectionTarget = state.mode.isPractice
            ? .practice
            : .org(location: state.connection.location, clientID: state.connection.clientID, secret: state.clientSecret)
        effects.append(.genesys(.connect(target)))
    }

    mutating func handleGenesys(_ event: Event) {
        switch event {
        case .tick:
            if state.genesys.busy != nil { state.genesys.spinnerFrame += 1 }
        case .genesysConnected(let name, let practiceOrg):
            let orgName = state.mode.isPractice ? "practice" : name
            // What this setup made in its org is not forgotten for another one: its undo, and any undo's
            // removals, act on the setup's own org only.
            if let recorded = state.org.orgName, recorded != orgName, state.saved.hasWorkInItsOrg {
                state.genesys.phase = .failed(.setupInAnotherOrg(recorded: recorded, connected: name), step: nil)
                // The service now holds the refused org's login: nothing may be done through it (F6, a plan)
                // as if the wizard were still connected where it was.
                state.genesys.connectedTo = nil
                state.genesys.connectedToPracticeOrg = false
                return
            }
            state.genesys.phase = .idle
            state.genesys.connectedTo = name
            state.genesys.connectedToPracticeOrg = practiceOrg
            // Ids found in another org mean nothing here (the names are looked up again).
            if state.org.orgName != orgName {
                state.org = OrgRecord()
                state.org.orgName = orgName
            }
            let next = state.genesys.afterConnecting ?? Screen.connect.next(in: state.mode) ?? .summary
            state.genesys.afterConnecting = nil
            enter(next)
            // A test conversation that a stopped run left in a queue is ended at once, before an agent is
            // offered it (an undo's own removal of it is then already done).
            if let open = state.saved.testMessage, open.outcome == nil, next != .undo {
                effects.append(.genesys(.endTestConversation(open.conversationID)))
            }
        case .genesysFailed(let failure):
            // A job that ended in failure published nothing: R publishes again with a new one.
            if case .flowPublishFailed = failure { state.org.flowJobID = nil }
            var awaited: Bool?
            if case .awaiting(_, let reused) = state.genesys.phase { awaited = reused }
            state.genesys.phase = .failed(failure, step: state.genesys.busy.flatMap(\.appliedStep), reusedBeforeTheWait: awaited)
        case .surveyed(let survey):
            state.genesys.phase = .idle
            state.genesys.survey = survey
            state.org.userID = survey.userID ?? state.org.userID
            state.answers.adoptSpelling(from: survey)
            // A plan starts from what exists: a step recorded as finished (by hand, or before the org
            // changed) whose object is not there is done again.
            for step in StepID.genesysSteps where state.status(step).isFinished {
                switch state.planAction(step, survey) {
                case .reuse, .alreadyDone: state.org.adopt(step, from: survey)
                case .create, .add, .bind, .awaitCreation, .blocked: state.statuses[step] = .inProgress
                }
            }
        case .applied(let step, let result):
            state.org.merge(result.ids)
            state.org.creating = nil
            if step == .flow && result.finished { state.org.flowJobID = nil }
            guard result.finished else {
                // The object exists: its id is saved, and no create is pending any more, before the wait,
                // which can be long. A run stopped meanwhile neither makes it again nor loses track of it.
                state.genesys.phase = .awaiting(step, reused: result.reused)
                effects += [.save(state.saved), .genesys(.apply(step, state.setupTargets, lookUpFirst: false))]
                return
            }
            var reused = result.reused
            // Waiting makes nothing: whether it was made is for the call that found or made it to say.
            if case .awaiting(step, let found) = state.genesys.phase { reused = found }
            state.genesys.phase = .idle
            // What an undo may remove: made here, through the API, and nothing that was reused.
            if reused { state.org.made[step] = nil } else { state.org.noteMade(step) }
            guard state.mode.appliesItself else {
                // Made for the admin in Practice + Verify: ticked and checked as if they had clicked.
                state.answers[keyPath: step.confirmation] = true
                finish(step)
                return
            }
            complete(step, reused: reused)
            runPlan()
        case .checked(let step, let survey):
            state.org.merge(survey.ids)
            state.answers.adoptSpelling(from: survey)
            let findings = Findings.of(step, state.answers, survey)
            if case .lookingBeforeMaking(step) = state.genesys.phase {
                guard findings.isEmpty else {
                    make(step, as: state.planAction(step, survey))
                    return
                }
                // Already right in the org: ticked as done, as the admin would.
                state.answers[keyPath: step.confirmation] = true
            }
            if findings.isEmpty {
                state.genesys.phase = .idle
                record(step)
                // The API gives a flow's name and whether it is published, not where it transfers: said plainly
                // (unless steps were just made stale: that matters more).
                if step == .flow, state.answers.flowOrigin == .existing, state.notice == nil {
                    state.notice = .flowQueueNotChecked(queue: state.answers.queueName)
                }
            } else {
                state.genesys.phase = .found(findings)
            }
        case .key, .resized, .pasted, .replaced, .secretTokenGenerated, .checkpointSaved, .checkpointSaveFailed, .summaryWritten,
             .summaryWriteFailed, .damagedCheckpointSetAside, .checkpointArchived, .searched, .searchFailed,
             .practiceOrgReset, .testMessageSent, .testMessageFollowed, .removed, .testConversationEnded:
            break
        }
    }

    /// Looks up what exists before anything is planned (entering the plan, or R after a failed look-up).
    mutating func startSurvey() {
        guard state.genesys.connected else { return }
        state.genesys.survey = nil
        state.genesys.phase = .working(.surveying)
        effects.append(.genesys(.survey(state.setupTargets)))
    }

    /// Carries out the plan from the first step not yet finished: records at once what needs no call,
    /// stops at what is blocked, and sends one step's work at a time (each relies on the one before).
    mutating func runPlan() {
        guard let survey = state.genesys.survey else { return }
        // A wait that failed is taken up again knowing what it knew.
        var awaited: (step: StepID, reused: Bool)?
        if case .failed(_, let step?, let reused?) = state.genesys.phase { awaited = (step, reused) }
        state.genesys.phase = .idle
        let unfinished = StepID.genesysSteps.filter { !state.status($0).isFinished }
        // Nothing starts while a later step cannot be done: no half-made setup.
        for step in unfinished {
            if case .blocked(let finding) = state.planAction(step, survey) {
                state.genesys.phase = .failed(.blocked(finding), step: nil)
                return
            }
        }
        for step in unfinished {
            let action = state.planAction(step, survey)
            switch action {
            case .blocked:
                return
            case .reuse, .alreadyDone:
                let made = state.org.madeByThisSetup(step, from: survey)
                state.org.adopt(step, from: survey)
                if state.org.creating == step { state.org.creating = nil }
                if made { state.org.noteMade(step) } else { state.org.made[step] = nil }
                complete(step, reused: !made)
            case .awaitCreation:
                // Being prepared by Genesys: waited for, then done or reused as found here.
                state.genesys.phase = .awaiting(step, reused: !state.org.madeByThisSetup(step, from: survey))
                state.org.adopt(step, from: survey)
                send(step, lookUpFirst: state.org.creating == step)
                return
            case .create, .add, .bind:
                let lookUpFirst = noteIntent(step, action)
                if let awaited, awaited.step == step {
                    state.genesys.phase = .awaiting(step, reused: awaited.reused)
                } else {
                    state.genesys.phase = .working(.applying(step))
                }
                send(step, lookUpFirst: lookUpFirst)
                return
            }
        }
    }

    /// Records the intent of a create before it is sent; returns whether the work should look the object up
    /// first (a create whose intent was already saved may have happened). An integration whose id is known is
    /// waited for (or, gone, looked up first): no create pends for it.
    private mutating func noteIntent(_ step: StepID, _ action: PlanAction) -> Bool {
        let lookUpFirst = state.org.creating == step
        if action == .create, !(step == .integration && state.org.integrationID != nil) { state.org.creating = step }
        return lookUpFirst
    }

    /// Sends one step's work, after the checkpoint: a run stopped in between then knows to look for what it
    /// made.
    private mutating func send(_ step: StepID, lookUpFirst: Bool) {
        effects += [.save(state.saved), .genesys(.apply(step, state.setupTargets, lookUpFirst: lookUpFirst))]
    }

    private mutating func complete(_ step: StepID, reused: Bool) {
        state.confirmed[step] = step.fingerprint(state.answers)
        if !state.status(step).isFinished { state.statuses[step] = reused ? .skipped : .done }
        if step == .route { state.answers.routeToTheFlowAndIntegration() }
    }

    /// F6 in Practice + Verify: the step is made on the practice org through the API, as the admin would make
    /// it by hand there if it had pages to click in; then it is checked like any other.
    /// It first reads the step's facts, and makes only what the plan would make from them: never over a flow
    /// this setup did not make, never a queue said to exist already.
    mutating func makeItForMe() {
        guard case .step(let step) = state.screen, let done = step.doneField,
              validateFields(ignoring: done) else { return }
        state.genesys.phase = .lookingBeforeMaking(step)
        effects.append(.genesys(.check(step, state.setupTargets)))
    }

    /// What F6 does once the step's facts are read and the step is not right yet: the plan's action for it.
    private mutating func make(_ step: StepID, as action: PlanAction) {
        switch action {
        case .blocked(let finding):
            state.genesys.phase = .found([finding])
        case .create, .add, .bind, .awaitCreation, .reuse, .alreadyDone:
            let lookUpFirst = noteIntent(step, action)
            state.genesys.phase = .working(.applying(step))
            effects += [.save(state.saved), .genesys(.apply(step, state.setupTargets, lookUpFirst: lookUpFirst))]
        }
    }

    /// R after a failure: the failed step again, or the look-up again.
    mutating func retryGenesys() {
        if state.genesys.failedStep != nil, state.genesys.survey != nil {
            runPlan()
        } else {
            startSurvey()
        }
    }

    /// G after a failure: the admin does the failed step by hand, on its guided screen, and the plan goes on
    /// with the others (the intent stays, so the plan still looks for what the failed attempt may have made);
    /// or a step left to the admin, which the plan waits for, goes back to the wizard.
    mutating func toggleByHand() {
        switch state.byHandChoice {
        case .leaveToTheAdmin(let step)?:
            state.manualSteps.insert(step)
            enter(.step(step))
        case .giveBackToTheWizard?:
            state.manualSteps = []
            runPlan()
        case nil:
            break
        }
    }
}

extension GenesysBusy {
    /// The step whose work this is, when it is a step's work (a failure then offers to retry it).
    var appliedStep: StepID? {
        if case .applying(let step) = self { return step }
        return nil
    }
}

extension WizardState {
    /// Whether F6 (make it for me) is offered: Verify on a practice org (the wizard's own, or a trainer's room
    /// reached by address), on a step of Genesys's, connected.
    public var canMakeItForMe: Bool {
        guard saved.mode.how == .verify, onPracticeOrg, genesys.connected, case .step(let step) = screen else { return false }
        return StepID.genesysSteps.contains(step)
    }

    /// Whether the org has no admin pages to click in: the practice org this run starts, or one that says it
    /// is a practice org (a trainer's room reached by address).
    var onPracticeOrg: Bool { saved.mode.isPractice || genesys.connectedToPracticeOrg }

    /// What G offers on the plan now. A practice org (the wizard's own, or a trainer's room) has no admin
    /// pages to click in, so a step is never left to the admin there; one left to the admin elsewhere can
    /// always be given back.
    public var byHandChoice: ByHandChoice? {
        guard screen == .plan, let failure = genesys.failure else { return nil }
        // Blocked while steps are left to the admin: G gives them back (the finding may be of a step before
        // them, which waits on them too).
        if case .blocked(let finding) = failure, let first = saved.manualSteps.sorted().first {
            return .giveBackToTheWizard(saved.manualSteps.contains(finding.step) ? finding.step : first)
        }
        guard let step = genesys.failedStep, !onPracticeOrg else { return nil }
        return .leaveToTheAdmin(step)
    }

    /// What the plan does for a step, given the survey and whether the step went stale.
    public func planAction(_ step: StepID, _ survey: Survey) -> PlanAction {
        if saved.manualSteps.contains(step) { return Plan.leftToTheAdmin(step, saved.answers, survey) }
        // The wizard's own flow: the one it made (its id is known, or its publishing was under way).
        let ownFlow = saved.org.madeByThisSetup(.flow, from: survey)
        return Plan.action(step, saved.answers, survey, stale: status(step) == .stale, ownFlow: ownFlow)
    }

    /// The answers and known ids, as the Genesys work needs them.
    public var setupTargets: SetupTargets {
        SetupTargets(queueName: saved.answers.queueName, queueMustExist: saved.answers.queueOrigin == .existing,
                     memberEmail: saved.answers.memberEmail, flowName: saved.answers.flowName,
                     flowMustExist: saved.answers.flowOrigin == .existing, integrationName: saved.answers.integrationName,
                     webhookURL: saved.answers.webhookURL, signatureToken: secretToken, known: saved.org)
    }
}

extension StepID {
    /// Whether Enter on this step's screen checks the org first: every Genesys step in Verify mode, and
    /// Salesforce (what Retrieve Options will list) in every mode that talks to the org.
    func isChecked(in mode: Mode) -> Bool {
        switch mode.how {
        case .guided: return false
        case .verify: return self != .prerequisites
        case .automatic: return self == .salesforce
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
        // What the route started before this setup first bound it: a later bind finds its own flow there.
        routeBefore = routeBefore ?? other.routeBefore
    }

    /// Whether the object a survey found for `step` was made by this setup, by an earlier run that stopped
    /// before the step was done: its id was recorded (an integration's, before the wait), or its create was
    /// under way (sent only because the survey before it found none of that name).
    func madeByThisSetup(_ step: StepID, from survey: Survey) -> Bool {
        let found: String?, recorded: String?
        switch step {
        case .queue: (found, recorded) = (survey.queueID, queueID)
        case .flow: (found, recorded) = (survey.flow?.id, flowID)
        case .integration: (found, recorded) = (survey.integration?.id, integrationID)
        case .prerequisites, .member, .route, .salesforce: return false
        }
        guard let found else { return false }
        return found == recorded || creating == step || (step == .flow && flowJobID != nil)
    }

    /// Takes, as the setup's own, the object a survey found for a step that is reused as it is.
    mutating func adopt(_ step: StepID, from survey: Survey) {
        switch step {
        case .queue: queueID = survey.queueID
        case .flow: (flowID, flowJobID) = (survey.flow?.id, nil)
        case .integration: (integrationID, recipientID) = (survey.integration?.id, survey.integration?.recipientID)
        case .prerequisites, .member, .route, .salesforce: break
        }
    }
}

extension Answers {
    /// Takes the org's spelling of the names it found (the look-ups ignore case), so that the plan, the flow's
    /// queue, the summary and the Salesforce step say "Atención al Cliente" as the org does, not as typed.
    mutating func adoptSpelling(from survey: Survey) {
        func adopt(_ found: String?, into name: inout String) {
            if let found, found != name, found.lowercased() == name.lowercased() { name = found }
        }
        adopt(survey.queueName, into: &queueName)
        adopt(survey.flow?.name, into: &flowName)
        adopt(survey.integration?.name, into: &integrationName)
    }
}
