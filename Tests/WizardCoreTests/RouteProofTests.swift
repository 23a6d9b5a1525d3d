import Testing
@testable import WizardCore

/// The test message's screen and the undo, driven by events as the service layer drives them.
@Suite struct TestMessageTests {
    private static let request = TestMessageRequest(integrationID: "int-1", queueID: "queue-1", queueName: "Ventas",
                                                    memberUserID: "user-1", memberEmail: "ana@example.com",
                                                    text: "Hola", nickname: "prueba")

    @Test func eachPlaceThePathBreaksHasItsOwnOutcome() {
        let expected = Self.request
        #expect(TestMessageOutcome.of(conversationFound: false, acdQueue: nil, memberOnIt: false, expected: expected) == .noConversation)
        #expect(TestMessageOutcome.of(conversationFound: true, acdQueue: nil, memberOnIt: false, expected: expected) == .neverReachedAQueue)
        #expect(TestMessageOutcome.of(conversationFound: true, acdQueue: ("queue-9", "Soporte"), memberOnIt: false,
                                      expected: expected) == .otherQueue("Soporte"))
        #expect(TestMessageOutcome.of(conversationFound: true, acdQueue: ("queue-1", "Ventas"), memberOnIt: false,
                                      expected: expected) == .noMember(queue: "Ventas", email: "ana@example.com"))
        #expect(TestMessageOutcome.of(conversationFound: true, acdQueue: ("queue-1", "Ventas"), memberOnIt: true,
                                      expected: expected) == .reachedQueue(queue: "Ventas"))
    }

    /// Connected in Automatic mode, the Genesys steps made, on the test message's screen.
    static func onTheTestMessage(_ language: Language = .en) -> Walk {
        var walk = Walk(language: language)
        walk.state.mode = .automatic(.real)
        walk.state.genesys.connectedTo = "eu-west-1"
        walk.state.answers.queueName = "Ventas"
        walk.state.answers.memberEmail = "ana@example.com"
        walk.state.org.orgName = "eu-west-1"
        (walk.state.org.queueID, walk.state.org.userID, walk.state.org.integrationID) = ("queue-1", "user-1", "int-1")
        for step in StepID.genesysSteps + [.prerequisites] { walk.state.statuses[step] = .done }
        for step in StepID.genesysSteps { walk.state.org.noteMade(step) }
        walk.state.screen = .plan
        walk.press(.enter)
        return walk
    }

    @Test func theMessageGoesOutFollowedByItsConversationWhoseIdIsSavedFirst() {
        var walk = Self.onTheTestMessage(.es)
        #expect(walk.state.screen == .testMessage)
        #expect(walk.state.answers.testMessageText == Texts.spanish.testMessage.suggestedText)
        walk.press(.enter)
        guard case .genesys(.sendTestMessage(let request))? = walk.effects.last else { Issue.record("not sent"); return }
        #expect(request.integrationID == "int-1" && request.queueID == "queue-1" && request.memberUserID == "user-1")
        #expect(request.nickname == Texts.spanish.testMessage.nickname && request.leftOver == nil)
        #expect(walk.state.genesys.busy == .sendingTestMessage)

        let produced = walk.send(.testMessageSent(request, conversationID: "conv-1"))
        guard produced.count == 2, case .save(let saved) = produced[0],
              case .genesys(.followTestMessage(_, let id)) = produced[1] else {
            Issue.record("not saved, then followed: \(produced)")
            return
        }
        #expect(saved.testMessage == TestMessageRecord(conversationID: "conv-1") && id == "conv-1")
        #expect(walk.state.genesys.busy == .followingTestMessage(deadlineSeconds: TestMessageRequest.deadlineSeconds))

        walk.send(.testMessageFollowed(conversationID: "conv-1", .otherQueue("Soporte")))
        #expect(walk.state.saved.testMessage?.outcome == .otherQueue("Soporte"))
        #expect(walk.state.hasTestResult)
        walk.press(.function(7))
        guard case .genesys(.sendTestMessage(let again))? = walk.effects.last else { Issue.record("F7 sent nothing"); return }
        #expect(again.leftOver == nil, "the last test was ended")
        walk.send(.testMessageFollowed(conversationID: "conv-2", .reachedQueue(queue: "Ventas")))
        walk.press(.enter)
        #expect(walk.state.screen == .step(.salesforce))
    }

    @Test func aTestStoppedWhileFollowedIsEndedByTheNextAndF8GoesOnWithoutOne() {
        var walk = Self.onTheTestMessage()
        walk.state.saved.testMessage = TestMessageRecord(conversationID: "conv-left")
        walk.press(.enter)
        guard case .genesys(.sendTestMessage(let request))? = walk.effects.last else { Issue.record("not sent"); return }
        #expect(request.leftOver == "conv-left")
        walk.send(.genesysFailed(.timeout))
        #expect(walk.state.genesys.failure == .timeout && !walk.state.hasTestResult)
        walk.press(.function(8))
        #expect(walk.state.screen == .step(.salesforce))
    }

    @Test func aTestConversationLeftOpenIsEndedAsSoonAsTheWizardIsConnectedAgain() {
        var walk = Self.onTheTestMessage()
        walk.state.saved.testMessage = TestMessageRecord(conversationID: "conv-left")
        walk.state.genesys.connectedTo = nil
        walk.state.screen = .connect
        walk.send(.genesysConnected("eu-west-1"))
        #expect(walk.effects.contains(.genesys(.endTestConversation("conv-left"))))
        walk.send(.testConversationEnded("conv-left", failure: .timeout))
        #expect(walk.state.saved.testMessage?.conversationID == "conv-left", "still open: the next test or an undo ends it")
        walk.send(.testConversationEnded("conv-left", failure: nil))
        #expect(walk.state.saved.testMessage == nil)
    }

    @Test func withoutAnIntegrationThereIsNothingToTest() {
        var walk = Self.onTheTestMessage()
        walk.state.org.integrationID = nil
        walk.state.answers.integrationName = "SF"
        walk.press(.enter)
        #expect(walk.state.genesys.failure == .blocked(.integrationMissing("SF")))
        #expect(!walk.effects.contains { if case .genesys(.sendTestMessage) = $0 { return true } else { return false } })
    }

    @Test func aPracticeOrgIsWaitedForBriefly() {
        var checkpoint = Checkpoint(language: .en)
        checkpoint.mode = .automatic(.practice)
        (checkpoint.org.integrationID, checkpoint.org.queueID) = ("i", "q")
        #expect(checkpoint.testMessageRequest(text: "t", nickname: "n")?.deadlineSeconds == TestMessageRequest.practiceDeadlineSeconds)
        checkpoint.mode = .verify(.real)
        #expect(checkpoint.testMessageRequest(text: "t", nickname: "n")?.deadlineSeconds == TestMessageRequest.deadlineSeconds)
    }
}

@Suite struct UndoTests {
    private func checkpoint(made: Set<StepID>, statuses: [StepID: StepStatus]) -> Checkpoint {
        var checkpoint = Checkpoint(language: .en)
        checkpoint.mode = .automatic(.real)
        checkpoint.answers.queueName = "Ventas"
        checkpoint.answers.memberEmail = "ana@example.com"
        checkpoint.answers.flowName = "Flujo"
        checkpoint.answers.integrationName = "SF"
        checkpoint.org.orgName = "eu-west-1"
        (checkpoint.org.userID, checkpoint.org.queueID, checkpoint.org.flowID) = ("user-1", "queue-1", "flow-1")
        (checkpoint.org.integrationID, checkpoint.org.recipientID) = ("int-1", "int-1")
        for step in made { checkpoint.org.noteMade(step) }
        for (step, status) in statuses { checkpoint.statuses[step] = status }
        return checkpoint
    }

    @Test func everythingMadeIsRemovedLastFirstAndTheRouteGoesWithItsIntegration() {
        let all = checkpoint(made: Set(StepID.genesysSteps),
                             statuses: Dictionary(uniqueKeysWithValues: StepID.genesysSteps.map { ($0, StepStatus.done) }))
        let plan = UndoPlan.of(all)
        #expect(plan.removals == [.integration(id: "int-1", name: "SF"), .flow(id: "flow-1", name: "Flujo"),
                                  .member(userID: "user-1", queueID: "queue-1", email: "ana@example.com"),
                                  .queue(id: "queue-1", name: "Ventas")])
        #expect(plan.kept.isEmpty)
    }

    @Test func whatWasReusedOrMadeByHandIsKeptAndARouteOfAKeptIntegrationGoesBack() {
        var reused = checkpoint(made: [.flow, .route], statuses: [.queue: .skipped, .member: .done, .flow: .done,
                                                                   .integration: .skipped, .route: .done])
        reused.manualSteps = [.member]
        reused.org.routeBefore = RouteBefore(flowID: "flow-old")
        let plan = UndoPlan.of(reused)
        #expect(plan.removals == [.route(recipientID: "int-1", flowID: "flow-1", restoreFlowID: "flow-old"),
                                  .flow(id: "flow-1", name: "Flujo")])
        #expect(plan.kept == [KeptObject(step: .integration, reason: .reused), KeptObject(step: .member, reason: .madeByHand),
                              KeptObject(step: .queue, reason: .reused)])
    }

    @Test func guidedModeListsWhatTheAdminMadeLastFirst() {
        var guided = checkpoint(made: [], statuses: [.queue: .skipped, .member: .done, .flow: .done, .integration: .done,
                                                     .route: .done])
        guided.mode = .guided
        #expect(UndoPlan.byHand(guided) == [.integration, .flow, .member])
        guided.answers.memberOrigin = .existing
        #expect(UndoPlan.byHand(guided) == [.integration, .flow])
    }

    @Test func eachRemovalIsSavedBeforeItGoesOutAndTheLastStartsTheSetupAgain() {
        var walk = Walk()
        walk.state.saved = checkpoint(made: Set(StepID.genesysSteps),
                                      statuses: Dictionary(uniqueKeysWithValues: (StepID.allCases).map { ($0, StepStatus.done) }))
        walk.state.saved.testMessage = TestMessageRecord(conversationID: "conv-1", outcome: .reachedQueue(queue: "Ventas"))
        walk.state.genesys.connectedTo = "eu-west-1"
        walk.state.screen = .summary
        walk.type("u")
        #expect(walk.state.screen == .undo)
        walk.press(.enter)
        var sent: [Removal] = []
        while case .genesys(.remove(let removal))? = walk.effects.last {
            guard case .save(let saved)? = walk.effects.dropLast().last else { Issue.record("not saved first"); return }
            #expect(saved.undo?.underway == removal)
            sent.append(removal)
            walk.send(.removed(removal, sent.count == 2 ? .alreadyGone : .removed))
        }
        #expect(sent == UndoPlan.of(checkpoint(made: Set(StepID.genesysSteps), statuses: [:])).removals)
        let undone = walk.state.saved
        #expect(undone.undo?.finished == true && undone.undo?.results == [.removed, .alreadyGone, .removed, .removed])
        #expect(StepID.genesysSteps.allSatisfy { undone.statuses[$0] == .pending } && undone.statuses[.salesforce] == .pending)
        #expect(undone.org.queueID == nil && undone.org.made.isEmpty && undone.org.orgName == "eu-west-1")
        #expect(!undone.answers.salesforceConfigure, "Salesforce's settings name what is gone: to do again")
        #expect(undone.testMessage == nil && undone.answers.queueName == "Ventas" && undone.isUndone)
        walk.press(.enter)
        #expect(walk.state.screen == .welcome && walk.state.resumeScreen == .step(.queue))
    }

    @Test func anUndoStoppedHalfwayResumesThereAndFinishesTheSameRemovals() {
        var stopped = checkpoint(made: Set(StepID.genesysSteps),
                                 statuses: Dictionary(uniqueKeysWithValues: StepID.allCases.map { ($0, StepStatus.done) }))
        stopped.beginUndo()
        let removals = stopped.undo?.removals ?? []
        stopped.noteRemovalSent(removals[0])
        stopped.noteRemoved(removals[0], .removed)
        stopped.noteRemovalSent(removals[1])
        var walk = Walk()
        walk.state.restore(stopped, keepLanguage: false)
        #expect(walk.state.resumeScreen == .undo)
        walk.state.genesys.connectedTo = "eu-west-1"
        walk.state.screen = .undo
        walk.press(.enter)
        #expect(walk.effects.last == .genesys(.remove(removals[1])), "the removal under way is sent again")
        // A late answer for another removal changes nothing.
        walk.send(.removed(removals[3], .removed))
        #expect(walk.state.saved.undo?.results == [.removed] && walk.state.saved.undo?.underway == removals[1])
    }

    @Test func anUndoConnectedToAnotherOrgRemovesNothingThereAndForgetsNothingHere() {
        var walk = Walk()
        walk.state.saved = checkpoint(made: [.queue], statuses: [.queue: .done])
        walk.state.clientSecret = "s3cret-value"
        walk.state.connection = ConnectionSettings(location: "us-east-1", clientID: "client-id")
        walk.state.screen = .summary
        walk.type("u")
        #expect(walk.state.screen == .connect && walk.state.genesys.afterConnecting == .undo)
        walk.press(.enter)
        walk.send(.genesysConnected("us-east-1"))
        #expect(walk.state.genesys.failure == .setupInAnotherOrg(recorded: "eu-west-1", connected: "us-east-1"))
        #expect(walk.state.screen == .connect && !walk.state.genesys.connected)
        #expect(walk.state.org.queueID == "queue-1" && walk.state.org.isMadeHere(.queue), "the record stays for the right org")
    }

    @Test func anObjectReplacedSinceItWasMadeIsNeverRemoved() {
        var replaced = checkpoint(made: [.queue, .integration], statuses: [.queue: .done, .integration: .done])
        // The integration was renamed in the answers to the org's "Legacy Web Chat", which the plan reused.
        replaced.org.integrationID = "legacy-1"
        let plan = UndoPlan.of(replaced)
        #expect(plan.removals == [.queue(id: "queue-1", name: "Ventas")])
        #expect(plan.kept == [KeptObject(step: .integration, reason: .notRecorded)])
    }

    @Test func aTestConversationLeftOpenIsEndedFirstAndKeptOnRecordIfItCannotBe() {
        var open = checkpoint(made: [.queue], statuses: [.queue: .done])
        open.testMessage = TestMessageRecord(conversationID: "conv-left")
        #expect(UndoPlan.of(open).removals.first == .testConversation(id: "conv-left"))
        open.beginUndo()
        open.noteRemoved(.testConversation(id: "conv-left"), .keptChanged(.keptByChoice))
        open.noteRemoved(.queue(id: "queue-1", name: "Ventas"), .removed)
        #expect(open.isUndone && open.testMessage?.conversationID == "conv-left", "the next test ends it")
    }

    @Test func aFailedRemovalIsRetriedOrKeptAndEscAsksBeforeStopping() {
        var walk = Walk(language: .es)
        walk.state.saved = checkpoint(made: [.flow, .queue], statuses: [.flow: .done, .queue: .done])
        walk.state.genesys.connectedTo = "eu-west-1"
        walk.state.screen = .undo
        walk.press(.enter)
        walk.send(.genesysFailed(.missingPermission("architect:flow:delete")))
        #expect(walk.state.canKeepFailedRemoval)
        walk.type("r")
        #expect(walk.effects.last == .genesys(.remove(.flow(id: "flow-1", name: "Flujo"))), "R sends it again")
        walk.send(.genesysFailed(.missingPermission("architect:flow:delete")))
        walk.type("m")
        #expect(walk.state.saved.undo?.results == [.keptChanged(.keptByChoice)])
        #expect(walk.effects.last == .genesys(.remove(.queue(id: "queue-1", name: "Ventas"))), "M keeps it and goes on")
        walk.send(.genesysFailed(.timeout))
        walk.press(.escape)
        #expect(walk.state.overlay == .confirmStopUndo && walk.state.screen == .undo)
        walk.press(.escape)
        #expect(walk.state.overlay == nil && walk.state.saved.isUndoing, "no: the undo goes on")
        walk.press(.escape)
        walk.type("s")
        #expect(walk.state.saved.isUndone)
        #expect(walk.state.saved.undo?.results == [.keptChanged(.keptByChoice), .keptChanged(.keptByChoice)])
        #expect(walk.state.saved.org.flowID == "flow-1" && walk.state.saved.org.queueID == "queue-1",
                "what was kept is still known, so a new run finds its own flow")
        walk.press(.escape)
        #expect(walk.state.screen == .welcome)
    }

    @Test func aSecondUndoAfterTheSetupWasDoneAgainStartsAfresh() {
        var walk = Walk()
        walk.state.saved = checkpoint(made: [.queue], statuses: [.queue: .done])
        walk.state.saved.beginUndo()
        walk.state.saved.noteRemoved(.queue(id: "queue-1", name: "Ventas"), .removed)
        #expect(walk.state.saved.isUndone)
        // Done again: a new queue.
        walk.state.saved.org.queueID = "queue-2"
        walk.state.saved.org.noteMade(.queue)
        walk.state.saved.statuses[.queue] = .done
        #expect(!walk.state.saved.isUndone && walk.state.saved.currentUndo == nil)
        walk.state.genesys.connectedTo = "eu-west-1"
        walk.state.screen = .undo
        walk.press(.enter)
        #expect(walk.effects.last == .genesys(.remove(.queue(id: "queue-2", name: "Ventas"))))
    }

    @Test func anyWorkOfTheSetupKeepsAnotherOrgFromMakingItForget() {
        var walk = TestMessageTests.onTheTestMessage()
        walk.state.genesys.connectedTo = nil
        walk.state.genesys.afterConnecting = .testMessage
        walk.state.screen = .connect
        walk.send(.genesysConnected("us-east-1"))
        #expect(walk.state.genesys.failure == .setupInAnotherOrg(recorded: "eu-west-1", connected: "us-east-1"))
        #expect(walk.state.org.integrationID == "int-1")
    }

    @Test func guidedUndoIsRecordedOnTheAdminsWord() {
        var walk = Walk()
        walk.state.saved = checkpoint(made: [], statuses: [.queue: .done, .member: .done])
        walk.state.mode = .guided
        walk.state.screen = .summary
        walk.type("d")
        #expect(walk.state.screen == .undo)
        walk.press(.enter)
        #expect(walk.state.saved.isUndone && !walk.effects.contains { if case .genesys = $0 { true } else { false } })
    }
}
