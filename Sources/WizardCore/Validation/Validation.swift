import TextCoding

/// What is wrong with a field's value; the texts say it in the user's language.
public enum ValidationIssue: Equatable, Sendable {
    case required
    case notChecked
    case invalidEmail
    case urlNotHTTPS
    case invalidURL
    /// The Genesys API refuses a webhook signature token of 15 characters or fewer.
    case tokenTooShort(length: Int)
    case tokenHasSpaces
    /// Longer than Genesys accepts for this field (`Validation.maximumLength`): a value of `length`
    /// characters (read from a checkpoint), or typing that reached the limit (`length` nil).
    case tooLong(limit: Int, length: Int?)
    /// A webhook URL with a port other than 443: Genesys's help says only port 443 works ("Do not use a custom
    /// port", Resource Center, "Configure an Open Messaging integration").
    case webhookPortNot443(port: Int)
    /// A `*` in a name: it is the wildcard of Genesys's search by name, so a name holding one cannot be found
    /// by its name alone (the admin UI refuses it in queue names too).
    case nameHasAsterisk
}

public enum Validation {
    /// Genesys rejects a signature secret token that is not longer than this.
    public static let minimumTokenLengthExclusive = 15

    /// The most characters each text field takes. Genesys documents one of these limits, the flow name's
    /// ("The maximum length of a flow name is 200 characters", Resource Center, "Create a flow"); its API
    /// definition and SDK give no other. The rest are ours, kept low so that a value the wizard accepts is
    /// unlikely to be refused later for its length: the other names 200, like the flow's; an email 254
    /// (RFC 5321's longest address); a URL 2,048 (what browsers and proxies reliably carry); the webhook token
    /// 255; the connection's fields 255, or 2,048 for an address.
    public static func maximumLength(_ field: FieldID) -> Int {
        switch field {
        case .queueName, .flowName, .integrationName: return 200
        case .memberEmail: return 254
        case .webhookURL, .location: return 2_048
        case .secretToken, .clientID, .clientSecret: return 255
        // Ours too: a test needs a sentence, and Genesys documents no limit for an Open Messaging text.
        case .testMessageText: return 1_000
        // Fields without text have nothing to measure; listed so that a new text field cannot be forgotten.
        case .language, .mode, .resume, .practiceRuns, .genesysAdmin, .salesforceAdmin, .packageInstalled,
             .queueOrigin, .queueDone, .memberOrigin, .memberDone, .flowOrigin, .flowDone, .integrationDone,
             .routeDone, .salesforceSetup, .salesforceInstalledPackages, .salesforceConfigure,
             .salesforceRetrieveOptions:
            return 0
        }
    }

    /// `.tooLong` when the field holds more than its maximum.
    public static func lengthIssue(_ field: FieldID, in state: WizardState) -> ValidationIssue? {
        guard field.kind.takesText else { return nil }
        let limit = maximumLength(field)
        let length = state[text: field].count
        return length > limit ? .tooLong(limit: limit, length: length) : nil
    }

    /// The issue with one field's value, or nil when it is acceptable.
    public static func check(_ field: FieldID, in state: WizardState) -> ValidationIssue? {
        if let tooLong = lengthIssue(field, in: state) { return tooLong }
        let answers = state.answers
        switch field.kind {
        case .checkbox:
            return field.checkboxPath.map { answers[keyPath: $0] } == true ? nil : .notChecked
        case .choice:
            return nil
        case .secret where field == .clientSecret:
            return state.clientSecret.isEmpty ? .required : nil
        case .secret:
            let token = state.secretToken
            if token.contains(where: \.isWhitespace) { return .tokenHasSpaces }
            return token.count > minimumTokenLengthExclusive ? nil : .tokenTooShort(length: token.count)
        case .text:
            let value = state[text: field].trimmedSpaces
            if value.isEmpty { return .required }
            switch field {
            case .memberEmail: return isEmail(value) ? nil : .invalidEmail
            case .webhookURL:
                if let issue = urlIssue(value) { return issue }
                if let port = explicitPort(value), port != 443 { return .webhookPortNot443(port: port) }
                return nil
            case .queueName, .flowName, .integrationName: return value.contains("*") ? .nameHasAsterisk : nil
            // Any name will do: Genesys says whether it exists (Verify, Automatic) and the length is checked above.
            case .location, .clientID, .testMessageText: return nil
            // Not text fields: the kind above never leads here for them.
            case .language, .mode, .resume, .clientSecret, .practiceRuns, .genesysAdmin, .salesforceAdmin,
                 .packageInstalled, .queueOrigin, .queueDone, .memberOrigin, .memberDone, .flowOrigin, .flowDone,
                 .secretToken, .integrationDone, .routeDone, .salesforceSetup, .salesforceInstalledPackages,
                 .salesforceConfigure, .salesforceRetrieveOptions:
                return nil
            }
        }
    }

    /// A deliberately plain check: one @, something before it, a dotted domain after it, no spaces.
    public static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }

    /// The port written in a URL that `urlIssue` accepts, if one is written.
    static func explicitPort(_ url: String) -> Int? {
        let authority = url.dropFirst("https://".count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard let colon = authority.firstIndex(of: ":") else { return nil }
        return Int(authority[authority.index(after: colon)...])
    }

    /// An absolute https URL with a dotted host name (or localhost), an optional port, and no spaces.
    public static func urlIssue(_ text: String) -> ValidationIssue? {
        let lowered = text.lowercased()
        guard lowered.hasPrefix("https://") else {
            return lowered.contains("://") || lowered.hasPrefix("http") ? .urlNotHTTPS : .invalidURL
        }
        guard !text.contains(where: \.isWhitespace) else { return .invalidURL }
        let rest = text.dropFirst("https://".count)
        let authority = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        let hostAndPort = authority.split(separator: ":", omittingEmptySubsequences: false)
        guard hostAndPort.count <= 2, let host = hostAndPort.first else { return .invalidURL }
        if hostAndPort.count == 2 {
            guard let port = Int(hostAndPort[1]), (1...65535).contains(port) else { return .invalidURL }
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        let validLabels = labels.allSatisfy { label in
            !label.isEmpty && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        }
        guard validLabels, labels.count >= 2 || host == "localhost" else { return .invalidURL }
        return nil
    }
}
