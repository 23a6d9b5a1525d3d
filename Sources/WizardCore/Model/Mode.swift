/// How the wizard carries out a step. Only Guided works today; the others are shown as coming.
public enum Mode: String, Codable, CaseIterable, Sendable {
    case guided
    case verify
    case automatic
    case practice
}
