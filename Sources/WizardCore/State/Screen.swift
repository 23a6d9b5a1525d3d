/// The screens, in order: welcome, one per step, summary.
public enum Screen: Equatable, Sendable {
    case welcome
    case step(StepID)
    case summary

    public static let all: [Screen] = [.welcome] + StepID.allCases.map(Screen.step) + [.summary]

    public var next: Screen? { Screen.all.firstIndex(of: self).flatMap { Screen.all.indices.contains($0 + 1) ? Screen.all[$0 + 1] : nil } }
    public var previous: Screen? { Screen.all.firstIndex(of: self).flatMap { $0 > 0 ? Screen.all[$0 - 1] : nil } }
}

extension Screen {
    /// The inputs of this screen, top to bottom, given the answers so far (some appear only for one choice).
    public func fields(_ state: WizardState) -> [FieldID] {
        switch self {
        case .welcome:
            return state.hasProgress ? [.language, .resume] : [.language]
        case .step(.prerequisites): return [.genesysAdmin, .salesforceAdmin, .packageInstalled]
        case .step(.queue): return [.queueOrigin, .queueName, .queueDone]
        case .step(.member): return [.memberEmail, .memberOrigin, .memberDone]
        case .step(.flow): return [.flowOrigin, .flowName, .flowDone]
        case .step(.integration): return [.integrationName, .webhookURL, .secretToken, .integrationDone]
        case .step(.route): return [.routeFlow, .routeAddress, .routeDone]
        case .step(.salesforce):
            return [.salesforceSetup, .salesforceInstalledPackages, .salesforceConfigure, .salesforceRetrieveOptions]
        case .summary: return []
        }
    }
}

// Stored as one word ("welcome", "queue", ..., "summary") so that the checkpoint reads plainly.
extension Screen: Codable {
    public var name: String {
        switch self {
        case .welcome: return "welcome"
        case .step(let step): return step.rawValue
        case .summary: return "summary"
        }
    }

    public init?(name: String) {
        guard let screen = Screen.all.first(where: { $0.name == name }) else { return nil }
        self = screen
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let name = try container.decode(String.self)
        guard let screen = Screen(name: name) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown screen \(name)")
        }
        self = screen
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(name)
    }
}
