import WizardCore

extension StepStatus {
    /// The mark beside a step's name in the progress strip and the summary.
    var mark: String {
        switch self {
        case .pending: return "·"
        case .inProgress: return "›"
        case .done: return "✓"
        case .skipped: return "↷"
        case .stale: return "!"
        }
    }

    var markStyle: Style {
        switch self {
        case .pending, .inProgress: return Style()
        case .done, .skipped: return Style(color: .success)
        case .stale: return Style(bold: true, color: .warning)
        }
    }
}

extension Canvas {
    mutating func drawStep(_ step: StepID) {
        let status = state.status(step)
        let progress = texts.steps.progress(step.number, StepID.allCases.count, texts.steps.stepName(step))
        var x = grid.write(progress, row: 1, column: margin, style: Canvas.heading)
        if status != .inProgress && status != .pending {
            grid.write("  (" + texts.notices.statusLabel(step, status) + ")", row: 1, column: x,
                       style: status == .stale ? Canvas.warning : Style(color: .success))
        }
        x = margin
        for other in StepID.allCases {
            let otherStatus = state.status(other)
            let name = texts.steps.stepName(other)
            let start = x
            x = grid.write(otherStatus.mark, row: 2, column: x, style: otherStatus.markStyle)
            x = grid.write(name, row: 2, column: x, style: other == step ? Style(bold: true, underline: true) : .plain)
            if other == step { grid.fill(row: 2, from: start, to: x, style: Style(bold: true, reverse: true)) }
            x += 2
        }
        rule(row: 3)

        // Fixed places: why on rows 4-5, where on rows 6-10, fields from row 12, so that typing a name that
        // the instructions repeat never moves the field being typed in.
        paragraph(texts.steps.whyLabel + texts.steps.why(step), row: bodyTop, maxRows: 2)
        grid.write(texts.steps.whyLabel, row: bodyTop, column: margin, style: Canvas.label)
        let whereTop = bodyTop + 2
        let whereBottom = whereTop + 5
        let indent = texts.steps.whereLabel.displayWidth
        grid.write(texts.steps.whereLabel, row: whereTop, column: margin, style: Canvas.label)
        // Long names may need more than the five rows; a screen with few fields lends them its spare rows.
        let doneByTheWizard = state.isDoneByTheWizard(step)
        var notes = doneByTheWizard ? [texts.genesys.automaticNote] : []
        if state.canMakeItForMe { notes.append(texts.genesys.practiceVerifyNote(state.genesys.connectedTo ?? "127.0.0.1")) }
        let instructions = notes + texts.steps.instructions(step, state.answers, status)
        let wrappedInstructions = instructions.map { $0.wrapped(to: width - indent) }
        let needed = wrappedInstructions.map(\.count).reduce(0, +)
        let fieldRows = state.fields.count + state.fields.filter { state.errors[$0] != nil || detail($0) != nil }.count * 2
        let spare = max(0, bodyBottom - (whereBottom + 1) - fieldRows + 1)
        let bottom = whereBottom + min(spare, max(0, needed - (whereBottom - whereTop)))
        var row = whereTop
        for instruction in wrappedInstructions where row < bottom {
            row = lines(instruction, row: row, column: margin + indent, maxRows: bottom - row)
        }
        drawFields(from: bottom + 1)
    }

    /// Draws the screen's fields from `top`; returns the next free row.
    @discardableResult
    mutating func drawFields(from top: Int) -> Int {
        let fields = state.fields
        let labelWidth = fields.filter { $0.kind != .checkbox }
            .map { texts.fields.fieldLabel($0).displayWidth }.max().map { min($0 + 2, 26) } ?? 0
        var row = top
        for (index, field) in fields.enumerated() {
            guard row <= bodyBottom else { break }
            let focused = index == state.focus && state.overlay == nil
            grid.write(focused ? "›" : " ", row: row, column: margin, style: Canvas.heading)
            let valueColumn = margin + 2 + labelWidth
            switch field.kind {
            case .checkbox:
                drawCheckbox(field, row: row, focused: focused)
            case .choice:
                grid.write(texts.fields.fieldLabel(field), row: row, column: margin + 2, style: Canvas.label)
                drawChoice(field, row: row, column: valueColumn, focused: focused)
            case .text, .secret:
                grid.write(texts.fields.fieldLabel(field), row: row, column: margin + 2, style: Canvas.label)
                drawTextBox(field, row: row, column: valueColumn, focused: focused)
            }
            row += 1
            let detailColumn = field.kind == .checkbox ? margin + 6 : valueColumn
            if let issue = state.errors[field] {
                let mend = texts.fields.keyToMend(field, issue).map { " " + $0 } ?? ""
                row = paragraph("✗ " + texts.fields.issue(field, issue) + mend, row: row, column: detailColumn, style: Canvas.error,
                                maxRows: 3)
            } else if let detail = detail(field) {
                grid.write(detail, row: row, column: detailColumn, style: Canvas.muted, limit: width - (detailColumn - margin))
                row += 1
            }
        }
        return row
    }

    /// The line under a field that says which keys it has, if any.
    private func detail(_ field: FieldID) -> String? {
        switch field {
        case .secretToken: return texts.chrome.tokenKeys
        case .queueName where state.genesys.connected: return texts.genesys.pickerHint(.queue)
        case .flowName where state.genesys.connected: return texts.genesys.pickerHint(.flow)
        case .language, .mode, .resume, .location, .clientID, .clientSecret, .practiceRuns, .genesysAdmin,
             .salesforceAdmin, .packageInstalled, .queueOrigin, .queueName, .queueDone, .memberEmail, .memberOrigin,
             .memberDone, .flowOrigin, .flowName, .flowDone, .integrationName, .webhookURL, .integrationDone,
             .routeDone, .salesforceSetup, .salesforceInstalledPackages,
             .salesforceConfigure, .salesforceRetrieveOptions, .testMessageText:
            return nil
        }
    }

    private mutating func drawCheckbox(_ field: FieldID, row: Int, focused: Bool) {
        let checked = state.isChecked(field)
        let box = checked ? "[x]" : "[ ]"
        let end = grid.write(box, row: row, column: margin + 2, style: focused ? Canvas.bar : Style(bold: true))
        grid.write(" " + texts.fields.fieldLabel(field), row: row, column: end)
    }

    mutating func drawChoice(_ field: FieldID, row: Int, column: Int, focused: Bool) {
        let (labels, selected) = state.choices(field, texts)
        var x = column
        for (index, label) in labels.enumerated() {
            let isSelected = index == selected
            let style = isSelected && focused ? Canvas.bar : (isSelected ? Style(bold: true) : .plain)
            x = grid.write((isSelected ? "(•) " : "( ) ") + label, row: row, column: x, style: style)
            x += 3
        }
    }

    private mutating func drawTextBox(_ field: FieldID, row: Int, column: Int, focused: Bool) {
        let inner = max(8, min(grid.columns - column - 2 - margin, 52))
        let raw = state[text: field]
        // The webhook token may be revealed (F3); the OAuth client secret never is.
        let masked = field.kind == .secret && !(field == .secretToken && state.secretRevealed)
        let characters = Array(masked ? String(repeating: "•", count: raw.count) : raw)
        let cursor = focused ? min(state.cursor, characters.count) : 0
        // Scroll so that the cursor stays inside the box: the text before it leaves a cell for it.
        var start = 0
        var beforeCursor = characters[..<cursor].reduce(0) { $0 + $1.displayWidth }
        while beforeCursor >= inner {
            beforeCursor -= characters[start].displayWidth
            start += 1
        }
        var visible = ""
        var used = 0
        for character in characters[start...] {
            used += character.displayWidth
            if used > inner { break }
            visible.append(character)
        }
        let style = Style(underline: true)
        grid.write("[", row: row, column: column, style: Canvas.muted)
        grid.fill(row: row, from: column + 1, to: column + 1 + inner, style: style)
        grid.write(visible, row: row, column: column + 1, style: style)
        grid.write("]", row: row, column: column + 1 + inner, style: Canvas.muted)
        if focused {
            grid.cursor = GridPoint(row: row, column: column + 1 + beforeCursor)
            // While Genesys Cloud works, keys are not typed; a masked secret must never show in clear. Only at
            // the end of the text: a key typed before others would cover the next one until the frame came.
            grid.echoesTyping = !masked && state.genesys.busy == nil && cursor == characters.count
        }
    }
}
