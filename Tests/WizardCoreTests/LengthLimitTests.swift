import Testing
@testable import WizardCore

/// Every text field takes at most what Genesys accepts: typing stops there with the limit said, and a longer
/// value read from a checkpoint is refused on its step's screen rather than sent to Genesys.
@Suite struct LengthLimitTests {
    private func walkToQueue() -> Walk {
        var walk = Walk()
        walk.finishPrerequisites()
        #expect(walk.state.screen == .step(.queue))
        return walk
    }

    @Test func typingStopsAtTheLimitAndSaysIt() {
        var walk = walkToQueue()
        walk.replace(.queueName, with: String(repeating: "a", count: 250))
        #expect(walk.state.answers.queueName.count == Validation.maximumLength(.queueName))
        #expect(walk.state.errors[.queueName] == .tooLong(limit: 200, length: nil))
        #expect(Texts.for(.en).fields.issue(.queueName, .tooLong(limit: 200, length: nil)).contains("200"))
        #expect(Texts.for(.es).fields.issue(.queueName, .tooLong(limit: 200, length: nil)).contains("200"))
        #expect(Texts.for(.en).fields.issue(.queueName, .tooLong(limit: 200, length: 1_000)).contains("Shorten it"))
        // Deleting a character is still possible; the message goes with the next change.
        walk.press(.backspace)
        #expect(walk.state.answers.queueName.count == 199 && walk.state.errors[.queueName] == nil)
    }

    @Test func everyTextFieldHasALimitAndTheFlowsIsGenesyss() {
        for field in FieldID.allCases where field.kind.takesText {
            #expect(Validation.maximumLength(field) > 15, "\(field)")
        }
        #expect(Validation.maximumLength(.flowName) == 200)
    }

    @Test func aTooLongValueFromACheckpointIsRefusedOnItsStep() {
        var walk = walkToQueue()
        walk.replace(.queueName, with: "Ventas")
        walk.tick(.queueDone)
        walk.press(.enter)
        var saved = walk.state.saved
        #expect(saved.statuses[.queue] == .done)
        saved.answers.queueName = String(repeating: "Q", count: 1_000_000)

        var resumed = Walk()
        resumed.state.restore(saved, keepLanguage: false)
        #expect(resumed.state.status(.queue) == .inProgress, "not finished: Genesys would refuse that name")
        resumed.press(.enter)
        #expect(resumed.state.screen == .step(.queue))
        #expect(resumed.state.errors[.queueName] == .tooLong(limit: 200, length: 1_000_000))
        #expect(resumed.state.answers.queueName.count == 1_000_000, "nothing is lost: the user edits it")
        resumed.tick(.queueDone)
        resumed.press(.enter)
        #expect(resumed.state.screen == .step(.queue), "Enter refuses it too")
    }
}
