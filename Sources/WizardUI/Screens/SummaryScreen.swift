import WizardCore

extension Canvas {
    mutating func drawSummary() {
        grid.write(texts.summaryTitle, row: 1, column: margin, style: Canvas.heading)
        rule(row: 3)
        let nameWidth = StepID.allCases.map { texts.stepName($0).displayWidth }.max()! + 2
        let detailColumn = margin + 2 + nameWidth
        var row = bodyTop
        for step in StepID.allCases {
            let status = state.status(step)
            grid.write(status.mark, row: row, column: margin, style: status.markStyle)
            grid.write(texts.stepName(step), row: row, column: margin + 2, style: Canvas.label)
            let detail = status.isFinished ? texts.summaryLine(step, state.answers) : texts.statusLabel(step, status)
            row = paragraph(detail, row: row, column: detailColumn, style: status.isFinished ? .plain : status.markStyle,
                            maxRows: 2)
        }
        row += 1
        let left = StepID.allCases.filter { !state.status($0).isFinished }
        if left.isEmpty {
            grid.write(texts.nothingLeft, row: row, column: margin, style: Style(bold: true, color: .success))
        } else {
            let end = grid.write(texts.leftToDo + " ", row: row, column: margin, style: Canvas.warning)
            grid.write(left.map(texts.stepName).joined(separator: ", "), row: row, column: end)
        }
        row += 1
        grid.write(texts.tokenNotStored, row: row, column: margin, style: Canvas.muted)
        row += 2
        row = paragraph(texts.nextChapter, row: row) + 1
        paragraph(texts.summaryWrites(state.context.summaryPath), row: row, style: Canvas.muted)
    }
}
