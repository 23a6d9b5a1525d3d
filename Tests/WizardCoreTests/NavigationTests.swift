import Testing
@testable import WizardCore

@Suite struct NavigationTests {
    @Test func enterOnWelcomeWithoutProgressGoesToPrerequisites() {
        var walk = Walk()
        walk.press(.enter)
        #expect(walk.state.screen == .step(.prerequisites))
        #expect(walk.state.status(.prerequisites) == .inProgress)
    }

    @Test func nextIsRefusedUntilEveryPrerequisiteIsTicked() {
        var walk = Walk()
        walk.press(.enter, .enter)
        #expect(walk.state.screen == .step(.prerequisites))
        #expect(walk.state.errors == [.genesysAdmin: .notChecked, .salesforceAdmin: .notChecked, .packageInstalled: .notChecked])
        walk.tick(.genesysAdmin)
        #expect(walk.state.errors[.genesysAdmin] == nil, "ticking clears that field's error")
        walk.tick(.salesforceAdmin); walk.tick(.packageInstalled); walk.press(.enter)
        #expect(walk.state.screen == .step(.queue))
        #expect(walk.state.status(.prerequisites) == .done)
    }

    @Test func backIsNeverBlockedByValidationAndKeepsWhatWasTyped() {
        var walk = Walk()
        walk.press(.enter)
        walk.tick(.genesysAdmin); walk.tick(.salesforceAdmin); walk.tick(.packageInstalled); walk.press(.enter)
        walk.replace(.queueName, with: "")
        walk.press(.enter)
        #expect(walk.state.errors[.queueName] == .required)
        walk.replace(.queueName, with: "not yet done")
        walk.press(.escape)
        #expect(walk.state.screen == .step(.prerequisites))
        walk.press(.enter)
        #expect(walk.state.answers.queueName == "not yet done")
    }

    @Test func escapeOnWelcomeAsksBeforeLeaving() {
        var walk = Walk()
        walk.press(.escape)
        #expect(walk.state.overlay == .confirmQuit)
        walk.press(.character("n"))
        #expect(walk.state.overlay == nil && !walk.state.hasQuit)
        walk.press(.control("c"))
        #expect(walk.state.overlay == .confirmQuit)
        let effects = walk.send(.key(.character("y")))
        #expect(walk.state.hasQuit && effects.contains(.quit))
    }

    @Test func spanishYesAlsoQuits() {
        var walk = Walk(language: .es)
        walk.press(.control("c"), .character("s"))
        #expect(walk.state.hasQuit)
    }

    @Test func fullWalkReachesSummaryWithEveryStepFinished() {
        var walk = Walk()
        walk.completeAll()
        #expect(walk.state.screen == .summary)
        #expect(StepID.allCases.allSatisfy { walk.state.status($0).isFinished })
        #expect(walk.state.answers.queueName == "Atención al Cliente")
        #expect(walk.state.answers.routeFlow == walk.state.answers.flowName, "the route defaults to step 4's flow")
        #expect(walk.state.answers.routeAddress == walk.state.answers.integrationName)
        let effects = walk.send(.key(.enter))
        #expect(effects.contains(.quit))
    }

    @Test func reusingAnExistingQueueOrFlowFinishesAsSkipped() {
        var walk = Walk()
        walk.press(.enter)
        walk.tick(.genesysAdmin); walk.tick(.salesforceAdmin); walk.tick(.packageInstalled); walk.press(.enter)
        walk.focus(.queueOrigin); walk.press(.left)
        #expect(walk.state.answers.queueOrigin == .existing)
        #expect(walk.state.answers.queueName.isEmpty, "the suggested name belongs to a new queue")
        walk.replace(.queueName, with: "Soporte"); walk.tick(.queueDone); walk.press(.enter)
        #expect(walk.state.status(.queue) == .skipped)
        walk.replace(.memberEmail, with: "a@b.co"); walk.tick(.memberDone); walk.press(.enter)
        walk.focus(.flowOrigin); walk.press(.character(" "))
        walk.replace(.flowName, with: "Existing flow"); walk.tick(.flowDone); walk.press(.enter)
        #expect(walk.state.status(.flow) == .skipped)
        #expect(walk.state.screen == .step(.integration), "a reused flow goes straight on to the integration")
    }

    @Test func resumeGoesToTheFirstUnfinishedStep() {
        var walk = Walk()
        walk.press(.enter)
        walk.tick(.genesysAdmin); walk.tick(.salesforceAdmin); walk.tick(.packageInstalled); walk.press(.enter)
        walk.tick(.queueDone); walk.press(.enter)
        walk.replace(.memberEmail, with: "ana@example.com")
        var resumed = Walk(language: .es)
        resumed.state.restore(walk.state.saved, keepLanguage: false)
        #expect(resumed.state.language == .en, "the saved language wins unless --lang was given")
        #expect(resumed.state.screen == .welcome && resumed.state.fields == [.language, .mode, .resume])
        resumed.press(.enter)
        #expect(resumed.state.screen == .step(.member))
        #expect(resumed.state.answers.memberEmail == "ana@example.com")
    }

    @Test func startOverAsksFirstThenClearsEverything() {
        var walk = Walk()
        walk.completeAll()
        var resumed = Walk()
        resumed.state.restore(walk.state.saved, keepLanguage: true)
        resumed.focus(.resume); resumed.press(.right, .enter)
        #expect(resumed.state.overlay == .confirmStartOver)
        resumed.press(.character("n"))
        #expect(resumed.state.answers == walk.state.answers)
        let effects = resumed.send(.key(.enter)) + resumed.send(.key(.character("y")))
        #expect(resumed.state.answers == Answers())
        #expect(resumed.state.screen == .step(.prerequisites))
        // A lasting copy of the old progress is made before the first save of the new one.
        let archive = effects.firstIndex(of: .archiveCheckpoint)
        let save = effects.firstIndex { if case .save(let saved) = $0 { return saved.answers == Answers() } else { return false } }
        #expect(archive != nil && save != nil && archive! < save!)
        resumed.send(.checkpointArchived(path: "/tmp/test.json.reset-1"))
        #expect(resumed.state.notice == .startedOver("/tmp/test.json.reset-1"))
    }

    @Test func tooSmallTerminalIgnoresKeysButLeavingWhichAsksFirst() {
        var walk = Walk()
        walk.send(.resized(TerminalSize(columns: 79, rows: 24)))
        walk.press(.enter)
        #expect(walk.state.screen == .welcome)
        walk.send(.resized(TerminalSize(columns: 100, rows: 30)))
        walk.press(.enter)
        #expect(walk.state.screen == .step(.prerequisites))
        walk.send(.resized(TerminalSize(columns: 80, rows: 10)))
        walk.press(.control("c"))
        #expect(walk.state.overlay == .confirmQuit && !walk.state.hasQuit)
        walk.press(.character("n"))
        #expect(walk.state.overlay == nil && !walk.state.hasQuit)
        walk.press(.control("c"), .character("y"))
        #expect(walk.state.hasQuit)
    }

    @Test func helpOpensOnF1AndQuestionMarkButQuestionMarkIsTypedInText() {
        var walk = Walk()
        walk.press(.function(1))
        #expect(walk.state.overlay == .help)
        walk.press(.escape)
        #expect(walk.state.overlay == nil && walk.state.screen == .welcome, "Esc closes the help, not the screen")
        walk.press(.character("?"))
        #expect(walk.state.overlay == .help)
        walk.press(.character("?"))
        walk.completeAll()
        walk.press(.escape, .escape, .escape, .escape, .escape, .escape)
        walk.focus(.queueName)
        walk.press(.end, .character("?"))
        #expect(walk.state.overlay == nil && walk.state.answers.queueName.hasSuffix("?"))
    }
}

@Suite struct ResumeFocusTests {
    @Test func aResumePutsTheCursorBackInTheFieldTheUserWasTypingIn() {
        var walk = Walk()
        walk.finishPrerequisites()
        walk.replace(.queueName, with: "Atención al Cl")
        walk.press(.control("c"), .character("y"))
        #expect(walk.state.saved.resumeFocus == .queueName, "kept with the last save")
        var resumed = Walk()
        resumed.state.restore(walk.state.saved, keepLanguage: true)
        resumed.press(.enter)
        #expect(resumed.state.screen == .step(.queue) && resumed.state.focusedField == .queueName)
        #expect(resumed.state.cursor == "Atención al Cl".count)
        resumed.type("iente")
        #expect(resumed.state.answers.queueName == "Atención al Cliente")
    }
}
