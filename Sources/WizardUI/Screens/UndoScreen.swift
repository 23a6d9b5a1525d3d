import WizardCore

extension Canvas {
    /// The removals (what each did, once done) and what is kept; in Guided mode, where to click.
    mutating func drawUndo() {
        drawTitle(texts.undo.title)
        guard state.mode.usesGenesys else {
            drawUndoByHand()
            return
        }
        var row = paragraph(texts.undo.intro, row: bodyTop, maxRows: 2) + 1
        let plan = UndoPlan.of(state.saved)
        let undo = state.saved.currentUndo
        let removals = undo?.removals ?? plan.removals
        let results = undo?.results ?? []
        for (index, removal) in removals.enumerated() where row <= bodyBottom {
            let line: String, style: Style
            if index < results.count {
                line = texts.undo.result(removal, results[index])
                style = results[index].isDone ? Style(color: .success) : Canvas.warning
            } else if state.genesys.busy == .removing(removal) {
                (line, style) = (Canvas.spinner(state.genesys.spinnerFrame) + " " + texts.undo.removal(removal), Canvas.heading)
            } else {
                (line, style) = ("· " + texts.undo.removal(removal), .plain)
            }
            row = paragraph(line, row: row, style: style, maxRows: 2)
        }
        if state.saved.isUndone {
            if row < bodyBottom { paragraph(texts.undo.finished, row: row + 1, style: Style(bold: true, color: .success)) }
            return
        }
        if removals.isEmpty { row = paragraph(texts.undo.nothingToRemove, row: row) }
        for kept in plan.kept where row <= bodyBottom {
            row = paragraph(texts.undo.kept(kept, state.answers), row: row, style: Canvas.muted, maxRows: 3)
        }
    }

    private mutating func drawUndoByHand() {
        var row = paragraph(texts.undo.introByHand, row: bodyTop, maxRows: 3) + 1
        if state.saved.isUndone {
            paragraph(texts.undo.finished, row: row, style: Style(bold: true, color: .success))
            return
        }
        let steps = UndoPlan.byHand(state.saved)
        if steps.isEmpty { paragraph(texts.undo.nothingToRemove, row: row) }
        for (index, step) in steps.enumerated() where row <= bodyBottom {
            let number = "\(index + 1). "
            grid.write(number, row: row, column: margin, style: Canvas.muted)
            row = paragraph(texts.undo.byHand(step, state.answers), row: row, column: margin + number.displayWidth, maxRows: 3)
        }
    }
}
