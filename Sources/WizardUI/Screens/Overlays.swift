import WizardCore

extension Canvas {
    mutating func drawOverlay(_ overlay: Overlay) {
        switch overlay {
        case .help:
            let body = texts.help(state.screen) + [""] + texts.helpKeys + ["", texts.legend]
            drawBox(title: texts.helpTitle(texts.screenName(state.screen)), body: body, keys: texts.helpClose)
        case .confirmQuit:
            drawBox(title: texts.quitTitle, body: texts.quitBody(state.context.checkpointPath, state.context.resumeCommand,
                                                          state.unsavedBecause, state.hasProgress),
                    keys: texts.quitKeys, alarming: state.unsavedBecause != nil)
        case .confirmStartOver:
            drawBox(title: texts.startOverTitle, body: texts.startOverBody(state.context.checkpointPath),
                    keys: texts.startOverKeys)
        case .damagedCheckpoint(let damaged):
            let backupLine = damaged.backup == nil ? texts.damagedWithoutBackup : texts.damagedWithBackup
            drawBox(title: texts.damagedTitle, body: texts.damagedBody(damaged.problem) + ["", backupLine],
                    keys: texts.damagedKeys(damaged.backup != nil), alarming: true)
        }
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
