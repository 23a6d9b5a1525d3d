import WizardCore

extension Canvas {
    /// A step that the wizard does itself is explained by what the wizard will do, not by where to click.
    private var helpParagraphs: [String] {
        if case .step(let step) = state.screen, state.isDoneByTheWizard(step) {
            return [texts.genesys.helpDoneByTheWizard(step)]
        }
        return texts.help.paragraphs(state.screen) + (texts.help.keyNote(state.screen).map { [$0] } ?? [])
    }

    mutating func drawOverlay(_ overlay: Overlay) {
        switch overlay {
        case .help:
            let body = helpParagraphs + [""] + texts.help.keys + ["", texts.help.legend]
            drawBox(title: texts.help.title(texts.screenName(state.screen)), body: body, keys: texts.help.close)
        case .confirmQuit:
            let underWay = state.genesys.busy == nil ? [] : ["", texts.genesys.quitWhileBusy]
            drawBox(title: texts.dialogs.quitTitle, body: texts.dialogs.quitBody(state.context.checkpointPath, state.context.resumeCommand,
                                                          state.unsavedBecause, state.hasProgress) + underWay,
                    keys: texts.dialogs.quitKeys, alarming: state.unsavedBecause != nil)
        case .confirmStartOver:
            let practice = state.mode.isPractice ? [texts.genesys.startOverPractice] : []
            drawBox(title: texts.dialogs.startOverTitle, body: texts.dialogs.startOverBody(state.context.checkpointPath) + practice,
                    keys: texts.dialogs.startOverKeys)
        case .confirmStopUndo:
            drawBox(title: texts.undo.stopTitle, body: texts.undo.stopBody, keys: texts.undo.stopKeys)
        case .damagedCheckpoint(let damaged):
            let backupLine = damaged.backup == nil ? texts.dialogs.damagedWithoutBackup : texts.dialogs.damagedWithBackup
            drawBox(title: texts.dialogs.damagedTitle, body: texts.dialogs.damagedBody(damaged.problem) + ["", backupLine],
                    keys: texts.dialogs.damagedKeys(damaged.backup != nil), alarming: true)
        case .picker(let picker):
            drawPicker(picker)
        }
    }

    /// The search line, then one page of names (the chosen one highlighted), then where the page stands.
    private mutating func drawPicker(_ picker: Picker) {
        let words = texts.genesys
        var body = [words.pickerSearch + picker.query + "▏", ""]
        var highlighted: Int?
        if let failure = picker.failure {
            body.append("✗ " + words.failure(failure))
        } else if picker.loading && picker.names.isEmpty {
            body.append(words.pickerLoading)
        } else if picker.names.isEmpty {
            body.append(words.pickerNothing(picker.query))
        } else {
            highlighted = body.count + picker.selection
            // No-break spaces: wrapping would drop ordinary leading ones.
            body += picker.names.enumerated().map { ($0.offset == picker.selection ? "› " : "\u{A0}\u{A0}") + $0.element }
        }
        body += Array(repeating: "", count: max(0, Picker.pageSize - picker.names.count))
        body.append(picker.loading ? words.pickerLoading : words.pickerPage(picker.page, picker.pageCount, picker.total))
        drawBox(title: words.pickerTitle(picker.kind), body: body, keys: words.pickerKeys, highlighted: highlighted)
    }

    /// A framed panel in the middle of the screen; long lines wrap. The body line `highlighted`, all its rows,
    /// shows in reverse (a selection).
    private mutating func drawBox(title: String, body: [String], keys: String, alarming: Bool = false,
                                  highlighted: Int? = nil) {
        let boxWidth = min(grid.columns - 4, 78)
        let inner = boxWidth - 4
        // Paths wrap like any long word, never shortened: the user may need to find that file.
        let wrapped = body.map { $0.isEmpty ? [""] : $0.wrapped(to: inner) }
        let lines = wrapped.flatMap { $0 }
        let height = min(lines.count + 4, grid.rows - 2)
        let top = max(1, (grid.rows - height) / 2)
        let left = (grid.columns - boxWidth) / 2
        let frame = alarming ? Canvas.error : Canvas.heading
        for row in top..<(top + height) {
            grid.write(String(repeating: " ", count: boxWidth), row: row, column: left)
            grid.write("│", row: row, column: left, style: frame)
            grid.write("│", row: row, column: left + boxWidth - 1, style: frame)
        }
        let horizontal = String(repeating: "─", count: boxWidth - 2)
        grid.write("┌" + horizontal + "┐", row: top, column: left, style: frame)
        grid.write("└" + horizontal + "┘", row: top + height - 1, column: left, style: frame)
        grid.write(" " + title + " ", row: top, column: left + 2, style: frame)
        for (index, line) in lines.prefix(height - 4).enumerated() {
            grid.write(line, row: top + 1 + index, column: left + 2)
        }
        if let highlighted {
            let first = wrapped[..<highlighted].map(\.count).reduce(0, +)
            for offset in first..<min(first + wrapped[highlighted].count, height - 4) {
                grid.fill(row: top + 1 + offset, from: left + 1, to: left + boxWidth - 1, style: Canvas.bar)
            }
        }
        grid.write(keys, row: top + height - 2, column: left + 2, style: Canvas.label, limit: inner)
        grid.cursor = nil
    }

    mutating func drawTooSmall() {
        let asking = state.overlay == .confirmQuit ? ["", texts.dialogs.quitTitle, texts.dialogs.quitKeys] : []
        let lines = (texts.dialogs.tooSmall(state.size, .minimum) + asking).flatMap { $0.wrapped(to: max(1, grid.columns - 2)) }
        let top = max(0, (grid.rows - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let column = max(0, (grid.columns - line.displayWidth) / 2)
            grid.write(line, row: top + index, column: column, style: index == 0 ? Canvas.warning : .plain)
        }
    }
}
