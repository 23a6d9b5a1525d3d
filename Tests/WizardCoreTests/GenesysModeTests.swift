import Testing
@testable import WizardCore

/// The last Genesys work a walk asked for.
func lastGenesysWork(_ walk: Walk) -> GenesysWork? {
    for effect in walk.effects.reversed() { if case .genesys(let work) = effect { return work } }
    return nil
}

/// Verify and Automatic modes, transition by transition, with the org's answers given as events.
@Suite struct GenesysModeTests {
    /// A walk in `mode` up to the connection screen, with the connection typed in.
    private func connecting(_ mode: Mode) -> Walk {
        var walk = Walk()
        walk.focus(.mode)
        while walk.state.mode != mode { walk.press(.right) }
        walk.press(.enter)
        #expect(walk.state.screen == .connect)
        if !mode.isPractice {
            walk.type("eu-west-1")
            walk.press(.tab)
            walk.type("client-id")
            walk.press(.tab)
            walk.type("s3cret-value")
        }
        return walk
    }

    /// Automatic mode, connected, every answer given: the plan screen waits for its survey.
    private func answered() -> Walk {
        var walk = connecting(.automatic(.real))
        walk.press(.enter)
        walk.send(.genesysConnected("eu-west-1"))
        walk.tick(.genesysAdmin); walk.tick(.salesforceAdmin); walk.tick(.packageInstalled); walk.press(.enter)
        walk.press(.enter)
        walk.replace(.memberEmail, with: "ana@example.com")
        walk.press(.enter, .enter, .enter, .enter)
        #expect(walk.state.screen == .plan)
        return walk
    }

    /// `answered()` once its survey came back: the user exists, and whatever `adding` puts in the org.
    private func surveyed(_ adding: (inout Survey) -> Void = { _ in }) -> Walk {
        var walk = answered()
        var survey = Survey()
        survey.userID = "user-1"
        adding(&survey)
        walk.send(.surveyed(survey))
        return walk
    }

    @Test func connectingSendsTheTypedConnectionAndKeepsTheSecretOutOfTheCheckpoint() {
        var walk = connecting(.automatic(.real))
        walk.press(.enter)
        #expect(walk.state.genesys.busy == .connecting)
        #expect(lastGenesysWork(walk) == .connect(.org(location: "eu-west-1", clientID: "client-id", secret: "s3cret-value")))
        #expect(walk.state.saved.connection == ConnectionSettings(location: "eu-west-1", clientID: "client-id"))
        let saved = walk.effects.compactMap { effect -> Checkpoint? in if case .save(let c) = effect { return c } else { return nil } }
        #expect(!saved.isEmpty && saved.allSatisfy { !"\($0)".contains("s3cret") })
        walk.send(.genesysConnected("eu-west-1"))
        #expect(walk.state.screen == .step(.prerequisites))
    }

    @Test func aRefusedLoginStaysOnTheConnectionScreenWithItsReason() {
        var walk = connecting(.verify(.real))
        walk.press(.enter)
        walk.send(.genesysFailed(.badCredentials))
        #expect(walk.state.screen == .connect && walk.state.genesys.failure == .badCredentials)
        #expect(walk.state.genesys.busy == nil)
        walk.press(.enter)
        #expect(walk.state.genesys.busy == .connecting && walk.state.genesys.failure == nil)
    }

    @Test func anEmptyConnectionFieldIsRefusedBeforeAnyCall() {
        var walk = Walk()
        walk.focus(.mode)
        walk.press(.right, .right, .enter)
        walk.press(.enter)
        #expect(walk.state.errors[.location] == .required && walk.state.errors[.clientSecret] == .required)
        #expect(lastGenesysWork(walk) == nil)
    }

    @Test func keysWaitWhileGenesysWorksExceptHelpAndQuit() {
        var walk = connecting(.automatic(.real))
        walk.press(.enter)
        walk.press(.escape, .character("x"))
        #expect(walk.state.screen == .connect && walk.state.genesys.busy == .connecting)
        walk.send(.tick)
        #expect(walk.state.genesys.spinnerFrame == 1)
        walk.press(.control("c"))
        #expect(walk.state.overlay == .confirmQuit)
    }

    @Test func automaticStepScreensOnlyCollectAnswersThenThePlanSurveysTheOrg() {
        let walk = answered()
        #expect(!Screen.step(.queue).fields(walk.state).contains(.queueDone))
        #expect(walk.state.status(.queue) == .inProgress, "answered, not done: the plan does it")
        #expect(walk.state.genesys.busy == .surveying)
        guard case .survey(let targets) = lastGenesysWork(walk) else { Issue.record("no survey"); return }
        #expect(targets.memberEmail == "ana@example.com" && !targets.queueMustExist)
    }

    @Test func thePlanRunsStepByStepAndSavesTheIntentBeforeEachCreate() {
        var walk = surveyed()
        #expect(Plan.action(.queue, walk.state.answers, walk.state.genesys.survey!) == .create)
        walk.press(.enter)
        #expect(walk.state.genesys.busy == .applying(.queue))
        #expect(lastGenesysWork(walk) == .apply(.queue, walk.state.setupTargets, lookUpFirst: false))
        guard let applyAt = walk.effects.lastIndex(where: { if case .genesys(.apply) = $0 { return true } else { return false } }),
              case .save(let saved) = walk.effects[applyAt - 1] else {
            Issue.record("no save just before the create")
            return
        }
        #expect(saved.org.creating == .queue, "the intent is on disk before the create is sent")

        var ids = OrgRecord()
        ids.queueID = "queue-1"
        walk.send(.applied(.queue, StepResult(ids: ids, reused: false)))
        #expect(walk.state.status(.queue) == .done && walk.state.org.queueID == "queue-1")
        #expect(walk.state.org.creating == nil)
        #expect(walk.state.genesys.busy == .applying(.member), "the next step starts by itself")
        (ids.userID, ids.flowID, ids.integrationID, ids.recipientID) = ("user-1", "flow-1", "int-1", "int-1")
        walk.send(.applied(.member, StepResult(ids: ids, reused: false)))
        walk.send(.applied(.flow, StepResult(ids: ids, reused: false)))
        walk.send(.applied(.integration, StepResult(ids: ids, reused: false)))
        // The route in two calls: what it started before is saved, then it is bound.
        var before = OrgRecord()
        before.routeBefore = RouteBefore(flowID: "flow-old")
        walk.send(.applied(.route, StepResult(ids: before, reused: false, finished: false)))
        #expect(walk.effects.last == .genesys(.apply(.route, walk.state.setupTargets, lookUpFirst: false)))
        #expect(walk.state.setupTargets.known.routeBefore == RouteBefore(flowID: "flow-old"))
        walk.send(.applied(.route, StepResult(ids: OrgRecord(), reused: false)))
        #expect(walk.state.genesys.busy == nil && StepID.genesysSteps.allSatisfy { walk.state.status($0) == .done })
        #expect(StepID.genesysSteps.allSatisfy { walk.state.org.isMadeHere($0) }, "what an undo may remove")
        walk.press(.enter)
        #expect(walk.state.screen == .testMessage)
    }

    @Test func anIntegrationsIdIsSavedBeforeTheWaitForGenesysToCompleteIt() {
        var walk = surveyed()
        walk.press(.enter)
        for step in [StepID.queue, .member, .flow] { walk.send(.applied(step, StepResult(ids: OrgRecord(), reused: false))) }
        #expect(walk.state.org.creating == .integration)

        var created = OrgRecord()
        created.integrationID = "integration-1"
        let effects = walk.send(.applied(.integration, StepResult(ids: created, reused: false, finished: false)))
        #expect(walk.state.org.integrationID == "integration-1" && walk.state.org.creating == nil)
        #expect(walk.state.status(.integration) == .inProgress && walk.state.genesys.busy == .applying(.integration))
        guard effects.count == 2, case .save(let saved) = effects[0] else {
            Issue.record("no save before the wait: \(effects)")
            return
        }
        #expect(saved.org.integrationID == "integration-1" && saved.org.creating == nil,
                "a run stopped during the wait finds the integration by its id")
        #expect(effects[1] == .genesys(.apply(.integration, walk.state.setupTargets, lookUpFirst: false)))
        #expect(walk.state.setupTargets.known.integrationID == "integration-1", "the wait is for that integration")

        // A wait that fails, then R: the known integration is waited for again, and no create is pending.
        walk.send(.genesysFailed(.timeout))
        walk.press(.character("r"))
        #expect(walk.state.org.creating == nil)
        #expect(lastGenesysWork(walk) == .apply(.integration, walk.state.setupTargets, lookUpFirst: false))
        #expect(walk.state.setupTargets.known.integrationID == "integration-1")

        var ready = created
        ready.recipientID = "recipient-1"
        walk.send(.applied(.integration, StepResult(ids: ready, reused: true)))
        #expect(walk.state.status(.integration) == .done, "made by this run, as its first answer said")
        #expect(walk.state.org.recipientID == "recipient-1" && walk.state.genesys.busy == .applying(.route))
    }

    @Test(arguments: [true, false])
    func anIntegrationThisSetupMadeBeforeAStopIsDoneNotReused(ready: Bool) {
        var walk = answered()
        // A run stopped while Genesys prepared the integration: its id was saved, the step was not done.
        walk.state.org.integrationID = "integration-1"
        var survey = Survey()
        survey.userID = "user-1"
        survey.integration = Survey.Integration(id: "integration-1", creation: ready ? .completed : .inProgress)
        walk.send(.surveyed(survey))
        walk.press(.enter)
        for step in [StepID.queue, .member, .flow] { walk.send(.applied(step, StepResult(ids: OrgRecord(), reused: false))) }
        if !ready {
            #expect(lastGenesysWork(walk) == .apply(.integration, walk.state.setupTargets, lookUpFirst: false))
            walk.send(.applied(.integration, StepResult(ids: walk.state.org, reused: true)))
        }
        #expect(walk.state.status(.integration) == .done, "made by this setup, not found already there")
    }

    /// A run stopped after a create was sent and before its answer was saved: what the survey then finds of
    /// that name was made by this setup (the create went out only because the survey before it found none).
    @Test(arguments: [StepID.queue, .integration])
    func anObjectWhoseCreateWasUnderWayAtAStopIsDoneNotReused(step: StepID) {
        var walk = answered()
        walk.state.org.creating = step
        var survey = Survey()
        survey.userID = "user-1"
        survey.queueID = "queue-1"
        if step == .integration {
            // The steps before it were finished by the run that stopped.
            (survey.isMember, survey.flow) = (true, Survey.Flow(id: "flow-1", published: true))
            survey.integration = Survey.Integration(id: "integration-1")
            (walk.state.org.queueID, walk.state.org.flowID) = ("queue-1", "flow-1")
            for earlier in [StepID.queue, .member, .flow] { walk.state.statuses[earlier] = .done }
        }
        walk.send(.surveyed(survey))
        walk.press(.enter)
        #expect(walk.state.status(step) == .done, "made by this setup, not found already there")
        #expect(walk.state.org.creating == nil)
    }

    /// A plan run up to the flow, whose Architect job "job-1" has just been started: the walk and the effects
    /// of that answer.
    private func publishingTheFlow() -> (Walk, [Effect]) {
        var walk = surveyed()
        walk.press(.enter)
        for step in [StepID.queue, .member] { walk.send(.applied(step, StepResult(ids: OrgRecord(), reused: false))) }
        var started = OrgRecord()
        started.flowJobID = "job-1"
        let effects = walk.send(.applied(.flow, StepResult(ids: started, reused: false, finished: false)))
        return (walk, effects)
    }

    @Test func aFlowsJobIsSavedBeforeTheWaitAndItsFlowIsTheSetupsOwnAfterAStop() {
        let (walk, effects) = publishingTheFlow()
        guard effects.count == 2, case .save(let saved) = effects[0] else {
            Issue.record("no save before the wait: \(effects)")
            return
        }
        #expect(saved.org.flowJobID == "job-1", "a run stopped while Architect publishes knows the job")
        #expect(walk.state.setupTargets.known.flowJobID == "job-1")

        // Stopped there; the job published the flow meanwhile. The resumed plan finds it, and it is this setup's.
        var resumed = answered()
        resumed.state.org = saved.org
        var survey = Survey()
        survey.userID = "user-1"
        survey.flow = Survey.Flow(id: "flow-1", published: true)
        resumed.send(.surveyed(survey))
        #expect(resumed.state.planAction(.flow, survey) == .reuse, "its own flow, not one of another's name")
        resumed.press(.enter)
        for step in [StepID.queue, .member] { resumed.send(.applied(step, StepResult(ids: OrgRecord(), reused: false))) }
        #expect(resumed.state.status(.flow) == .done)
        #expect(resumed.state.org.flowID == "flow-1" && resumed.state.org.flowJobID == nil)
    }

    @Test func aFailedPublishingJobIsForgottenSoThatRPublishesAgain() {
        var (walk, _) = publishingTheFlow()
        walk.send(.genesysFailed(.flowPublishFailed("Unable to find a queue")))
        #expect(walk.state.org.flowJobID == nil)
        walk.press(.character("r"))
        #expect(walk.state.setupTargets.known.flowJobID == nil)
    }

    @Test func anIntegrationFoundStillBeingPreparedIsReusedOnceReady() {
        var walk = surveyed {
            $0.integration = Survey.Integration(id: "integration-1", creation: .inProgress)
        }
        walk.press(.enter)
        for step in [StepID.queue, .member, .flow] { walk.send(.applied(step, StepResult(ids: OrgRecord(), reused: false))) }
        #expect(lastGenesysWork(walk) == .apply(.integration, walk.state.setupTargets, lookUpFirst: false))
        #expect(walk.state.setupTargets.known.integrationID == "integration-1")
        var ready = OrgRecord()
        ready.integrationID = "integration-1"
        walk.send(.applied(.integration, StepResult(ids: ready, reused: true)))
        #expect(walk.state.status(.integration) == .skipped, "the plan reused it: nothing was made")
    }

    @Test func whatIsMissingBlocksThePlanBeforeAnythingIsMade() {
        var walk = answered()
        var survey = Survey()
        survey.flow = Survey.Flow(id: "flow-1", published: true)
        walk.send(.surveyed(survey))
        walk.press(.enter)
        #expect(walk.state.genesys.failure == .blocked(.userMissing("ana@example.com")))
        #expect(walk.state.genesys.busy == nil && walk.state.status(.queue) == .inProgress,
                "the queue is not created while the member step cannot be done")
        var broken = Survey()
        broken.userID = "user-1"
        broken.integration = Survey.Integration(id: "integration-1", creation: .failed)
        #expect(Plan.action(.integration, walk.state.answers, broken) == .blocked(.integrationBroken(walk.state.answers.integrationName)))
    }

    @Test func whatExistsIsReusedWithoutACall() {
        var walk = surveyed { $0.queueID = "queue-1" }
        walk.press(.enter)
        #expect(walk.state.org.queueID == "queue-1", "the existing queue becomes the setup's")
        #expect(walk.state.status(.queue) == .skipped)
        #expect(walk.state.genesys.busy == .applying(.member))
    }

    @Test func aDifferentQueueMakesTheFlowAndTheRouteAgainRatherThanReuseThem() {
        var survey = Survey()
        survey.queueID = "queue-2"
        survey.flow = Survey.Flow(id: "flow-1", published: true)
        survey.integration = Survey.Integration(id: "integration-1", routedFlow: ("flow-1", nil))
        var answers = Answers()
        answers.flowOrigin = .new
        #expect(Plan.action(.flow, answers, survey) == .reuse)
        #expect(Plan.action(.flow, answers, survey, stale: true) == .create, "published again, now to the new queue")
        #expect(Plan.action(.route, answers, survey) == .alreadyDone)
        #expect(Plan.action(.route, answers, survey, stale: true) == .bind(replacing: nil), "the same flow, republished")
    }

    @Test(arguments: Language.allCases)
    func thePlanSaysWhenBindingTakesTheRouteFromAnotherFlow(language: Language) {
        var survey = Survey()
        survey.integration = Survey.Integration(id: "integration-1", routedFlow: ("flow-9", "Flujo anterior"))
        var answers = Answers()
        answers.flowName = "Flujo Señales SF"
        let action = Plan.action(.route, answers, survey)
        #expect(action == .bind(replacing: "Flujo anterior"))
        let line = Texts.for(language).genesys.planLine(.route, action, answers)
        #expect(line.contains("Flujo anterior") && line.contains("Flujo Señales SF"))
        survey.integration?.routedFlow = ("flow-9", nil)
        #expect(Plan.action(.route, answers, survey) == .bind(replacing: "flow-9"), "by its id when Genesys gives no name")
        survey.integration?.routedFlow = nil
        #expect(Plan.action(.route, answers, survey) == .bind(replacing: nil))
    }

    @Test func practiceRunsVerifyAsWellAsAutomatic() {
        var walk = Walk()
        walk.focus(.mode)
        walk.press(.left, .enter)
        #expect(walk.state.fields == [.practiceRuns] && walk.state.mode == .automatic(.practice))
        walk.press(.right)
        #expect(walk.state.mode == .verify(.practice) && walk.state.saved.mode == .verify(.practice))
        walk.press(.enter)
        #expect(lastGenesysWork(walk) == .connect(.practice))
        walk.send(.genesysConnected("127.0.0.1:4000"))
        walk.tickEveryBox(); walk.press(.enter)
        #expect(walk.state.fields.contains(.queueDone), "Verify's screens: the admin does the step")
        walk.tick(.queueDone)
        walk.press(.enter)
        #expect(walk.state.genesys.busy == .checking(.queue))
        #expect(!Screen.sequence(walk.state.mode).contains(.plan))
    }

    @Test func startingOverInPracticeModeResetsThePracticeOrgAndOffersItsUser() {
        var walk = Walk()
        walk.focus(.mode)
        walk.press(.left, .enter, .enter)
        walk.send(.genesysConnected("127.0.0.1:4000"))
        walk.tickEveryBox(); walk.press(.enter, .enter)
        #expect(walk.state.answers.memberEmail == PracticeDefaults.memberEmail)
        var resumed = Walk()
        resumed.state.restore(walk.state.saved, keepLanguage: true)
        resumed.focus(.resume)
        resumed.press(.right, .enter, .character("y"))
        #expect(resumed.effects.contains(.resetPracticeOrg))
    }

    @Test func startingOverInAutomaticModeGoesThroughTheConnectionAndForgetsStepsLeftToTheAdmin() {
        var walk = answered()
        walk.state.manualSteps = [.queue]
        var resumed = Walk()
        resumed.state.restore(walk.state.saved, keepLanguage: true)
        #expect(resumed.state.manualSteps == [.queue])
        resumed.focus(.resume)
        resumed.press(.right, .enter, .character("y"))
        #expect(resumed.state.screen == .connect && resumed.state.org == OrgRecord())
        #expect(resumed.state.manualSteps.isEmpty, "the plan does every step again")
        #expect(resumed.state.genesys.afterConnecting == .step(.prerequisites))
    }

    @Test func aSearchThatFailsLateNeverStopsThePlan() {
        var walk = surveyed()
        walk.press(.enter)
        walk.send(.searchFailed(.queue, query: "x", page: 1, .timeout))
        #expect(walk.state.genesys.busy == .applying(.queue) && walk.state.genesys.failure == nil)
    }

    @Test func aFailedStepIsRetriedWithALookUpFirstOrDoneByHand() {
        var walk = surveyed()
        walk.press(.enter)
        walk.send(.genesysFailed(.serverError(status: 503)))
        #expect(walk.state.genesys.failedStep == .queue && walk.state.org.creating == .queue)
        walk.press(.character("r"))
        #expect(lastGenesysWork(walk) == .apply(.queue, walk.state.setupTargets, lookUpFirst: true),
                "the create may have happened: look it up before creating again")
        walk.send(.genesysFailed(.missingPermission("routing:queue:add")))
        walk.press(.character("g"))
        #expect(walk.state.mode == .automatic(.real) && walk.state.screen == .step(.queue))
        #expect(walk.state.fields.contains(.queueDone), "that one step is done by hand, on its guided screen")
        #expect(!Screen.step(.member).fields(walk.state).contains(.memberDone), "the others stay the wizard's")
        #expect(walk.state.saved.manualSteps == [.queue])

        // Ticked as done by hand: the plan checks it in the org before relying on it.
        walk.tick(.queueDone)
        walk.press(.enter)
        #expect(walk.state.status(.queue) == .done)
        walk.press(.enter, .enter, .enter, .enter)
        #expect(walk.state.screen == .plan)
        var noQueue = Survey()
        noQueue.userID = "user-1"
        walk.send(.surveyed(noQueue))
        #expect(walk.state.status(.queue) == .inProgress)
        walk.press(.enter)
        #expect(walk.state.genesys.failure == .blocked(.queueMissing(walk.state.answers.queueName)))
        walk.press(.escape)
        #expect(walk.state.screen == .step(.queue), "Esc leads to the step to mend")
    }

    @Test func aFlowOfThatNameThatTheWizardDidNotMakeIsNeverOverwritten() {
        var walk = surveyed {
            $0.flow = Survey.Flow(id: "someone-elses", published: true)
        }
        let survey = walk.state.genesys.survey!
        #expect(walk.state.planAction(.flow, survey) == .blocked(.flowNameTaken(walk.state.answers.flowName)))
        walk.state.org.flowID = "someone-elses"
        #expect(walk.state.planAction(.flow, survey) == .reuse, "its own flow, made by an earlier run")
        walk.state.org.flowID = nil
        walk.state.org.creating = .flow
        #expect(walk.state.planAction(.flow, survey) == .reuse, "made by a run stopped before it heard back")
    }

    @Test func aResumeAfterEveryAnswerGoesToThePlanThroughTheConnection() {
        let walk = answered()
        var resumed = Walk()
        resumed.state.restore(walk.state.saved, keepLanguage: true)
        #expect(resumed.state.resumeScreen == .plan)
        resumed.press(.enter)
        #expect(resumed.state.screen == .connect)
        resumed.focus(.clientSecret)
        resumed.type("s3cret-value")
        resumed.press(.enter)
        resumed.send(.genesysConnected("eu-west-1"))
        #expect(resumed.state.screen == .plan && resumed.state.genesys.busy == .surveying)
        #expect(!resumed.state.secretToken.isEmpty, "a new webhook token, since none is ever saved")
    }

    @Test func verifyChecksEachStepAndSaysWhatIsMissingUntilItIsFixed() {
        var walk = connecting(.verify(.real))
        walk.press(.enter)
        walk.send(.genesysConnected("eu-west-1"))
        walk.tick(.genesysAdmin); walk.tick(.salesforceAdmin); walk.tick(.packageInstalled); walk.press(.enter)
        #expect(walk.state.screen == .step(.queue), "the prerequisites are not checked through the API")
        walk.tick(.queueDone)
        walk.press(.enter)
        #expect(walk.state.genesys.busy == .checking(.queue))
        var queueThere = Survey()
        queueThere.queueID = "queue-1"
        walk.send(.checked(.queue, queueThere))
        #expect(walk.state.screen == .step(.member))
        walk.replace(.memberEmail, with: "ana@example.com")
        walk.tick(.memberDone)
        walk.press(.enter)
        let missing = Finding.notAMember(email: "ana@example.com", queue: walk.state.answers.queueName)
        var notInTheQueue = queueThere
        notInTheQueue.userID = "user-1"
        walk.send(.checked(.member, notInTheQueue))
        #expect(walk.state.screen == .step(.member) && walk.state.genesys.findings == [missing])
        #expect(walk.state.status(.member) == .inProgress)
        walk.press(.enter)
        #expect(walk.state.genesys.findings.isEmpty && walk.state.genesys.busy == .checking(.member))
        notInTheQueue.isMember = true
        walk.send(.checked(.member, notInTheQueue))
        #expect(walk.state.screen == .step(.flow) && walk.state.status(.member) == .done)
    }

    @Test func changingTheModeForgetsTheConnection() {
        var walk = connecting(.automatic(.real))
        walk.press(.enter)
        walk.send(.genesysConnected("eu-west-1"))
        walk.press(.escape, .escape)
        #expect(walk.state.screen == .welcome)
        walk.focus(.mode)
        walk.press(.right)
        #expect(walk.state.mode == .automatic(.practice) && !walk.state.genesys.connected)
    }

    @Test func theClientSecretIsNeverCopied() {
        var walk = connecting(.automatic(.real))
        walk.focus(.clientSecret)
        walk.press(.function(2))
        #expect(walk.state.notice == .secretNotCopied)
        #expect(!walk.effects.contains { if case .copyToClipboard = $0 { return true } else { return false } })
    }
}

/// The queue and flow pickers: server-side search, one page at a time.
@Suite struct PickerTests {
    private func queueScreen(connected: Bool) -> Walk {
        var walk = Walk()
        walk.focus(.mode)
        walk.press(.right, .right, .enter)
        if connected {
            walk.type("eu-west-1"); walk.press(.tab); walk.type("id"); walk.press(.tab); walk.type("secret")
            walk.press(.enter)
            walk.send(.genesysConnected("eu-west-1"))
        } else {
            walk.press(.escape)
            walk.focus(.mode)
            walk.press(.left, .left, .enter)
        }
        walk.tick(.genesysAdmin); walk.tick(.salesforceAdmin); walk.tick(.packageInstalled); walk.press(.enter)
        #expect(walk.state.screen == .step(.queue))
        return walk
    }

    private func searches(_ walk: Walk) -> [GenesysWork] {
        walk.effects.compactMap { effect in
            if case .genesys(let work) = effect, case .search = work { return work }
            return nil
        }
    }

    @Test func f5ListsTheOrgsQueuesOnlyWhenConnected() {
        var offline = queueScreen(connected: false)
        offline.press(.function(5))
        #expect(offline.state.overlay == nil && searches(offline).isEmpty)

        var walk = queueScreen(connected: true)
        walk.press(.function(5))
        #expect(searches(walk) == [.search(.queue, query: "", page: 1)], "the suggested name does not narrow the list")
        guard case .picker(let picker) = walk.state.overlay else { Issue.record("no picker"); return }
        #expect(picker.loading)
    }

    @Test func typingSearchesTheServerAndOlderAnswersAreIgnored() {
        var walk = queueScreen(connected: true)
        walk.press(.function(5))
        walk.type("Ven")
        #expect(searches(walk).last == .search(.queue, query: "Ven", page: 1))
        walk.send(.searched(.queue, query: "Ve", page: 1, PickerPage(names: ["Ventas", "Verano"], total: 2)))
        guard case .picker(let stale) = walk.state.overlay else { Issue.record("no picker"); return }
        #expect(stale.names.isEmpty && stale.loading, "an answer to an older search is not shown")
        walk.send(.searched(.queue, query: "Ven", page: 1, PickerPage(names: ["Ventas", "Ventas Norte"], total: 2)))
        walk.press(.down, .enter)
        #expect(walk.state.overlay == nil)
        #expect(walk.state.answers.queueName == "Ventas Norte" && walk.state.answers.queueOrigin == .existing)
        #expect(walk.state.focusedField == .queueName)
    }

    @Test func pagesStayWithinWhatTheServerHas() {
        var walk = queueScreen(connected: true)
        walk.press(.function(5))
        walk.send(.searched(.queue, query: "", page: 1, PickerPage(names: (1...10).map { "Q\($0)" }, total: 20_004)))
        walk.press(.pageUp)
        #expect(searches(walk).count == 1, "no page before the first")
        walk.press(.pageDown)
        #expect(searches(walk).last == .search(.queue, query: "", page: 2))
        guard case .picker(let picker) = walk.state.overlay else { Issue.record("no picker"); return }
        #expect(picker.pageCount == 2001)
        walk.send(.searchFailed(.queue, query: "", page: 2, .timeout))
        guard case .picker(let failed) = walk.state.overlay else { Issue.record("no picker"); return }
        #expect(failed.failure == .timeout && walk.state.genesys.failure == nil)
        walk.press(.escape)
        #expect(walk.state.overlay == nil && walk.state.screen == .step(.queue))
    }
}

/// A step left to the admin can always be taken back, and Practice mode never leaves one to the admin.
@Suite struct ByHandTests {
    private func failedOnTheQueue(_ mode: Mode) -> Walk {
        var walk = Walk()
        walk.state.mode = mode
        walk.state.genesys.connectedTo = "eu-west-1"
        (walk.state.answers.queueName, walk.state.answers.memberEmail) = ("Ventas", "ana@example.com")
        walk.state.statuses[.prerequisites] = .done
        walk.state.screen = .plan
        var survey = Survey()
        survey.userID = "user-1"
        walk.send(.surveyed(survey))
        walk.press(.enter)
        walk.send(.genesysFailed(.serverError(status: 503)))
        return walk
    }

    @Test func aStepLeftToTheAdminIsGivenBackWithTheSameKey() {
        var walk = failedOnTheQueue(.automatic(.real))
        #expect(walk.state.byHandChoice == .leaveToTheAdmin(.queue))
        walk.press(.character("g"))
        #expect(walk.state.manualSteps == [.queue] && walk.state.screen == .step(.queue))
        // The admin did not make it: the plan waits for them, and G gives the step back.
        walk.press(.escape, .escape, .escape, .escape, .escape)
        walk.state.screen = .plan
        var survey = Survey()
        survey.userID = "user-1"
        walk.send(.surveyed(survey))
        walk.press(.enter)
        #expect(walk.state.genesys.failure == .blocked(.queueMissing("Ventas")))
        #expect(walk.state.byHandChoice == .giveBackToTheWizard(.queue))
        #expect(Texts.for(.en).genesys.keysPlanFailed(walk.state.byHandChoice).contains("G Let the wizard do it"))
        walk.press(.character("G"))
        #expect(walk.state.manualSteps.isEmpty)
        #expect(walk.state.genesys.busy == .applying(.queue), "the wizard makes it again")
    }

    @Test func aPlanBlockedBeforeAStepLeftToTheAdminCanStillGiveItBack() {
        var walk = failedOnTheQueue(.automatic(.real))
        walk.state.manualSteps = [.route]
        walk.state.answers.flowOrigin = .existing
        var survey = Survey()
        survey.userID = "user-1"
        walk.send(.surveyed(survey))
        walk.press(.enter)
        #expect(walk.state.genesys.failure == .blocked(.flowMissing(walk.state.answers.flowName)))
        #expect(walk.state.byHandChoice == .giveBackToTheWizard(.route), "never a dead end")
        walk.press(.character("g"))
        #expect(walk.state.manualSteps.isEmpty)
    }

    @Test(arguments: Language.allCases)
    func practiceModeNeverLeavesAStepToAnAdminWithNoPagesToClick(language: Language) {
        var walk = failedOnTheQueue(.automatic(.practice))
        #expect(walk.state.byHandChoice == nil)
        walk.press(.character("g"))
        #expect(walk.state.manualSteps.isEmpty && walk.state.screen == .plan)
        #expect(!Texts.for(language).genesys.keysPlanFailed(walk.state.byHandChoice).contains("G "))
    }
}

/// Practice + Verify: F6 stands in for the admin's clicks on an org that has no pages to click in.
@Suite struct MakeItForMeTests {
    private func onTheQueue(_ mode: Mode) -> Walk {
        var walk = Walk()
        walk.state.mode = mode
        walk.state.genesys.connectedTo = "127.0.0.1:41234"
        walk.state.statuses[.prerequisites] = .done
        walk.state.screen = .step(.queue)
        walk.state.answers.queueName = "Ventas"
        return walk
    }

    @Test func theStepIsLookedAtThenMadeThenTickedAndCheckedLikeAnyOther() {
        var walk = onTheQueue(.verify(.practice))
        #expect(walk.state.canMakeItForMe)
        walk.press(.function(6))
        #expect(lastGenesysWork(walk) == .check(.queue, walk.state.setupTargets), "what is there is read first")
        walk.send(.checked(.queue, Survey()))
        #expect(lastGenesysWork(walk) == .apply(.queue, walk.state.setupTargets, lookUpFirst: false))
        #expect(walk.state.org.creating == .queue, "the intent is saved first, as the plan's")
        var made = OrgRecord()
        made.queueID = "queue-1"
        walk.send(.applied(.queue, StepResult(ids: made, reused: false)))
        #expect(walk.state.answers.queueDone && walk.state.genesys.busy == .checking(.queue))
        var survey = Survey()
        survey.queueID = "queue-1"
        walk.send(.checked(.queue, survey))
        #expect(walk.state.screen == .step(.member) && walk.state.status(.queue) == .done)
    }

    @Test func itNeverMakesWhatThePlanWouldRefuse() {
        // "Use an existing queue", and there is none: made by nobody, said as the plan says it.
        var walk = onTheQueue(.verify(.practice))
        walk.state.answers.queueOrigin = .existing
        walk.press(.function(6))
        walk.send(.checked(.queue, Survey()))
        #expect(walk.state.genesys.findings == [.queueMissing("Ventas")])
        #expect(!walk.effects.contains { if case .genesys(.apply) = $0 { return true } else { return false } })
        // A flow of that name that this setup did not make is never published over.
        var flow = onTheQueue(.verify(.practice))
        flow.state.screen = .step(.flow)
        flow.state.answers.flowName = "Flujo de otro"
        flow.press(.function(6))
        var someoneElses = Survey()
        someoneElses.flow = Survey.Flow(id: "flow-9", published: false, name: "Flujo de otro")
        flow.send(.checked(.flow, someoneElses))
        #expect(flow.state.genesys.findings == [.flowNameTaken("Flujo de otro")])
    }

    @Test func whatIsAlreadyRightIsTickedWithoutMakingAnything() {
        var walk = onTheQueue(.verify(.practice))
        walk.press(.function(6))
        var survey = Survey()
        survey.queueID = "queue-1"
        walk.send(.checked(.queue, survey))
        #expect(walk.state.answers.queueDone && walk.state.screen == .step(.member))
        #expect(!walk.effects.contains { if case .genesys(.apply) = $0 { return true } else { return false } })
    }

    @Test(arguments: [Mode.verify(.real), .guided, .automatic(.practice), .automatic(.real)])
    func itIsOfferedOnlyInVerifyOnAPracticeOrg(mode: Mode) {
        var walk = onTheQueue(mode)
        #expect(!walk.state.canMakeItForMe)
        let effects = walk.send(.key(.function(6)))
        #expect(!effects.contains { if case .genesys = $0 { return true } else { return false } })
    }

    /// A trainee in a trainer's room connects in Verify mode by address, as to a real org: the org says it is
    /// a practice org, which has no pages to click in, so F6 makes the steps there too.
    @Test func verifyOnATrainersRoomReachedByAddressMakesTheStepsToo() {
        var walk = onTheQueue(.verify(.real))
        walk.state.genesys.connectedTo = nil
        walk.state.screen = .connect
        walk.send(.genesysConnected("http://192.168.1.20:8787", practiceOrg: true))
        #expect(walk.state.genesys.connectedToPracticeOrg)
        walk.state.screen = .step(.queue)
        #expect(walk.state.canMakeItForMe)
        walk.press(.function(6))
        #expect(lastGenesysWork(walk) == .check(.queue, walk.state.setupTargets))
        // Connected again on the same run, to a real org, which says nothing of the kind: F6 is gone.
        walk.state.screen = .connect
        walk.send(.genesysConnected("eu-west-1"))
        walk.state.screen = .step(.queue)
        #expect(!walk.state.genesys.connectedToPracticeOrg && !walk.state.canMakeItForMe)
    }

    /// A real org refused because the setup has work in the room: the service now holds the real org's login,
    /// so nothing of the room's (F6 above all) may go on as if still connected there.
    @Test func aRefusedReconnectLeavesNothingConnected() {
        var walk = onTheQueue(.verify(.real))
        walk.state.genesys.connectedTo = nil
        walk.state.screen = .connect
        walk.send(.genesysConnected("http://192.168.1.20:8787", practiceOrg: true))
        walk.state.org.made[.queue] = "queue-1"
        walk.state.screen = .connect
        walk.send(.genesysConnected("eu-west-1"))
        #expect(walk.state.genesys.failure == .setupInAnotherOrg(recorded: "http://192.168.1.20:8787", connected: "eu-west-1"))
        #expect(!walk.state.genesys.connected && !walk.state.genesys.connectedToPracticeOrg)
        walk.state.screen = .step(.queue)
        #expect(!walk.state.canMakeItForMe)
    }
}

@Suite struct PracticePrerequisitesTests {
    @Test(arguments: [Mode.verify(.practice), .automatic(.practice), .guided, .verify(.real)])
    func aPracticeRunDoesNotAskForSalesforceAdminRights(mode: Mode) {
        var walk = Walk()
        walk.state.mode = mode
        walk.state.screen = .step(.prerequisites)
        #expect(walk.state.fields.contains(.salesforceAdmin) == !mode.isPractice)
        walk.tickEveryBox()
        walk.press(.enter)
        #expect(walk.state.screen == .step(.queue))
    }
}
