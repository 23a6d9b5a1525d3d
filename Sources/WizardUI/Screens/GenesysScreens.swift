import WizardCore

/// The connection screen (Verify, Automatic, Practice) and the plan (Automatic, Practice).
extension Canvas {
    mutating func drawConnect() {
        grid.write(texts.genesys.connectTitle, row: 1, column: margin, style: Canvas.heading)
        if let name = state.genesys.connectedTo {
            let text = "  ✓ " + texts.genesys.connectedTo(name)
            grid.write(text, row: 1, column: margin + texts.genesys.connectTitle.displayWidth, style: Style(color: .success),
                       limit: width - texts.genesys.connectTitle.displayWidth)
        }
        rule(row: 3)
        guard !state.mode.isPractice else {
            drawFields(from: paragraph(texts.genesys.connectPractice, row: bodyTop) + 1)
            return
        }
        var row = paragraph(texts.genesys.connectIntro, row: bodyTop, maxRows: 4)
        row = paragraph(texts.genesys.connectPermissions, row: row, style: Canvas.muted, maxRows: 6)
        drawFields(from: row + 1)
    }

    mutating func drawPlan() {
        drawTitle(texts.genesys.planTitle)
        var row = paragraph(texts.genesys.planIntro, row: bodyTop, maxRows: 2) + 1
        guard let survey = state.genesys.survey else { return }
        for step in StepID.genesysSteps where row <= bodyBottom {
            let status = state.status(step)
            let line: String
            let style: Style
            let mark: String
            if status.isFinished {
                line = texts.genesys.planDone(step, status, state.answers)
                (mark, style) = (status.mark, status.markStyle)
            } else if state.genesys.busy == .applying(step) {
                line = texts.genesys.planLine(step, state.planAction(step, survey), state.answers)
                (mark, style) = (Canvas.spinner(state.genesys.spinnerFrame), Canvas.heading)
            } else {
                let action = state.planAction(step, survey)
                line = texts.genesys.planLine(step, action, state.answers)
                if case .blocked = action {
                    (mark, style) = (" ", Canvas.error)
                } else if state.genesys.failedStep == step {
                    (mark, style) = ("✗", Canvas.error)
                } else {
                    (mark, style) = ("·", .plain)
                }
            }
            grid.write(mark, row: row, column: margin, style: style)
            let number = "\(step.number). "
            grid.write(number, row: row, column: margin + 2, style: Canvas.muted)
            row = paragraph(line, row: row, column: margin + 2 + number.displayWidth,
                            style: status.isFinished ? Style(color: .success) : .plain, maxRows: 3)
        }
        if state.genesysStepsFinished, row < bodyBottom {
            paragraph(texts.genesys.planFinished, row: row + 1, style: Style(bold: true, color: .success))
        }
    }

    /// A screen's title, with the org it works on once connected, and the rule under it.
    mutating func drawTitle(_ title: String) {
        grid.write(title, row: 1, column: margin, style: Canvas.heading)
        if let name = state.genesys.connectedTo {
            grid.write("  · " + name, row: 1, column: margin + title.displayWidth, style: Canvas.muted, limit: width - title.displayWidth)
        }
        rule(row: 3)
    }
}
