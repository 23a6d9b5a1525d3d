import WizardCore

/// What the line mode says: each screen once when it is shown, then only what changes.
extension LineWizard {
    /// Says what changed between the state last told and `new` (the session's state now).
    func tell(_ new: WizardState) {
        let old = told
        told = new
        if let failure = new.unsavedBecause, failure != old.unsavedBecause {
            console.say(words.error(texts.notices.unsaved(failure)))
        } else if new.unsavedBecause == nil && old.unsavedBecause != nil {
            console.say(words.savedAgain)
        }
        let busyChanged = new.genesys.busy != old.genesys.busy
        if busyChanged, old.genesys.busy != nil, waitMentioned > 0, let started = waitStarted {
            console.say(words.finishedAfter(Int((ContinuousClock.now - started).components.seconds)))
        }
        if let name = new.genesys.connectedTo, name != old.genesys.connectedTo {
            console.say(texts.genesys.connectedTo(name))
        }
        if new.screen != old.screen {
            mending = false
            modesDescribed = nil
            tellScreen()
        }
        if new.overlay != old.overlay { tellOverlay() }
        if let failure = new.genesys.failure, failure != old.genesys.failure {
            console.say(words.error(texts.genesys.failure(failure)))
        }
        if new.genesys.findings != old.genesys.findings {
            for finding in new.genesys.findings { console.say(words.error(texts.genesys.finding(finding))) }
        }
        if new.screen == .plan { tellPlanProgress(old, new) }
        if new.hasTestResult && !old.hasTestResult { tellTestResult() }
        if new.screen == .undo { tellUndoProgress(old, new) }
        for field in new.fields {
            if let issue = new.errors[field], issue != old.errors[field] { sayError(field, issue) }
        }
        // Last: what starts now comes after what the event finished (a plan's step, then the next one's work).
        if busyChanged {
            waitMentioned = 0
            waitStarted = new.genesys.busy == nil ? nil : .now
            if let busy = new.genesys.busy { console.say(texts.genesys.busy(busy, new.answers)) }
        }
    }

    /// The notice the events of one answer left, once they are all in: one that the next event replaced
    /// ("starting over", then where the old progress was kept) is never said.
    func tellNotice(after before: Notice?) {
        guard let notice = state.notice, notice != before else { return }
        let text = words.notice(notice) ?? texts.notices.notice(notice)
        switch notice {
        // A value asked to be copied is printed as it is; "copied" would say nothing more.
        case .copied: return
        case .summaryFailed, .practiceOrgNotReset, .pasteRefused: console.say(words.error(text))
        case .madeStale, .nothingToCopy, .tokenGenerated, .summaryWritten, .backupRestored, .startedOver, .damagedSetAside,
             .flowQueueNotChecked, .pasteNeedsATextField, .secretNotCopied:
            console.say(text)
        }
    }

    func sayError(_ field: FieldID, _ issue: ValidationIssue) {
        let mend = words.mend(field, issue).map { " " + $0 } ?? ""
        console.say(words.error(texts.fields.fieldLabel(field) + ": " + texts.fields.issue(field, issue) + mend))
    }

    /// What a question over the screen is about, once, when it is asked: the question itself follows.
    func tellOverlay() {
        switch state.overlay {
        case .damagedCheckpoint(let damaged)?:
            let backup = damaged.backup == nil ? texts.dialogs.damagedWithoutBackup : texts.dialogs.damagedWithBackup
            console.say(words.error(texts.dialogs.damagedTitle))
            (texts.dialogs.damagedBody(damaged.problem) + [backup]).forEach(console.say)
        case .confirmStartOver?:
            let practice = state.mode.isPractice ? [texts.genesys.startOverPractice] : []
            (texts.dialogs.startOverBody(state.context.checkpointPath) + practice).forEach(console.say)
        case .confirmStopUndo?:
            texts.undo.stopBody.forEach(console.say)
        case .confirmQuit?:
            console.say(texts.dialogs.quitBody(state.context.checkpointPath, state.context.resumeCommand, state.unsavedBecause,
                                               state.hasProgress).joined(separator: " "))
        case .help?, .picker?, nil:
            break
        }
    }

    /// The screen now shown, top to bottom, after a blank line.
    func tellScreen() {
        console.say("")
        switch state.screen {
        case .welcome:
            console.say(texts.welcome.title)
            console.say(texts.welcome.intro)
            if state.hasProgress {
                let finished = StepID.allCases.filter { state.status($0).isFinished }.count
                console.say(texts.welcome.savedProgress(finished, StepID.allCases.count) + " "
                            + texts.welcome.savedIn + " " + state.context.checkpointPath)
            }
            if state.saved.isUndone { console.say(texts.undo.undoneNote) }
        case .connect:
            console.say(texts.genesys.connectTitle)
            if state.mode.isPractice {
                console.say(texts.genesys.connectPractice)
            } else {
                console.say(texts.genesys.connectIntro)
                console.say(texts.genesys.connectPermissions)
            }
        case .step(let step):
            tellStep(step)
        case .plan:
            console.say(title(texts.genesys.planTitle))
            console.say(texts.genesys.planIntro)
            if state.genesys.survey != nil { tellPlan() }
        case .testMessage:
            console.say(title(texts.testMessage.title))
            console.say(texts.testMessage.intro)
            if let record = state.saved.testMessage, let outcome = record.outcome {
                console.say(texts.testMessage.outcome(outcome, state.answers))
            }
        case .summary:
            console.say(texts.summary.title)
            for step in StepID.allCases {
                console.say(texts.steps.stepName(step) + ": " + texts.summaryDetail(step, state))
            }
            let left = StepID.allCases.filter { !state.status($0).isFinished }
            console.say(left.isEmpty ? texts.summary.nothingLeft
                                     : texts.summary.leftToDo + " " + left.map(texts.steps.stepName).joined(separator: ", "))
            console.say(texts.summary.nextChapter)
        case .undo:
            tellUndo()
        }
    }

    /// A title, with the org it works on once connected.
    private func title(_ text: String) -> String {
        state.genesys.connectedTo.map { "\(text) · \($0)" } ?? text
    }

    private func tellStep(_ step: StepID) {
        let status = state.status(step)
        var heading = texts.steps.progress(step.number, StepID.allCases.count, texts.steps.stepName(step))
        if status != .inProgress && status != .pending { heading += " (" + texts.notices.statusLabel(step, status) + ")" }
        console.say(heading)
        console.say(texts.steps.whyLabel + texts.steps.why(step))
        var notes = state.isDoneByTheWizard(step) ? [texts.genesys.automaticNote] : []
        if state.canMakeItForMe { notes.append(words.practiceVerifyNote(state.genesys.connectedTo ?? "127.0.0.1")) }
        for (index, line) in (notes + texts.steps.instructions(step, state.answers, status)).enumerated() {
            console.say(index == 0 ? texts.steps.whereLabel + line : line)
        }
    }

    private func tellPlan() {
        guard let survey = state.genesys.survey else { return }
        for step in StepID.genesysSteps {
            let status = state.status(step)
            let line: String
            if status.isFinished {
                line = texts.genesys.planDone(step, status, state.answers)
            } else if case .blocked(let finding) = state.planAction(step, survey) {
                line = words.error(texts.genesys.finding(finding))
            } else {
                line = texts.genesys.planLine(step, state.planAction(step, survey), state.answers)
            }
            console.say("\(step.number). \(line)")
        }
        if state.genesysStepsFinished { console.say(texts.genesys.planFinished) }
    }

    private func tellPlanProgress(_ old: WizardState, _ new: WizardState) {
        guard new.genesys.survey != nil else { return }
        // A new look-up (entering the plan, or after a retry): the whole plan.
        guard old.screen == .plan, old.genesys.survey != nil else {
            tellPlan()
            return
        }
        for step in StepID.genesysSteps where !old.status(step).isFinished && new.status(step).isFinished {
            console.say("\(step.number). " + texts.genesys.planDone(step, new.status(step), new.answers))
        }
        if new.genesysStepsFinished && !old.genesysStepsFinished { console.say(texts.genesys.planFinished) }
    }

    private func tellTestResult() {
        guard case .tested(let outcome) = state.genesys.phase else { return }
        console.say(texts.testMessage.outcome(outcome, state.answers))
        if let record = state.saved.testMessage { console.say(texts.testMessage.conversation(record.conversationID)) }
    }

    private func tellUndo() {
        console.say(title(texts.undo.title))
        guard state.mode.usesGenesys else {
            console.say(texts.undo.introByHand)
            let steps = UndoPlan.byHand(state.saved)
            if steps.isEmpty { console.say(texts.undo.nothingToRemove) }
            for (index, step) in steps.enumerated() { console.say("\(index + 1). " + texts.undo.byHand(step, state.answers)) }
            return
        }
        console.say(texts.undo.intro)
        let plan = UndoPlan.of(state.saved)
        let undo = state.saved.currentUndo
        let removals = undo?.removals ?? plan.removals
        let results = undo?.results ?? []
        for (index, removal) in removals.enumerated() {
            console.say(index < results.count ? texts.undo.result(removal, results[index]) : texts.undo.removal(removal))
        }
        if removals.isEmpty { console.say(texts.undo.nothingToRemove) }
        for kept in plan.kept { console.say(texts.undo.kept(kept, state.answers)) }
    }

    private func tellUndoProgress(_ old: WizardState, _ new: WizardState) {
        guard old.screen == .undo, let undo = new.saved.currentUndo else { return }
        let before = old.saved.currentUndo?.results.count ?? 0
        for index in before..<undo.results.count where undo.removals.indices.contains(index) {
            console.say(texts.undo.result(undo.removals[index], undo.results[index]))
        }
        if new.saved.isUndone && !old.saved.isUndone { console.say(texts.undo.finished) }
    }

    /// What the screen offers beyond its fields, as a numbered list; nil on a screen of questions.
    func actions() -> [LineAction]? {
        let language = state.language
        func key(_ command: KeyCommand) -> LineAction.Does { .key(command.key(language)) }
        let back = LineAction(.back, .key(.escape))
        switch state.screen {
        case .welcome, .connect, .step:
            // A step with nothing to answer (the route, when the wizard binds it): Enter, or back.
            return state.fields.isEmpty ? [LineAction(.goOn, .key(.enter)), back] : nil
        case .plan:
            if state.genesys.failure != nil {
                var list = [LineAction(.retry, key(.retry))]
                switch state.byHandChoice {
                case .leaveToTheAdmin?: list.append(LineAction(.leaveToTheAdmin, key(.doByHand)))
                case .giveBackToTheWizard?: list.append(LineAction(.giveBackToTheWizard, key(.doByHand)))
                case nil: break
                }
                return list + [back]
            }
            if state.genesysStepsFinished { return [LineAction(.goOn, .key(.enter)), back] }
            return state.genesys.survey == nil ? [back] : [LineAction(.carryOutThePlan, .key(.enter)), back]
        case .testMessage:
            if state.hasTestResult {
                return [LineAction(.goOn, .key(.enter)), LineAction(.sendAnother, key(.sendAgain)), back]
            }
            return [LineAction(.sendTestMessage(state.answers.testMessageText), .key(.enter)),
                    LineAction(.changeTheText, .askField(.testMessageText)),
                    LineAction(.goOnWithoutATest, key(.skipTest)), back]
        case .summary:
            return [LineAction(.finish, .key(.enter)), LineAction(.writeSummary(path: state.context.summaryPath), key(.writeSummary)),
                    LineAction(.undo, key(.undo)), back]
        case .undo:
            if state.saved.isUndone { return [LineAction(.startAgain, .key(.enter)), LineAction(.quit, .quit)] }
            if state.genesys.failure != nil && state.saved.isUndoing {
                var list = [LineAction(.retry, key(.retry))]
                if state.canKeepFailedRemoval { list.append(LineAction(.keepAndGoOn, key(.keep))) }
                return list + [LineAction(.stopTheUndo, .key(.escape))]
            }
            // Esc during an undo under way asks whether to stop it.
            return [LineAction(state.mode.usesGenesys ? .removeThem : .removedByHand, .key(.enter)),
                    state.saved.isUndoing ? LineAction(.stopTheUndo, .key(.escape)) : back]
        }
    }
}
