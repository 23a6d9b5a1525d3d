import WizardCore

/// Draws a whole state into a grid of the state's terminal size. The same code feeds the terminal,
/// the tests and the Screens/ folder.
public enum Renderer {
    public static func render(_ state: WizardState) -> Grid {
        var canvas = Canvas(state: state)
        guard state.size.isLargeEnough else {
            canvas.drawTooSmall()
            return canvas.grid
        }
        canvas.drawHeader()
        switch state.screen {
        case .welcome: canvas.drawWelcome()
        case .step(let step): canvas.drawStep(step)
        case .summary: canvas.drawSummary()
        }
        canvas.drawFooter()
        if let overlay = state.overlay { canvas.drawOverlay(overlay) }
        return canvas.grid
    }
}

/// The grid being drawn, with the state it shows and the texts in the state's language.
struct Canvas {
    let state: WizardState
    let texts: Texts
    var grid: Grid
    /// Left margin and usable width of the body; wide terminals keep lines at a readable length.
    let margin = 2
    var width: Int { min(grid.columns - 2 * margin, 100) }
    /// The first row the body may use and the last (the notice line sits below it).
    let bodyTop = 4
    var bodyBottom: Int { grid.rows - 4 }

    init(state: WizardState) {
        self.state = state
        texts = Texts.for(state.language)
        grid = Grid(columns: state.size.columns, rows: state.size.rows)
    }

    static let heading = Style(bold: true, color: .accent)
    static let label = Style(bold: true)
    static let muted = Style(dim: true)
    static let error = Style(bold: true, color: .error)
    static let warning = Style(bold: true, color: .warning)
    static let bar = Style(reverse: true)

    mutating func drawHeader() {
        grid.fill(row: 0, from: 0, to: grid.columns, style: Canvas.bar)
        grid.write(" " + texts.appTitle, row: 0, column: 0, style: Canvas.bar)
        let right = "\(texts.modeName(state.mode)) · \(texts.profileLabel) \(state.context.profile) "
        grid.write(right, row: 0, column: grid.columns - right.displayWidth, style: Canvas.bar)
    }

    mutating func drawFooter() {
        let noticeRow = grid.rows - 3
        if let failure = state.unsavedBecause {
            grid.write(texts.unsaved(failure), row: noticeRow, column: margin, style: Canvas.error, limit: width)
        } else if let notice = state.notice {
            let style: Style
            switch notice {
            case .madeStale: style = Canvas.warning
            case .summaryFailed: style = Canvas.error
            default: style = Style(color: .success)
            }
            grid.write(texts.notice(notice), row: noticeRow, column: margin, style: style, limit: width)
        }
        rule(row: grid.rows - 2)
        let keys: String
        switch state.screen {
        case .welcome: keys = texts.keysWelcome
        case .step: keys = texts.keysStep
        case .summary: keys = texts.keysSummary
        }
        grid.write(keys, row: grid.rows - 1, column: margin - 1, style: Canvas.muted)
    }

    mutating func rule(row: Int) {
        grid.write(String(repeating: "─", count: grid.columns), row: row, column: 0, style: Canvas.muted)
    }

    /// Writes wrapped paragraphs from `row`; returns the next free row.
    @discardableResult
    mutating func paragraph(_ text: String, row: Int, column: Int? = nil, style: Style = .plain,
                            maxRows: Int = .max) -> Int {
        let left = column ?? margin
        var y = row
        for line in text.wrapped(to: width - (left - margin)).prefix(maxRows) {
            grid.write(line, row: y, column: left, style: style)
            y += 1
        }
        return y
    }
}
