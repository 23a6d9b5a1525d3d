import WizardCore

extension Canvas {
    mutating func drawSummary() {
        grid.write(texts.summary.title, row: 1, column: margin, style: Canvas.heading)
        rule(row: 3)
        let nameWidth = StepID.allCases.map { texts.steps.stepName($0).displayWidth }.max()! + 2
        let detailColumn = margin + 2 + nameWidth
        // The bottom part comes first in the budget: what is left, the next chapter and where W writes must
        // always show; the steps share the rows that remain, each wrapping to 3 lines while there is room.
        let nextLines = min(2, texts.summary.nextChapter.wrapped(to: width).count)
        let hintLines = min(2, texts.chrome.summaryWrites(state.context.summaryPath).wrapped(to: width).count)
        let details = StepID.allCases.map { texts.summaryDetail($0, state) }
        let neededRows = details.map { min(3, $0.wrapped(to: width - (detailColumn - margin)).count) }.reduce(0, +)
        // Long names: the blank line under the steps gives way before any of their words do.
        let gap = neededRows > bodyBottom - (1 + 1 + 1 + nextLines + 1 + hintLines) - bodyTop + 1 ? 0 : 1
        let stepsBottom = bodyBottom - (gap + 1 + 1 + nextLines + 1 + hintLines)
        var row = bodyTop
        for (index, step) in StepID.allCases.enumerated() {
            let status = state.status(step)
            grid.write(status.mark, row: row, column: margin, style: status.markStyle)
            grid.write(texts.steps.stepName(step), row: row, column: margin + 2, style: Canvas.label)
            let detail = details[index]
            let stepsAfter = StepID.allCases.count - index - 1
            let room = max(1, min(3, stepsBottom - row + 1 - stepsAfter))
            row = paragraph(detail, row: row, column: detailColumn, style: status.isFinished ? .plain : status.markStyle,
                            maxRows: room)
        }
        row += gap
        let left = StepID.allCases.filter { !state.status($0).isFinished }
        if left.isEmpty {
            grid.write(texts.summary.nothingLeft, row: row, column: margin, style: Style(bold: true, color: .success))
        } else {
            let end = grid.write(texts.summary.leftToDo + " ", row: row, column: margin, style: Canvas.warning)
            grid.write(left.map(texts.steps.stepName).joined(separator: ", "), row: row, column: end)
        }
        row = paragraph(texts.summary.nextChapter, row: row + 2, maxRows: 2) + 1
        paragraph(texts.chrome.summaryWrites(state.context.summaryPath), row: row, style: Canvas.muted, maxRows: 2)
    }
}
