/// How the wizard carries out the Genesys steps.
public enum Mode: String, Codable, CaseIterable, Sendable {
    /// The admin clicks; the wizard says where and records what they did.
    case guided
    /// As guided, and the wizard checks each step in the org through the API.
    case verify
    /// The wizard does the Genesys steps itself through the API, after showing its plan.
    case automatic
    /// Automatic or Verify (`WizardState.practiceRuns`), against a practice org that the wizard starts on this
    /// machine.
    case practice

    /// True when the wizard talks to an org.
    public var usesGenesys: Bool { self != .guided }
    /// True when the wizard makes the Genesys objects itself (see `WizardState.stepsMode` for Practice).
    public var appliesItself: Bool { self == .automatic }
}
