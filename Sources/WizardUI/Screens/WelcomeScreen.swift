import WizardCore

extension Canvas {
    mutating func drawWelcome() {
        grid.write(texts.welcome.title, row: 1, column: margin, style: Canvas.heading)
        rule(row: 3)
        var row = paragraph(texts.welcome.intro, row: bodyTop) + 1
        let fields = state.fields
        let labels = fields.map { texts.fields.fieldLabel($0) }
        let labelWidth = min((labels.map(\.displayWidth).max() ?? 0) + 2, 26)
        drawWelcomeField(.language, index: 0, row: row, labelWidth: labelWidth)
        row += 1
        drawWelcomeField(.mode, index: 1, row: row, labelWidth: labelWidth)
        row += 1
        grid.write(texts.genesys.modeHelp(state.mode), row: row, column: margin + 2 + labelWidth, style: Canvas.muted,
                   limit: width - labelWidth - 2)
        row += 2
        guard state.hasProgress else { return }
        let finished = StepID.allCases.filter { state.status($0).isFinished }.count
        grid.write(texts.welcome.savedProgress(finished, StepID.allCases.count), row: row, column: margin + 2)
        row += 1
        let saved = texts.welcome.savedIn + " "
        let end = grid.write(saved, row: row, column: margin + 2, style: Canvas.muted)
        grid.write(state.context.checkpointPath.keepingEnd(width: width - (end - margin)), row: row, column: end,
                   style: Canvas.muted)
        row += 1
        drawWelcomeField(.resume, index: 2, row: row, labelWidth: labelWidth)
        if state.saved.isUndone, row + 2 <= bodyBottom {
            paragraph(texts.undo.undoneNote, row: row + 2, style: Canvas.warning, maxRows: bodyBottom - row - 1)
        }
    }

    private mutating func drawWelcomeField(_ field: FieldID, index: Int, row: Int, labelWidth: Int) {
        let focused = state.focus == index && state.overlay == nil
        grid.write(focused ? "›" : " ", row: row, column: margin, style: Canvas.heading)
        grid.write(texts.fields.fieldLabel(field), row: row, column: margin + 2, style: Canvas.label)
        drawChoice(field, row: row, column: margin + 2 + labelWidth, focused: focused)
    }
}

extension String {
    /// The start of a long text, with "…" at the end.
    func keepingStart(width: Int) -> String {
        guard displayWidth > width else { return self }
        guard width > 1 else { return "" }
        return prefix(width: width - 2) + "… "
    }

    /// The end of a long path, with "…" in front, so that the file name stays visible.
    func keepingEnd(width: Int) -> String {
        guard displayWidth > width, width > 1 else { return self }
        var tail = ""
        for character in reversed() {
            if (tail + String(character)).displayWidth > width - 1 { break }
            tail = String(character) + tail
        }
        return "…" + tail
    }
}
