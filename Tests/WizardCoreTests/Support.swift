@testable import WizardCore

/// A wizard driven by events, as the service layer drives it, keeping every effect it asked for.
struct Walk {
    var state: WizardState
    var effects: [Effect] = []

    init(language: Language = .en) {
        state = WizardState(
            language: language, size: .minimum,
            context: SessionContext(profile: "test", checkpointPath: "/tmp/test.json", summaryPath: "/tmp/summary.md"))
    }

    @discardableResult
    mutating func send(_ event: Event) -> [Effect] {
        let (next, produced) = reduce(state, event)
        state = next
        effects += produced
        if produced.contains(.generateSecretToken) {
            send(.secretTokenGenerated("abcdefghijklmnopqrstuvwxyz012345"))
        }
        return produced
    }

    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    mutating func type(_ text: String) {
        for character in text { send(.key(.character(character))) }
    }

    /// Focuses a field of the current screen by tabbing to it.
    mutating func focus(_ field: FieldID) {
        guard let index = state.fields.firstIndex(of: field) else { fatalError("\(field) is not on \(state.screen)") }
        while state.focus != index { press(.tab) }
    }

    mutating func tick(_ field: FieldID) {
        focus(field)
        if !state.isChecked(field) { press(.character(" ")) }
    }

    /// Ticks every box of the screen on show.
    mutating func tickEveryBox() {
        for field in state.fields where field.checkboxPath != nil { tick(field) }
    }

    mutating func replace(_ field: FieldID, with text: String) {
        focus(field)
        press(.control("u"))
        type(text)
    }

    /// From the welcome screen past the prerequisites, ticked: on the queue step.
    mutating func finishPrerequisites() {
        press(.enter)
        tick(.genesysAdmin); tick(.salesforceAdmin); tick(.packageInstalled); press(.enter)
    }

    /// Walks from the welcome screen through every step with valid answers.
    mutating func completeAll(queue: String = "Atención al Cliente") {
        press(.enter)
        tick(.genesysAdmin); tick(.salesforceAdmin); tick(.packageInstalled); press(.enter)
        replace(.queueName, with: queue); tick(.queueDone); press(.enter)
        replace(.memberEmail, with: "ana@example.com"); tick(.memberDone); press(.enter)
        tick(.flowDone); press(.enter)
        tick(.integrationDone); press(.enter)
        tick(.routeDone); press(.enter)
        tick(.salesforceSetup); tick(.salesforceInstalledPackages); tick(.salesforceConfigure)
        tick(.salesforceRetrieveOptions); press(.enter)
    }
}
