import Testing
@testable import WizardCore

/// A paste is text, never keys: a line break in it cannot be Enter.
@Suite struct PasteTests {
    private func onQueueName() -> Walk {
        var walk = Walk()
        walk.finishPrerequisites()
        walk.focus(.queueName)
        walk.press(.control("u"))
        return walk
    }

    @Test func aPastedLineGoesIntoTheFieldWithoutItsLineBreak() {
        var walk = onQueueName()
        walk.type("Cola ")
        walk.send(.pasted("Atención al Cliente\r\n"))
        #expect(walk.state.answers.queueName == "Cola Atención al Cliente")
        #expect(walk.state.screen == .step(.queue) && walk.state.cursor == "Cola Atención al Cliente".count)
    }

    @Test(arguments: ["Ventas\nOtra línea", "Ventas\tNorte", "\u{1B}[B"])
    func aPasteWithALineBreakOrAControlInsideChangesNothingAndSaysSo(text: String) {
        var walk = onQueueName()
        walk.type("Ventas")
        let effects = walk.send(.pasted(text))
        #expect(walk.state.answers.queueName == "Ventas" && walk.state.screen == .step(.queue))
        #expect(walk.state.notice == .pasteRefused && effects.isEmpty)
    }

    @Test func aPasteOnThePlanNeverCarriesItOut() {
        var walk = Walk()
        walk.state.mode = .automatic(.real)
        walk.state.genesys.connectedTo = "eu-west-1"
        walk.state.screen = .plan
        walk.state.genesys.survey = Survey()
        let effects = walk.send(.pasted("\n\n\r"))
        #expect(!effects.contains { if case .genesys = $0 { return true } else { return false } })
        #expect(walk.state.notice == .pasteNeedsATextField && walk.state.screen == .plan)
    }

    /// The line mode's answer replaces the whole value, as one change; refused, it keeps the old one.
    @Test func aReplacedValueIsOneChangeAndARefusedOneKeepsTheOld() {
        var walk = onQueueName()
        walk.type("Ventas")
        let saves = walk.send(.replaced("Atención"))
        #expect(walk.state.answers.queueName == "Atención" && walk.state.cursor == "Atención".count)
        #expect(saves.filter { if case .save = $0 { return true } else { return false } }.count == 1)
        #expect(walk.send(.replaced("Atención")).isEmpty, "the same value again changes nothing")
        walk.send(.replaced("Aten\u{1B}[Dción"))
        #expect(walk.state.answers.queueName == "Atención" && walk.state.notice == .pasteRefused)
    }

    @Test func aPastePastTheLimitKeepsWhatFitsAndSaysTheLimit() {
        var walk = onQueueName()
        walk.send(.pasted(String(repeating: "a", count: 250)))
        #expect(walk.state.answers.queueName.count == Validation.maximumLength(.queueName))
        #expect(walk.state.errors[.queueName] == .tooLong(limit: Validation.maximumLength(.queueName), length: nil))
    }
}
