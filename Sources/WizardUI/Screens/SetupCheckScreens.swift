import WizardCore

/// The test message's screen and the undo's.
extension Canvas {
    mutating func drawTestMessage() {
        drawTitle(texts.testMessage.title)
        var row = paragraph(texts.testMessage.intro, row: bodyTop, maxRows: 3) + 1
        row = drawFields(from: row) + 1
        let outcome: TestMessageOutcome?, style: Style
        if case .tested(let found) = state.genesys.phase {
            (outcome, style) = (found, found.succeeded ? Style(bold: true, color: .success) : Canvas.error)
        } else {
            // The last test's, dimmed: Enter sends a new one.
            (outcome, style) = (state.saved.testMessage?.outcome, Canvas.muted)
        }
        guard let outcome, let record = state.saved.testMessage, row < bodyBottom else { return }
        row = paragraph(texts.testMessage.outcome(outcome, state.answers), row: row, style: style, maxRows: bodyBottom - row)
        if row <= bodyBottom { paragraph(texts.testMessage.conversation(record.conversationID), row: row, style: Canvas.muted, maxRows: 1) }
    }

    mutating func drawUndo() {
        drawTitle(texts.undo.title)
        let undo = state.saved.undo
        guard state.mode.usesGenesys else {
            var row = paragraph(texts.undo.introByHand, row: bodyTop, maxRows: 3) + 1
            if undo?.finished == true {
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
            return
        }
        var row = paragraph(texts.undo.intro, row: bodyTop, maxRows: 2) + 1
        let plan = UndoPlan.of(state.saved)
        let removals = undo?.removals ?? plan.removals
        for (index, removal) in removals.enumerated() where row <= bodyBottom {
            let results = undo?.results ?? []
            let line: String, mark: String, style: Style
            if index < results.count {
                line = texts.undo.result(removal, results[index])
                (mark, style) = ("", results[index] == .removed || results[index] == .alreadyGone ? Style(color: .success) : Canvas.warning)
            } else if state.genesys.busy == .removing(removal) {
                line = texts.undo.removal(removal)
                (mark, style) = (Canvas.spinner(state.genesys.spinnerFrame) + " ", Canvas.heading)
            } else {
                line = texts.undo.removal(removal)
                (mark, style) = ("· ", .plain)
            }
            row = paragraph(mark + line, row: row, style: style, maxRows: 2)
        }
        if undo?.finished == true {
            if row < bodyBottom { paragraph(texts.undo.finished, row: row + 1, style: Style(bold: true, color: .success)) }
            return
        }
        if removals.isEmpty { row = paragraph(texts.undo.nothingToRemove, row: row) }
        for kept in plan.kept where row <= bodyBottom {
            row = paragraph(texts.undo.kept(kept, state.answers), row: row, style: Canvas.muted, maxRows: 2)
        }
    }

    /// The screen's title, with the org it works on when connected.
    private mutating func drawTitle(_ title: String) {
        grid.write(title, row: 1, column: margin, style: Canvas.heading)
        if let name = state.genesys.connectedTo {
            grid.write("  · " + name, row: 1, column: margin + title.displayWidth, style: Canvas.muted, limit: width - title.displayWidth)
        }
        rule(row: 3)
    }
}
