/// Every input on every screen.
public enum FieldID: String, Codable, CaseIterable, Sendable {
    // Welcome
    case language, mode, resume
    // Connection (Verify, Automatic; Practice: how it runs)
    case location, clientID, clientSecret, practiceRuns
    // Prerequisites
    case genesysAdmin, salesforceAdmin, packageInstalled
    // Queue
    case queueOrigin, queueName, queueDone
    // Member
    case memberEmail, memberOrigin, memberDone
    // Flow
    case flowOrigin, flowName, flowDone
    // Integration
    case integrationName, webhookURL, secretToken, integrationDone
    // Route
    case routeDone
    // Salesforce
    case salesforceSetup, salesforceInstalledPackages, salesforceConfigure, salesforceRetrieveOptions
    // Test message
    case testMessageText
}

/// What kind of input a field is, which decides the keys it takes and how it is drawn.
public enum FieldKind: Equatable, Sendable {
    case text
    /// Text drawn masked unless revealed.
    case secret
    case checkbox
    /// One of a few options, changed with Left/Right or Space.
    case choice

    public var takesText: Bool { self == .text || self == .secret }
}

extension FieldID {
    public var kind: FieldKind {
        switch self {
        case .language, .mode, .practiceRuns, .resume, .queueOrigin, .memberOrigin, .flowOrigin: return .choice
        case .queueName, .memberEmail, .flowName, .integrationName, .webhookURL,
             .location, .clientID, .testMessageText:
            return .text
        case .secretToken, .clientSecret: return .secret
        case .genesysAdmin, .salesforceAdmin, .packageInstalled, .queueDone, .memberDone, .flowDone,
             .integrationDone, .routeDone, .salesforceSetup, .salesforceInstalledPackages, .salesforceConfigure,
             .salesforceRetrieveOptions:
            return .checkbox
        }
    }

    public var checkboxPath: WritableKeyPath<Answers, Bool>? {
        switch self {
        case .genesysAdmin: return \.genesysAdmin
        case .salesforceAdmin: return \.salesforceAdmin
        case .packageInstalled: return \.packageInstalled
        case .queueDone: return \.queueDone
        case .memberDone: return \.memberDone
        case .flowDone: return \.flowDone
        case .integrationDone: return \.integrationDone
        case .routeDone: return \.routeDone
        case .salesforceSetup: return \.salesforceSetup
        case .salesforceInstalledPackages: return \.salesforceInstalledPackages
        case .salesforceConfigure: return \.salesforceConfigure
        case .salesforceRetrieveOptions: return \.salesforceRetrieveOptions
        case .language, .mode, .resume, .location, .clientID, .clientSecret, .practiceRuns, .queueOrigin, .queueName,
             .memberEmail, .memberOrigin, .flowOrigin, .flowName, .integrationName, .webhookURL, .secretToken,
             .testMessageText:
            return nil
        }
    }

    /// The step whose screen shows this field; nil for the fields of the welcome and connection screens.
    public var step: StepID? { StepID.allCases.first { $0.fields.contains(self) } }

    public var originPath: WritableKeyPath<Answers, Origin>? {
        switch self {
        case .queueOrigin: return \.queueOrigin
        case .memberOrigin: return \.memberOrigin
        case .flowOrigin: return \.flowOrigin
        case .language, .mode, .resume, .location, .clientID, .clientSecret, .practiceRuns, .genesysAdmin,
             .salesforceAdmin, .packageInstalled, .queueName, .queueDone, .memberEmail, .memberDone, .flowName,
             .flowDone, .integrationName, .webhookURL, .secretToken, .integrationDone,
             .routeDone, .salesforceSetup, .salesforceInstalledPackages, .salesforceConfigure,
             .salesforceRetrieveOptions, .testMessageText:
            return nil
        }
    }
}

extension Origin {
    /// Options of an origin choice, in the order they are drawn.
    public static let choiceOrder: [Origin] = [.existing, .new]
}
