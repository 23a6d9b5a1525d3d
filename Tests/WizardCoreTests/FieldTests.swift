import Testing
@testable import WizardCore

@Suite struct FieldTests {
    private func walkToIntegration() -> Walk {
        var walk = Walk()
        walk.finishPrerequisites()
        walk.tick(.queueDone); walk.press(.enter)
        walk.replace(.memberEmail, with: "ana@example.com"); walk.tick(.memberDone); walk.press(.enter)
        walk.tick(.flowDone); walk.press(.enter)
        return walk
    }

    @Test func theIntegrationOffersAGeneratedTokenAndAValidPlaceholderURL() {
        let walk = walkToIntegration()
        #expect(walk.state.screen == .step(.integration))
        #expect(walk.effects.contains(.generateSecretToken))
        #expect(walk.state.secretToken.count > 15)
        #expect(Validation.urlIssue(walk.state.answers.webhookURL) == nil)
        #expect(!walk.state.secretRevealed, "the token is masked by default")
    }

    @Test func theWorkshopsShortTokenIsRefusedBeforeGenesysCould() {
        var walk = walkToIntegration()
        walk.replace(.secretToken, with: "123")
        walk.tick(.integrationDone)
        walk.press(.enter)
        #expect(walk.state.screen == .step(.integration))
        #expect(walk.state.errors[.secretToken] == .tokenTooShort(length: 3))
        walk.replace(.secretToken, with: String(repeating: "x", count: 15))
        walk.tick(.integrationDone); walk.press(.enter)
        #expect(walk.state.errors[.secretToken] == .tokenTooShort(length: 15), "15 is not longer than 15")
        walk.replace(.secretToken, with: String(repeating: "x", count: 16))
        walk.tick(.integrationDone); walk.press(.enter)
        #expect(walk.state.screen == .step(.route))
    }

    @Test func aTokenOfSpacesIsRefused() {
        var walk = walkToIntegration()
        walk.replace(.secretToken, with: String(repeating: " ", count: 20))
        walk.tick(.integrationDone)
        walk.press(.enter)
        #expect(walk.state.errors[.secretToken] == .tokenHasSpaces)
    }

    @Test(arguments: Language.allCases)
    func theRouteShowsTheFlowAndIntegrationOfSteps4And5AndAsksOnlyTheTick(language: Language) {
        var walk = walkToIntegration()
        walk.state.language = language
        walk.tick(.integrationDone)
        walk.press(.enter)
        #expect(walk.state.screen == .step(.route) && walk.state.fields == [.routeDone])
        let said = Texts.for(language).steps.instructions(.route, walk.state.answers, .inProgress).joined()
        #expect(said.contains(walk.state.answers.flowName) && said.contains(walk.state.answers.integrationName))
        walk.tick(.routeDone)
        walk.press(.enter)
        #expect(walk.state.screen == .step(.salesforce))
        #expect(walk.state.answers.routeFlow == walk.state.answers.flowName, "recorded as steps 4 and 5 wrote them")
    }

    @Test func revealAndRegenerateTheToken() {
        var walk = walkToIntegration()
        walk.press(.function(3))
        #expect(walk.state.secretRevealed)
        let effects = walk.send(.key(.function(4)))
        #expect(effects.contains(.generateSecretToken))
        #expect(walk.state.notice == .tokenGenerated)
    }

    @Test func theTokenNeverReachesTheCheckpoint() throws {
        let walk = walkToIntegration()
        let bytes = try CheckpointCodec.encode(walk.state.saved)
        let json = String(decoding: bytes, as: UTF8.self)
        #expect(!json.contains(walk.state.secretToken))
    }

    /// Steps are named in the file as before ("queue": "done"); a step this version does not know, from a
    /// newer one, is left out rather than making the file unreadable.
    @Test func stepsAreSavedByNameAndAnUnknownStepIsLeftOut() throws {
        let walk = walkToIntegration()
        let json = String(decoding: try CheckpointCodec.encode(walk.state.saved), as: UTF8.self)
        #expect(json.contains("\"queue\" : \"done\"") && json.contains("\"queue\" : \"new|"))
        let withUnknown = json.replacing("\"queue\" : \"done\"", with: "\"queue\" : \"done\", \"archiving\" : \"done\"")
        let read = try CheckpointCodec.decode(Array(withUnknown.utf8), path: "test.json")
        #expect(read == walk.state.saved)
        #expect(read.statuses[.queue] == .done && read.statuses.count == StepID.allCases.count)
    }

    @Test func copyPutsTheFocusedValueOnTheClipboard() {
        var walk = walkToIntegration()
        walk.focus(.webhookURL)
        let effects = walk.send(.key(.function(2)))
        #expect(effects == [.copyToClipboard(Texts.suggestedWebhookURL)])
        #expect(walk.state.notice == .copied(.webhookURL))
        walk.focus(.integrationDone)
        #expect(walk.send(.key(.function(2))).isEmpty)
        #expect(walk.state.notice == .nothingToCopy)
    }

    @Test func textEditingKeysMoveTheCursorByCharacters() {
        var walk = walkToIntegration()
        walk.replace(.integrationName, with: "Atención")
        walk.press(.home, .delete, .character("a"), .end, .backspace, .left, .character("ó"))
        #expect(walk.state.answers.integrationName == "atencióó")
        #expect(walk.state.cursor == 7)
    }

    @Test(arguments: [
        ("https://example.com/hook", nil),
        ("https://localhost:8443/x", nil),
        ("http://whatever.com", ValidationIssue.urlNotHTTPS),
        ("whatever.com", .invalidURL),
        ("https://", .invalidURL),
        ("https://exa mple.com", .invalidURL),
        ("https://example.com:99999/", .invalidURL),
    ] as [(String, ValidationIssue?)])
    func webhookURLs(url: String, issue: ValidationIssue?) {
        #expect(Validation.urlIssue(url) == issue)
    }

    @Test(arguments: [("ana@example.com", true), ("josé.núñez@empresa.es", true), ("ana@", false),
                      ("@example.com", false), ("ana example@x.com", false), ("ana@example", false)])
    func emails(email: String, valid: Bool) {
        #expect(Validation.isEmail(email) == valid)
    }

    @Test func languageComesFromTheLocale() {
        #expect(Language.fromEnvironment(["LANG": "es_ES.UTF-8"]) == .es)
        #expect(Language.fromEnvironment(["LANG": "es_ES.UTF-8", "LC_ALL": "en_US.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .en)
        #expect(Language.fromEnvironment([:]) == .en)
    }

    @Test func languageSwitchesOnTheWelcomeScreen() {
        var walk = Walk(language: .en)
        walk.press(.right)
        #expect(walk.state.language == .es)
        walk.press(.left)
        #expect(walk.state.language == .en)
    }
}

/// Values Genesys refuses are refused here first, with Genesys's reason.
@Suite struct GenesysRulesValidationTests {
    @Test(arguments: [("https://hooks.example.com:8443/x", 8443 as Int?), ("https://hooks.example.com:443/x", nil),
                      ("https://hooks.example.com/x", nil)])
    func aWebhookOnAnotherPortThan443IsRefused(url: String, refusedPort: Int?) {
        var walk = Walk()
        walk.state.screen = .step(.integration)
        walk.state.answers.webhookURL = url
        #expect(Validation.check(.webhookURL, in: walk.state) == refusedPort.map { .webhookPortNot443(port: $0) })
    }

    @Test(arguments: Language.allCases)
    func anAsteriskInANameIsRefusedWithTheReason(language: Language) {
        var walk = Walk(language: language)
        walk.state.answers.queueName = "Ventas*"
        #expect(Validation.check(.queueName, in: walk.state) == .nameHasAsterisk)
        walk.state.answers.queueName = "Ventas"
        #expect(Validation.check(.queueName, in: walk.state) == nil)
        #expect(Texts.for(language).fields.issue(.queueName, .nameHasAsterisk).contains("*"))
        #expect(Texts.for(language).fields.issue(.webhookURL, .webhookPortNot443(port: 8443)).contains("443"))
    }
}
