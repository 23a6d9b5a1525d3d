import WizardCore

extension Canvas {
    /// A step that the wizard does itself is explained by what the wizard will do, not by where to click.
    private var helpParagraphs: [String] {
        if case .step(let step) = state.screen, state.isDoneByTheWizard(step) {
            return [texts.genesys.helpDoneByTheWizard(step)]
        }
        return texts.help(state.screen)
    }

    mutating func drawOverlay(_ overlay: Overlay) {
        switch overlay {
        case .help:
            let body = helpParagraphs + [""] + texts.helpKeys + ["", texts.legend]
            drawBox(title: texts.helpTitle(texts.screenName(state.screen)), body: body, keys: texts.helpClose)
        case .confirmQuit:
            let underWay = state.genesys.busy == nil ? [] : ["", texts.genesys.quitWhileBusy]
            drawBox(title: texts.quitTitle, body: texts.quitBody(state.context.checkpointPath, state.context.resumeCommand,
                                                          state.unsavedBecause, state.hasProgress) + underWay,
                    keys: texts.quitKeys, alarming: state.unsavedBecause != nil)
        case .confirmStartOver:
            let practice = state.mode == .practice ? [texts.genesys.startOverPractice] : []
            drawBox(title: texts.startOverTitle, body: texts.startOverBody(state.context.checkpointPath) + practice,
                    keys: texts.startOverKeys)
        case .damagedCheckpoint(let damaged):
            let backupLine = damaged.backup == nil ? texts.damagedWithoutBackup : texts.damagedWithBackup
            drawBox(title: texts.damagedTitle, body: texts.damagedBody(damaged.problem) + ["", backupLine],
                    keys: texts.damagedKeys(damaged.backup != nil), alarming: true)
        case .picker(let picker):
            drawPicker(picker)
        }
    }

    /// The search line, then one page of names (the chosen one highlighted), then where the page stands.
    private mutating func drawPicker(_ picker: Picker) {
        let words = texts.genesys
        var body = [words.pickerSearch + picker.query + "▏", ""]
        if let failure = picker.failure {
            body.append("✗ " + words.failure(failure))
        } else if picker.loading && picker.names.isEmpty {
            body.append(words.pickerLoading)
        } else if picker.names.isEmpty {
            body.append(words.pickerNothing(picker.query))
        } else {
            // No-break spaces: wrapping would drop ordinary leading ones.
            body += picker.names.enumerated().map { ($0.offset == picker.selection ? "› " : "\u{A0}\u{A0}") + $0.element }
        }
        body += Array(repeating: "", count: max(0, Picker.pageSize - picker.names.count))
        body.append(picker.loading ? words.pickerLoading : words.pickerPage(picker.page, picker.pageCount, picker.total))
        drawBox(title: words.pickerTitle(picker.kind), body: body, keys: words.pickerKeys)
        if let index = body.firstIndex(where: { $0.hasPrefix("› ") }) {
            highlightBoxLine(index, lineCount: body.count)
        }
    }

    /// Shows one body line of the centred box in reverse, as a selection.
    private mutating func highlightBoxLine(_ index: Int, lineCount: Int) {
        let boxWidth = min(grid.columns - 4, 78)
        let height = min(lineCount + 4, grid.rows - 2)
        let top = max(1, (grid.rows - height) / 2)
        let left = (grid.columns - boxWidth) / 2
        grid.fill(row: top + 1 + index, from: left + 1, to: left + boxWidth - 1, style: Canvas.bar)
    }

    /// A framed panel in the middle of the screen; long lines wrap.
    private mutating func drawBox(title: String, body: [String], keys: String, alarming: Bool = false) {
        let boxWidth = min(grid.columns - 4, 78)
        let inner = boxWidth - 4
        // Paths wrap like any long word, never shortened: the user may need to find that file.
        let lines = body.flatMap { $0.isEmpty ? [""] : $0.wrapped(to: inner) }
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
        grid.write(keys, row: top + height - 2, column: left + 2, style: Canvas.label, limit: inner)
        grid.cursor = nil
    }

    mutating func drawTooSmall() {
        let asking = state.overlay == .confirmQuit ? ["", texts.quitTitle, texts.quitKeys] : []
        let lines = (texts.tooSmall(state.size, .minimum) + asking).flatMap { $0.wrapped(to: max(1, grid.columns - 2)) }
        let top = max(0, (grid.rows - lines.count) / 2)
        for (index, line) in lines.enumerated() {
            let column = max(0, (grid.columns - line.displayWidth) / 2)
            grid.write(line, row: top + index, column: column, style: index == 0 ? Canvas.warning : .plain)
        }
    }
}
