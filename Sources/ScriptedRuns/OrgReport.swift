import WizardCore

/// What became of one org: the cells of the final table, and the object `--json` prints for it.
struct OrgReport: Sendable {
    var profile: String
    /// Where the org is: its region or API address, once known.
    var org = ""
    var checkpoint: String
    var steps: [StepID: ScriptedOutcome] = [:]
    var test: ScriptedOutcome?
    var conversationID: String?
    /// What Verify's checks found wrong, in the user's language.
    var findings: [String] = []
    /// Why the org's run stopped (or what is wrong at the end), in the user's language.
    var problem: String?
    var seconds = 0.0

    init(profile: String, checkpoint: String) {
        self.profile = profile
        self.checkpoint = checkpoint
    }

    /// How the org ended, as the exit status counts it.
    var result: OrgResult {
        if problem != nil { return .failed }
        switch steps[.salesforce] {
        case .done?: return .done
        case .leftToYou?: return .leftToYou
        default: return .planned
        }
    }

    /// The steps of the table and of the report, in order.
    static let columns: [StepID] = StepID.genesysSteps + [.salesforce]
}

enum OrgResult: String, Encodable {
    case done
    /// The Genesys part is done and checked; Salesforce's Retrieve Options is for the admin.
    case leftToYou
    case failed
    /// `--plan-only`: nothing was changed.
    case planned
}

extension OrgReport: Encodable {
    private enum CodingKeys: String, CodingKey {
        case profile, org, checkpoint, result, steps, testMessage, conversationId, findings, problem, seconds
    }

    private struct StepKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// Every key is written, null when it has no value, so that scripts can rely on each being there.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(profile, forKey: .profile)
        try container.encode(org, forKey: .org)
        try container.encode(checkpoint, forKey: .checkpoint)
        try container.encode(result, forKey: .result)
        var steps = container.nestedContainer(keyedBy: StepKey.self, forKey: .steps)
        for step in Self.columns {
            try steps.encode(self.steps[step] ?? .notReached, forKey: StepKey(stringValue: step.rawValue))
        }
        try container.encode(test, forKey: .testMessage)
        try container.encode(conversationID, forKey: .conversationId)
        try container.encode(findings, forKey: .findings)
        try container.encode(problem, forKey: .problem)
        try container.encode((seconds * 10).rounded() / 10, forKey: .seconds)
    }
}

extension OrgReport {
    /// The final table: one row per org, a column per step, the test message and the time.
    static func table(_ reports: [OrgReport], texts all: Texts, testMessage: Bool) -> [String] {
        let texts = all.scripted
        var head = [texts.tableOrg] + columns.map(all.steps.stepName)
        if testMessage { head.insert(texts.tableTest, at: head.count - 1) }
        head.append(texts.tableTime)
        let rows = reports.map { report in
            var cells = [report.profile] + columns.map { texts.outcome(report.steps[$0] ?? .notReached) }
            if testMessage { cells.insert(texts.outcome(report.test ?? .notReached), at: cells.count - 1) }
            cells.append(String(format1: report.seconds) + " s")
            return cells
        }
        let widths = head.indices.map { column in ([head] + rows).map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (column, cell) in cells.enumerated() {
                text += cell + String(repeating: " ", count: widths[column] - cell.count + 2)
            }
            while text.last == " " { text.removeLast() }
            return text
        }
        return [line(head), line(widths.map { String(repeating: "-", count: $0) })] + rows.map(line)
    }
}

private extension String {
    /// A number with one decimal: 12.3.
    init(format1 value: Double) {
        let tenths = Int((value * 10).rounded())
        self = "\(tenths / 10).\(tenths % 10)"
    }
}
