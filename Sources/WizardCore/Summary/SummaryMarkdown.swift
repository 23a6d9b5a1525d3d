extension Texts {
    /// What the summary says of a step: what was recorded when it is finished, else its status.
    public func summaryDetail(_ step: StepID, _ state: WizardState) -> String {
        let status = state.status(step)
        guard status.isFinished else { return notices.statusLabel(step, status) }
        let line = summary.line(step, state.answers, status)
        guard step == .route, let record = state.saved.testMessage else { return line }
        return line + " · " + testMessage.summaryLine(record)
    }
}

/// The summary as a Markdown document, in the user's language.
public enum SummaryMarkdown {
    public static func render(_ state: WizardState) -> String {
        let texts = Texts.for(state.language)
        var lines = ["# omwizard: \(texts.summary.title)", "", "\(texts.chrome.profileLabel): \(state.context.profile)", ""]
        for step in StepID.allCases {
            let status = state.status(step)
            lines.append("- [\(status.isFinished ? "x" : " ")] **\(texts.steps.stepName(step))**: \(texts.summaryDetail(step, state))")
        }
        lines.append("")
        let left = StepID.allCases.filter { !state.status($0).isFinished }
        if left.isEmpty {
            lines.append(texts.summary.nothingLeft)
        } else {
            lines.append(texts.summary.leftToDo + " " + left.map(texts.steps.stepName).joined(separator: ", "))
        }
        lines += ["", texts.summary.tokenNotStored, "", texts.summary.nextChapter, ""]
        return lines.joined(separator: "\n")
    }
}
