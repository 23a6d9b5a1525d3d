import Testing
@testable import WizardCore

/// `Findings.of` is the one answer to "is this step right in the org?": Verify shows it, the plan acts on it,
/// and a step left to the admin is done when it is empty.
@Suite struct FindingsTests {
    private let answers: Answers = {
        var answers = Answers()
        (answers.queueName, answers.memberEmail, answers.flowName, answers.integrationName) =
            ("Ventas", "ana@example.com", "Flujo Ventas", "Mensajería Ventas")
        return answers
    }()

    /// Everything of the answers is in the org, as the setup leaves it.
    private var complete: Survey {
        var survey = Survey()
        (survey.userID, survey.queueID, survey.isMember) = ("user-1", "queue-1", true)
        survey.flow = Survey.Flow(id: "flow-1", published: true)
        survey.integration = Survey.Integration(id: "integration-1", routedFlow: ("flow-1", "Flujo Ventas"))
        (survey.retrieveOptionsListsQueue, survey.retrieveOptionsListsIntegration) = (true, true)
        return survey
    }

    @Test func aCompleteSetupHasNoFindingsAndNothingLeftToDo() {
        for step in StepID.allCases {
            #expect(Findings.of(step, answers, complete).isEmpty, "\(step)")
            if StepID.genesysSteps.contains(step) {
                #expect([.reuse, .alreadyDone].contains(Plan.action(step, answers, complete)), "\(step)")
                #expect(Plan.leftToTheAdmin(step, answers, complete) == .alreadyDone, "\(step)")
            }
        }
    }

    @Test func eachStepSaysWhatIsMissingOfItsOwn() {
        var survey = complete
        survey.isMember = false
        #expect(Findings.of(.member, answers, survey) == [.notAMember(email: "ana@example.com", queue: "Ventas")])
        #expect(Plan.action(.member, answers, survey) == .add)
        survey.queueID = nil
        #expect(Findings.of(.member, answers, survey) == [.queueMissing("Ventas")])
        #expect(Plan.action(.member, answers, survey) == .add, "a queue still to be made is made first")
        survey.userID = nil
        #expect(Plan.action(.member, answers, survey) == .blocked(.userMissing("ana@example.com")), "a user cannot be")
        survey.flow?.published = false
        #expect(Findings.of(.flow, answers, survey) == [.flowNotPublished("Flujo Ventas")])
        #expect(Findings.of(.route, answers, survey) == [.flowNotPublished("Flujo Ventas")])
    }

    @Test func anIntegrationStillBeingCreatedIsWaitedForAndItsRouteIsNotCalledMissing() {
        var survey = complete
        survey.integration = Survey.Integration(id: "integration-1", creation: .inProgress, routedFlow: ("flow-1", nil))
        #expect(survey.integration?.routedFlow == nil, "a route exists only once the integration is created")
        #expect(Findings.of(.integration, answers, survey) == [.integrationNotReady("Mensajería Ventas")])
        #expect(Findings.of(.route, answers, survey) == [.integrationNotReady("Mensajería Ventas")])
        #expect(Plan.action(.integration, answers, survey) == .awaitCreation)
        #expect(Plan.leftToTheAdmin(.integration, answers, survey) == .blocked(.integrationNotReady("Mensajería Ventas")))
        survey.integration?.creation = .failed
        #expect(Plan.action(.integration, answers, survey) == .blocked(.integrationBroken("Mensajería Ventas")))
    }

    @Test func aStepLeftToTheAdminWaitsForThemWithWhatIsMissingOfItself() {
        var survey = complete
        survey.integration?.routedFlow = ("flow-9", "Otro flujo")
        #expect(Plan.leftToTheAdmin(.route, answers, survey)
                == .blocked(.routeToOtherFlow(integration: "Mensajería Ventas", flow: "Flujo Ventas", current: "Otro flujo")))
        survey.queueID = nil
        survey.isMember = false
        // The member step's own finding, not the queue's: the admin is asked to do what this step is about.
        #expect(Plan.leftToTheAdmin(.member, answers, survey) == .blocked(.queueMissing("Ventas")),
                "with no queue, the queue is what is missing: nobody can be its member yet")
        #expect(Plan.leftToTheAdmin(.prerequisites, answers, survey) == .alreadyDone, "nothing of it is in the org")
    }

    @Test func aFinishedIntegrationFoundStillBeingCreatedIsWaitedForBeforeTheRouteIsBound() {
        // Recorded as finished (by hand, in Verify, before the org changed), but Genesys is still creating it:
        // binding its route now would fail, as the route does not exist yet.
        var walk = Walk()
        walk.state.mode = .automatic(.real)
        walk.state.genesys.connectedTo = "eu-west-1"
        walk.state.answers = answers
        (walk.state.org.queueID, walk.state.org.flowID, walk.state.org.integrationID) = ("queue-1", "flow-1", "integration-1")
        for step in [StepID.prerequisites, .queue, .member, .flow, .integration] { walk.state.statuses[step] = .done }
        walk.state.screen = .plan
        var survey = complete
        survey.integration = Survey.Integration(id: "integration-1", creation: .inProgress)
        walk.send(.surveyed(survey))
        #expect(walk.state.status(.integration) == .inProgress)
        walk.press(.enter)
        guard case .awaiting(.integration, _) = walk.state.genesys.phase else {
            Issue.record("not waiting for the integration: \(walk.state.genesys.phase)")
            return
        }
        #expect(walk.effects.last == .genesys(.apply(.integration, walk.state.setupTargets, lookUpFirst: false)))
    }
}

/// The org's spelling of a name it has is the one the wizard then says and uses.
@Suite struct SpellingTests {
    @Test func thePlanTakesTheOrgsSpellingOfWhatItFound() {
        var walk = Walk()
        walk.state.mode = .automatic(.real)
        walk.state.genesys.connectedTo = "eu-west-1"
        (walk.state.answers.queueName, walk.state.answers.flowName) = ("atención al cliente", "flujo sf")
        walk.state.screen = .plan
        var survey = Survey()
        (survey.userID, survey.queueID, survey.queueName) = ("user-1", "queue-1", "Atención al Cliente")
        survey.flow = Survey.Flow(id: "flow-1", published: true, name: "Flujo SF")
        walk.send(.surveyed(survey))
        #expect(walk.state.answers.queueName == "Atención al Cliente" && walk.state.answers.flowName == "Flujo SF")
        #expect(Texts.for(.es).genesys.planLine(.queue, .reuse, walk.state.answers).contains("«Atención al Cliente»"))
    }

    @Test func aVerifiedStepTakesTheOrgsSpellingAndMakesNothingStale() {
        var walk = Walk()
        walk.finishPrerequisites()
        walk.replace(.queueName, with: "ventas")
        walk.tick(.queueDone)
        walk.press(.enter)
        walk.state.statuses[.member] = .done
        walk.state.mode = .verify(.real)
        walk.state.genesys.connectedTo = "eu-west-1"
        walk.state.screen = .step(.queue)
        walk.press(.enter)
        var survey = Survey()
        (survey.queueID, survey.queueName) = ("queue-1", "Ventas")
        walk.send(.checked(.queue, survey))
        #expect(walk.state.answers.queueName == "Ventas")
        #expect(walk.state.status(.member) == .done, "the same queue: the member step stays done")
    }
}

@Suite struct VerifyReusedFlowTests {
    @Test(arguments: Language.allCases)
    func aReusedFlowThatPassesSaysItsQueueIsNotChecked(language: Language) {
        var walk = Walk(language: language)
        walk.state.mode = .verify(.real)
        walk.state.genesys.connectedTo = "eu-west-1"
        (walk.state.answers.queueName, walk.state.answers.flowName) = ("Ventas", "Flujo Ventas")
        walk.state.answers.flowOrigin = .existing
        walk.state.answers.flowDone = true
        walk.state.screen = .step(.flow)
        walk.press(.enter)
        var survey = Survey()
        survey.flow = Survey.Flow(id: "flow-1", published: true, name: "Flujo Ventas")
        walk.send(.checked(.flow, survey))
        #expect(walk.state.screen == .step(.integration))
        #expect(walk.state.notice == .flowQueueNotChecked(queue: "Ventas"))
        #expect(Texts.for(language).notices.notice(walk.state.notice!).contains("Ventas"))
    }
}
