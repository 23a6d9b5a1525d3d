extension Texts {
    /// What the summary says of a step: what was recorded when it is finished, else its status.
    public func summaryDetail(_ step: StepID, _ state: WizardState) -> String {
        let status = state.status(step)
        return status.isFinished ? summaryLine(step, state.answers, status) : statusLabel(step, status)
    }
}

/// The summary as a Markdown document, in the user's language.
public enum SummaryMarkdown {
    public static func render(_ state: WizardState) -> String {
        let texts = Texts.for(state.language)
        var lines = ["# omwizard: \(texts.summaryTitle)", "", "\(texts.profileLabel): \(state.context.profile)", ""]
        for step in StepID.allCases {
            let status = state.status(step)
            lines.append("- [\(status.isFinished ? "x" : " ")] **\(texts.stepName(step))**: \(texts.summaryDetail(step, state))")
        }
        lines.append("")
        let left = StepID.allCases.filter { !state.status($0).isFinished }
        if left.isEmpty {
            lines.append(texts.nothingLeft)
        } else {
            lines.append(texts.leftToDo + " " + left.map(texts.stepName).joined(separator: ", "))
        }
        lines += ["", texts.tokenNotStored, "", texts.nextChapter, ""]
        return lines.joined(separator: "\n")
    }
}
