import TextCoding

extension Transition {
    /// Back never validates: what was typed stays, right or wrong, and the user moves freely.
    mutating func goBack() {
        switch state.screen {
        case .welcome:
            state.overlay = .confirmQuit
        case .plan where state.genesys.failure != nil:
            // Back to where the problem can be mended: the step that blocks, or the one that failed.
            if case .blocked(let finding) = state.genesys.failure {
                enter(.step(finding.step))
            } else {
                enter(.step(state.genesys.failedStep ?? .route))
            }
        case .connect, .step, .plan, .testMessage, .summary:
            if let previous = state.screen.previous(in: state.mode) { enter(previous) }
        case .undo:
            leaveUndo()
        }
    }

    /// Goes to `target`, by way of the connection screen when the mode talks to an org not yet connected.
    mutating func enterThroughConnection(_ target: Screen) {
        if state.mode.usesGenesys && !state.genesys.connected {
            state.genesys.afterConnecting = target
            enter(.connect)
        } else {
            enter(target)
        }
    }

    mutating func goNext() {
        switch state.screen {
        case .welcome:
            if !state.hasProgress || state.resumeChoice == 0 {
                enterThroughConnection(state.resumeScreen)
            } else {
                state.overlay = .confirmStartOver
            }
        case .connect:
            connect()
        case .plan:
            if state.genesysStepsFinished {
                if let next = state.screen.next(in: state.mode) { enter(next) }
            } else {
                runPlan()
            }
        case .step(let step):
            finish(step)
        case .testMessage:
            if state.hasTestResult { goOn() } else { sendTestMessage() }
        case .summary:
            quit()
        case .undo:
            advanceUndo()
        }
    }

    /// The screen after this one, in the mode's order.
    mutating func goOn() {
        if let next = state.screen.next(in: state.mode) { enter(next) }
    }

    /// Trims and validates the screen's fields; false (with the errors shown) when one is wrong.
    /// `ignoring`: a field not asked for yet (the tick of a step the wizard is about to make).
    mutating func validateFields(ignoring ignored: FieldID? = nil) -> Bool {
        for field in state.fields {
            if field.kind == .text { state[text: field] = state[text: field].trimmedSpaces }
        }
        var issues: [FieldID: ValidationIssue] = [:]
        for field in state.fields where field != ignored {
            if let issue = Validation.check(field, in: state) { issues[field] = issue }
        }
        guard issues.isEmpty else {
            state.errors = issues
            if let first = state.fields.firstIndex(where: { issues[$0] != nil }) { focus(first) }
            return false
        }
        return true
    }

    /// Validates the step's fields; when all are right, checks the org (Verify) or records the step and
    /// moves on.
    mutating func finish(_ step: StepID) {
        guard validateFields() else { return }
        if state.genesys.connected, step.isChecked(in: state.mode) {
            state.genesys.phase = .working(.checking(step))
            effects.append(.genesys(.check(step, state.setupTargets)))
            return
        }
        record(step)
    }

    /// Records a step whose answers are accepted (and, in Verify mode, checked), then shows the next screen.
    mutating func record(_ step: StepID) {
        // Accepted regardless of case; kept as steps 4 and 5 wrote them, for the summary.
        if step == .route { state.answers.routeToTheFlowAndIntegration() }
        let fingerprint = step.fingerprint(state.answers)
        // Names compare as Genesys compares them, ignoring case: the org's spelling taken over a typed one
        // ("atención" → "Atención") is the same answer, and makes nothing stale.
        let sameAsConfirmed = state.confirmed[step].map { $0.lowercased() == fingerprint.lowercased() }
        if sameAsConfirmed == false {
            let madeStale = step.dependents.filter { state.status($0).isFinished }
            for dependent in madeStale {
                state.statuses[dependent] = .stale
                // What was confirmed no longer holds: the user confirms it again after checking.
                state.answers[keyPath: dependent.confirmation] = false
            }
            if !madeStale.isEmpty { state.notice = .madeStale(step, madeStale) }
        }
        let unchanged = sameAsConfirmed == true && state.status(step).isFinished
        state.confirmed[step] = fingerprint
        if state.isDoneByTheWizard(step) {
            // Answered, not yet done: the plan does it.
            // A stale step stays stale: the plan then makes it again rather than reusing what is there.
            if !unchanged && state.status(step) != .stale { state.statuses[step] = .inProgress }
        } else {
            state.statuses[step] = step.reusesExisting(state.answers) ? .skipped : .done
        }
        if let next = state.screen.next(in: state.mode) { enter(next) }
    }

    /// Shows a screen: focus on its first field, suggested values filled in where a field is still empty.
    mutating func enter(_ screen: Screen) {
        state.screen = screen
        state.errors = [:]
        state.secretRevealed = false
        // What a check found, or why the work failed, was about the screen left (the plan looks again).
        state.genesys.phase = .idle
        if screen == .plan {
            // The webhook token is never saved: a resumed run that goes straight to the plan needs a new one.
            if state.secretToken.isEmpty { effects.append(.generateSecretToken) }
            startSurvey()
        }
        if screen == .testMessage, state.answers.testMessageText.isEmpty {
            state.answers.testMessageText = Texts.for(state.language).testMessage.suggestedText
        }
        if case .step(let step) = screen {
            if state.status(step) == .pending { state.statuses[step] = .inProgress }
            fillSuggestions(for: step)
            // A value too long for Genesys (from a checkpoint edited by hand, or an older version) is said at once.
            for field in step.fields {
                if let tooLong = Validation.lengthIssue(field, in: state) { state.errors[field] = tooLong }
            }
        }
        // A resume goes back to the field the user was in when they quit, once it reaches that screen.
        if let field = state.saved.resumeFocus, let index = state.fields.firstIndex(of: field) {
            focus(index)
            state.saved.resumeFocus = nil
        } else {
            focus(0)
        }
    }

    private mutating func fillSuggestions(for step: StepID) {
        let texts = Texts.for(state.language)
        switch step {
        case .queue:
            if state.answers.queueOrigin == .new, state.answers.queueName.isEmpty {
                state.answers.queueName = texts.suggestions.queueName
            }
        case .flow:
            if state.answers.flowOrigin == .new, state.answers.flowName.isEmpty {
                state.answers.flowName = texts.suggestions.flowName
            }
        case .integration:
            if state.answers.integrationName.isEmpty { state.answers.integrationName = texts.suggestions.integrationName }
            if state.answers.webhookURL.isEmpty { state.answers.webhookURL = Texts.suggestedWebhookURL }
            if state.secretToken.isEmpty { effects.append(.generateSecretToken) }
        case .route:
            // A stale route follows the new flow and integration; otherwise only empty fields are filled.
            let refresh = state.status(.route) == .stale
            if refresh || state.answers.routeFlow.isEmpty { state.answers.routeFlow = state.answers.flowName }
            if refresh || state.answers.routeAddress.isEmpty { state.answers.routeAddress = state.answers.integrationName }
        case .member:
            if state.mode.isPractice, state.answers.memberEmail.isEmpty {
                state.answers.memberEmail = PracticeDefaults.memberEmail
            }
        case .prerequisites, .salesforce:
            break
        }
    }

    mutating func moveFocus(by delta: Int) {
        let count = state.fields.count
        guard count > 0 else { return }
        focus((state.focus + delta + count) % count)
    }

    mutating func focus(_ index: Int) {
        state.focus = index
        state.cursor = state.focusedField.map { state[text: $0].count } ?? 0
    }
}

extension Answers {
    /// The route binds the flow and the integration of steps 4 and 5, named as those steps wrote them.
    mutating func routeToTheFlowAndIntegration() {
        routeFlow = flowName
        routeAddress = integrationName
    }
}

extension StepID {
    /// The answers of this step that later steps rely on, as one comparable string. The token is left out:
    /// no later step depends on it.
    public func fingerprint(_ answers: Answers) -> String {
        switch self {
        case .prerequisites, .salesforce: return ""
        case .queue: return "\(answers.queueOrigin.rawValue)|\(answers.queueName)"
        case .member: return "\(answers.memberOrigin.rawValue)|\(answers.memberEmail)"
        case .flow: return "\(answers.flowOrigin.rawValue)|\(answers.flowName)"
        case .integration: return "\(answers.integrationName)|\(answers.webhookURL)"
        case .route: return "\(answers.routeFlow)|\(answers.routeAddress)"
        }
    }

    /// True when the step used something that already existed, so it finishes as skipped, not done.
    public func reusesExisting(_ answers: Answers) -> Bool {
        switch self {
        case .queue: return answers.queueOrigin == .existing
        case .member: return answers.memberOrigin == .existing
        case .flow: return answers.flowOrigin == .existing
        case .prerequisites, .integration, .route, .salesforce: return false
        }
    }

    /// The checkbox that confirms the step's last action: unticked when the step becomes stale.
    var confirmation: WritableKeyPath<Answers, Bool> {
        switch self {
        case .prerequisites: return \.packageInstalled
        case .queue: return \.queueDone
        case .member: return \.memberDone
        case .flow: return \.flowDone
        case .integration: return \.integrationDone
        case .route: return \.routeDone
        case .salesforce: return \.salesforceRetrieveOptions
        }
    }

    /// The checkbox by which the user says the step is done, if it has one.
    public var doneField: FieldID? {
        switch self {
        case .queue: return .queueDone
        case .member: return .memberDone
        case .flow: return .flowDone
        case .integration: return .integrationDone
        case .route: return .routeDone
        case .prerequisites, .salesforce: return nil
        }
    }
}
