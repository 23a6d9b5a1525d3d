/// A setup's answers as an answers file holds them (`omwizard export answers`, read by `omwizard apply`):
/// what the steps' screens ask in Automatic mode, without the ticks, and never a secret. The webhook
/// signature token is named by the environment variable that holds it, or generated when the plan runs.
public struct ScriptedAnswers: Equatable, Sendable {
    /// The format this version writes and reads; a file of a newer one is refused rather than half read.
    public static let currentVersion = 1

    public var language: Language
    public var queueName: String
    public var queueOrigin: Origin
    public var memberEmail: String
    public var flowName: String
    public var flowOrigin: Origin
    public var integrationName: String
    public var webhookURL: String
    /// The environment variable that holds the webhook signature token; nil: a new one is generated.
    public var webhookTokenVariable: String?
    /// What the test message says; nil: the wizard's suggestion in the setup's language.
    public var testMessageText: String?

    public init(language: Language, queueName: String, queueOrigin: Origin = .new, memberEmail: String,
                flowName: String, flowOrigin: Origin = .new, integrationName: String, webhookURL: String,
                webhookTokenVariable: String? = nil, testMessageText: String? = nil) {
        self.language = language
        self.queueName = queueName
        self.queueOrigin = queueOrigin
        self.memberEmail = memberEmail
        self.flowName = flowName
        self.flowOrigin = flowOrigin
        self.integrationName = integrationName
        self.webhookURL = webhookURL
        self.webhookTokenVariable = webhookTokenVariable
        self.testMessageText = testMessageText
    }

    /// The answers a saved setup was given.
    public init(_ checkpoint: Checkpoint) {
        let answers = checkpoint.answers
        self.init(language: checkpoint.language, queueName: answers.queueName, queueOrigin: answers.queueOrigin,
                  memberEmail: answers.memberEmail, flowName: answers.flowName, flowOrigin: answers.flowOrigin,
                  integrationName: answers.integrationName, webhookURL: answers.webhookURL,
                  testMessageText: answers.testMessageText.isEmpty ? nil : answers.testMessageText)
    }

    /// Writes these answers over a setup's, as the admin would type them on the steps' screens.
    public func fill(_ answers: inout Answers) {
        answers.queueName = queueName
        answers.queueOrigin = queueOrigin
        answers.memberEmail = memberEmail
        answers.flowName = flowName
        answers.flowOrigin = flowOrigin
        answers.integrationName = integrationName
        answers.webhookURL = webhookURL
        if let testMessageText { answers.testMessageText = testMessageText }
    }

    /// What the wizard's own fields would say of these values (and of the token, when the file names one),
    /// each with the file's key of the field: the same rules and the same words as the screens.
    public func issues(webhookToken: String?) -> [(key: AnswersFileKey, field: FieldID, issue: ValidationIssue)] {
        var state = WizardState(language: language, size: .minimum,
                                context: SessionContext(profile: "", checkpointPath: "", summaryPath: ""))
        state.mode = .automatic(.real)
        fill(&state.answers)
        state.secretToken = webhookToken ?? ""
        var found: [(key: AnswersFileKey, field: FieldID, issue: ValidationIssue)] = []
        for key in AnswersFileKey.allCases {
            guard let field = key.wizardField else { continue }
            if field == .secretToken && webhookToken == nil { continue }
            if field == .testMessageText && testMessageText == nil { continue }
            if let issue = Validation.check(field, in: state) { found.append((key, field, issue)) }
        }
        return found
    }
}

/// The keys of an answers file, as dotted paths ("queue.name"), in the order the file lists them.
public enum AnswersFileKey: String, CaseIterable, Sendable {
    case version
    case language
    case queue
    case queueName = "queue.name"
    case queueOrigin = "queue.origin"
    case member
    case memberEmail = "member.email"
    case flow
    case flowName = "flow.name"
    case flowOrigin = "flow.origin"
    case integration
    case integrationName = "integration.name"
    case webhookURL = "integration.webhook_url"
    case webhookTokenVariable = "integration.webhook_token_env"
    case testMessage = "test_message"
    case testMessageText = "test_message.text"

    /// What the key holds.
    public var kind: AnswersValueKind {
        switch self {
        case .version: return .number
        case .language: return .choice(Language.allCases.map(\.rawValue))
        case .queueOrigin, .flowOrigin: return .choice([Origin.new.rawValue, Origin.existing.rawValue])
        case .queue, .member, .flow, .integration, .testMessage: return .section
        case .queueName, .memberEmail, .flowName, .integrationName, .webhookURL, .webhookTokenVariable,
             .testMessageText:
            return .text
        }
    }

    /// A file without it is refused; the others take a default (a new queue, a new flow, a generated token,
    /// the suggested test message).
    public var isRequired: Bool {
        switch self {
        case .version, .language, .queue, .queueName, .member, .memberEmail, .flow, .flowName, .integration,
             .integrationName, .webhookURL:
            return true
        case .queueOrigin, .flowOrigin, .webhookTokenVariable, .testMessage, .testMessageText:
            return false
        }
    }

    /// The section it is in (nil at the top of the file).
    public var section: AnswersFileKey? {
        guard let dot = rawValue.firstIndex(of: ".") else { return nil }
        return AnswersFileKey(rawValue: String(rawValue[..<dot]))
    }

    /// Its name inside its section: "name" for "queue.name".
    public var name: String {
        guard let dot = rawValue.firstIndex(of: ".") else { return rawValue }
        return String(rawValue[rawValue.index(after: dot)...])
    }

    /// The keys directly inside `section` (nil: the top of the file).
    public static func keys(in section: AnswersFileKey?) -> [AnswersFileKey] {
        allCases.filter { $0.section == section }
    }

    /// The wizard's field whose rules the value follows.
    public var wizardField: FieldID? {
        switch self {
        case .queueName: return .queueName
        case .memberEmail: return .memberEmail
        case .flowName: return .flowName
        case .integrationName: return .integrationName
        case .webhookURL: return .webhookURL
        case .webhookTokenVariable: return .secretToken
        case .testMessageText: return .testMessageText
        case .version, .language, .queue, .queueOrigin, .member, .flow, .flowOrigin, .integration, .testMessage:
            return nil
        }
    }
}

/// The kind of value a key of an answers file takes.
public enum AnswersValueKind: Equatable, Sendable {
    case text
    case number
    case choice([String])
    /// A mapping of the keys inside it.
    case section
}

/// What is wrong in an answers file, at one line and key.
public struct AnswersFileError: Error, Equatable, Sendable {
    public var file: String
    /// 1-based; 0 when the file could not be read at all.
    public var line: Int
    /// The dotted key ("queue.name"), or what the file wrote for an unknown one.
    public var key: String
    public var problem: AnswersFileProblem

    public init(file: String, line: Int, key: String, problem: AnswersFileProblem) {
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem
    }
}

public enum AnswersFileProblem: Equatable, Sendable {
    /// The file could not be read: the system's reason.
    case unreadable(String)
    /// Not YAML: the parser's own words.
    case notYAML(String)
    case unknownKey(expected: [String])
    case repeatedKey
    case missing
    case wrongKind(expected: AnswersValueKind)
    /// Written by a newer omwizard, in a format this one does not know.
    case newerVersion(Int)
    /// A webhook token written in the file itself: secrets are named by an environment variable instead.
    case secretInFile
    /// `webhook_token_env` names a variable that is not set.
    case variableNotSet(String)
    /// The wizard's own field would refuse the value.
    case invalid(FieldID, ValidationIssue)
}
