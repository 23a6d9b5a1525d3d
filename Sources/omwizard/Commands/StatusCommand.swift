import ArgumentParser
import CheckpointStorage
import FoundationEssentials
import WizardCore
import WizardServices

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Prints the saved progress without the full-screen wizard."
    )

    @OptionGroup var options: CheckpointOptions

    @Flag(help: "Prints JSON for scripts.")
    var json = false

    func run() throws {
        let path = options.location.checkpointPath
        let loaded = CheckpointStore(path: path).load()
        let language = options.location.spokenLanguage
        let texts = Texts.for(language)
        let checkpoint: Checkpoint?
        switch loaded {
        case .none:
            checkpoint = nil
        case .loaded(let loaded):
            checkpoint = loaded
        case .damaged(let damaged):
            let message = texts.damagedCheckpointLine(damaged)
            if json {
                // Scripts get JSON on stdout even now; the exit status still says it failed.
                print(try encode(DamagedReport(checkpoint: path, exists: true, error: message)))
            } else {
                Environment.printError(message)
            }
            throw ExitCode(1)
        }
        if json {
            print(try jsonReport(checkpoint, path: path))
        } else {
            print(textReport(checkpoint, path: path, texts: texts, language: language))
        }
    }

    private func textReport(_ checkpoint: Checkpoint?, path: String, texts: Texts, language: Language) -> String {
        guard let checkpoint else { return texts.commandLine.noCheckpoint(path) }
        var state = WizardState(language: language, size: .minimum,
                                context: SessionContext(profile: options.location.profile, checkpointPath: path, summaryPath: ""))
        state.restore(checkpoint, keepLanguage: true)
        var lines = ["omwizard · \(texts.chrome.profileLabel) \(options.location.profile) · \(path)"]
        let nameWidth = StepID.allCases.map { texts.steps.stepName($0).count }.max()! + 2
        let statusWidth = StepID.allCases.flatMap { step in
            [StepStatus.pending, .inProgress, .done, .skipped, .stale].map { texts.notices.statusLabel(step, $0).count }
        }.max()! + 2
        for step in StepID.allCases {
            let status = state.status(step)
            let name = texts.steps.stepName(step).padding(to: nameWidth)
            let label = texts.notices.statusLabel(step, status).padding(to: statusWidth)
            // Details only for finished steps: a stale step's old details would read as done.
            let detail = status.isFinished ? texts.summary.line(step, state.answers, status) : ""
            lines.append("\(step.number). \(name)\(label)\(detail)".trimmingTrailingSpaces)
        }
        lines.append(state.firstUnfinishedStep.map { texts.commandLine.statusNext(texts.steps.stepName($0)) } ?? texts.summary.nothingLeft)
        return lines.joined(separator: "\n")
    }

    private struct Report: Encodable {
        struct Step: Encodable {
            var id: String
            var number: Int
            var status: StepStatus
        }
        var checkpoint: String
        var exists: Bool
        var steps: [Step]
        var finished: Int
        var total: Int
        var next: String?
        var answers: Answers?

        private enum CodingKeys: String, CodingKey { case checkpoint, exists, steps, finished, total, next, answers }

        // Written by hand so that "next" and "answers" appear as null rather than vanish: scripts can rely
        // on every key being there.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(checkpoint, forKey: .checkpoint)
            try container.encode(exists, forKey: .exists)
            try container.encode(steps, forKey: .steps)
            try container.encode(finished, forKey: .finished)
            try container.encode(total, forKey: .total)
            try container.encode(next, forKey: .next)
            try container.encode(answers, forKey: .answers)
        }
    }

    private func jsonReport(_ checkpoint: Checkpoint?, path: String) throws -> String {
        let steps = StepID.allCases.map { step in
            Report.Step(id: step.rawValue, number: step.number, status: checkpoint?.statuses[step] ?? .pending)
        }
        let report = Report(
            checkpoint: path, exists: checkpoint != nil, steps: steps,
            finished: steps.filter(\.status.isFinished).count, total: steps.count,
            next: steps.first { !$0.status.isFinished }?.id, answers: checkpoint?.answers
        )
        return try encode(report)
    }

    private struct DamagedReport: Encodable {
        var checkpoint: String
        var exists: Bool
        var error: String
    }

    private func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}

extension String {
    func padding(to width: Int) -> String {
        self + String(repeating: " ", count: max(0, width - count))
    }

    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
