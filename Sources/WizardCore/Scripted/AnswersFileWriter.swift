extension ScriptedAnswers {
    /// The answers file: YAML with a comment above every key, in `texts`' language. Written by hand because
    /// YAML libraries do not write comments; every text is double-quoted, so no name can read as a number,
    /// a boolean or YAML syntax.
    public func fileText(_ texts: ScriptedTexts, profile: String) -> String {
        var lines = texts.fileHeader(profile).map { "# " + $0 }
        for key in AnswersFileKey.allCases {
            guard let value = value(of: key) else { continue }
            let indent = key.section == nil ? "" : "  "
            if key.section == nil { lines.append("") }
            lines += texts.keyComment(key).map { indent + "# " + $0 }
            lines.append(indent + key.name + ":" + (value.isEmpty ? "" : " " + value))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The value written after the key: "" for a section, nil for a key left out (an optional one unset).
    private func value(of key: AnswersFileKey) -> String? {
        switch key {
        case .version: return String(ScriptedAnswers.currentVersion)
        case .language: return language.rawValue
        case .queue, .member, .flow, .integration: return ""
        case .queueName: return Self.quoted(queueName)
        case .queueOrigin: return queueOrigin.rawValue
        case .memberEmail: return Self.quoted(memberEmail)
        case .flowName: return Self.quoted(flowName)
        case .flowOrigin: return flowOrigin.rawValue
        case .integrationName: return Self.quoted(integrationName)
        case .webhookURL: return Self.quoted(webhookURL)
        case .webhookTokenVariable: return webhookTokenVariable.map(Self.quoted)
        case .testMessage: return testMessageText == nil ? nil : ""
        case .testMessageText: return testMessageText.map(Self.quoted)
        }
    }

    /// A YAML double-quoted scalar: backslash and quote escaped, and every character outside YAML's printable
    /// set (and the line breaks inside it) as \uXXXX, which YAML parsers read back but refuse raw.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case _ where !isPrintableOnOneLine(scalar.value):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// YAML 1.2's c-printable, without its line breaks (NEL, LS, PS) and C1 controls.
    private static func isPrintableOnOneLine(_ value: UInt32) -> Bool {
        switch value {
        case 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
