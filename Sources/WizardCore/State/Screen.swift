/// The screens: welcome, the connection (modes that use the API), one per step, the plan (modes where the
/// wizard does the work itself, before Salesforce, which only the admin can do), summary.
public enum Screen: Equatable, Sendable {
    case welcome
    case connect
    case step(StepID)
    case plan
    /// A message sent through the route as a customer would, followed to its queue (modes that use the API).
    case testMessage
    case summary
    /// Removing what this setup made, reached from the summary.
    case undo

    public static let all: [Screen] = [.welcome, .connect] + StepID.allCases.map(Screen.step)
        + [.plan, .testMessage, .summary, .undo]

    /// The screens a mode walks through, in order.
    public static func sequence(_ mode: Mode) -> [Screen] {
        var screens: [Screen] = [.welcome]
        if mode.usesGenesys { screens.append(.connect) }
        for step in StepID.allCases {
            if step == .salesforce, mode.appliesItself { screens.append(.plan) }
            if step == .salesforce, mode.usesGenesys { screens.append(.testMessage) }
            screens.append(.step(step))
        }
        return screens + [.summary]
    }

    public func next(in mode: Mode) -> Screen? {
        let screens = Screen.sequence(mode)
        return screens.firstIndex(of: self).flatMap { screens.indices.contains($0 + 1) ? screens[$0 + 1] : nil }
    }

    public func previous(in mode: Mode) -> Screen? {
        let screens = Screen.sequence(mode)
        return screens.firstIndex(of: self).flatMap { $0 > 0 ? screens[$0 - 1] : nil }
    }
}

extension Screen {
    /// The inputs of this screen, top to bottom, given the answers so far (some appear only for one choice).
    public func fields(_ state: WizardState) -> [FieldID] {
        switch self {
        case .welcome:
            return state.hasProgress ? [.language, .mode, .resume] : [.language, .mode]
        case .connect:
            return state.mode.isPractice ? [.practiceRuns] : [.location, .clientID, .clientSecret]
        case .step(let step):
            // A practice run has no Salesforce org to be the admin of.
            let fields = state.mode.isPractice ? step.fields.filter { $0 != .salesforceAdmin } : step.fields
            // When the wizard does the step itself there is nothing to tick, and whether the user is already
            // a member is for the wizard to find out.
            guard state.isDoneByTheWizard(step) else { return fields }
            return fields.filter { $0 != step.doneField && $0 != .memberOrigin }
        case .testMessage: return [.testMessageText]
        case .plan, .summary, .undo: return []
        }
    }
}

extension StepID {
    /// The inputs of the step's screen in Guided and Verify modes.
    public var fields: [FieldID] {
        switch self {
        case .prerequisites: return [.genesysAdmin, .salesforceAdmin, .packageInstalled]
        case .queue: return [.queueOrigin, .queueName, .queueDone]
        case .member: return [.memberEmail, .memberOrigin, .memberDone]
        case .flow: return [.flowOrigin, .flowName, .flowDone]
        case .integration: return [.integrationName, .webhookURL, .secretToken, .integrationDone]
        // The flow and the integration are those of steps 4 and 5: shown in the instructions, not asked again.
        case .route: return [.routeDone]
        case .salesforce:
            return [.salesforceSetup, .salesforceInstalledPackages, .salesforceConfigure, .salesforceRetrieveOptions]
        }
    }
}

// Stored as one word ("welcome", "queue", ..., "summary") so that the checkpoint reads plainly.
extension Screen: Codable {
    public var name: String {
        switch self {
        case .welcome: return "welcome"
        case .connect: return "connect"
        case .step(let step): return step.rawValue
        case .plan: return "plan"
        case .testMessage: return "testMessage"
        case .summary: return "summary"
        case .undo: return "undo"
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
