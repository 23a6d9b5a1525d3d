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
        case .connect: canvas.drawConnect()
        case .step(let step): canvas.drawStep(step)
        case .plan: canvas.drawPlan()
        case .testMessage: canvas.drawTestMessage()
        case .summary: canvas.drawSummary()
        case .undo: canvas.drawUndo()
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
    var bodyBottom: Int { grid.rows - 5 }

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

    /// A frame of the progress indicator (braille spinners break on some fonts; these circles are in every one).
    static func spinner(_ frame: Int) -> String {
        let frames = ["◐", "◓", "◑", "◒"]
        return frames[frame % frames.count]
    }

    mutating func drawHeader() {
        grid.fill(row: 0, from: 0, to: grid.columns, style: Canvas.bar)
        grid.write(" " + texts.appTitle, row: 0, column: 0, style: Canvas.bar)
        let title = " " + texts.appTitle
        // A long profile name gives way to the title: it is cut, the title never is.
        let room = max(0, grid.columns - title.displayWidth - 2)
        let right = "\(texts.chrome.modeName(state.mode)) · \(texts.chrome.profileLabel) \(state.context.profile) ".keepingStart(width: room)
        grid.write(right, row: 0, column: grid.columns - right.displayWidth, style: Canvas.bar)
    }

    mutating func drawFooter() {
        // A notice takes the two rows above the footer; a long one (a path) wraps rather than being cut.
        func show(_ text: String, _ style: Style) {
            let lines = text.wrapped(to: width)
            paragraph(text, row: grid.rows - 2 - min(2, lines.count), style: style, maxRows: 2)
        }
        if let failure = state.unsavedBecause {
            show(texts.notices.unsaved(failure), Canvas.error)
        } else if let busy = state.genesys.busy {
            show(Canvas.spinner(state.genesys.spinnerFrame) + " " + texts.genesys.busy(busy, state.answers), Canvas.heading)
        } else if let failure = state.genesys.failure {
            let keys = texts.genesys.failureKeys(failure).map { " " + $0 } ?? ""
            show("✗ " + texts.genesys.failure(failure) + keys, Canvas.error)
        } else if !state.genesys.findings.isEmpty {
            show(state.genesys.findings.map { "✗ " + texts.genesys.finding($0) }.joined(separator: " "), Canvas.warning)
        } else if let notice = state.notice {
            let style: Style
            switch notice {
            case .madeStale: style = Canvas.warning
            case .summaryFailed, .practiceOrgNotReset, .pasteRefused: style = Canvas.error
            case .pasteNeedsATextField, .flowQueueNotChecked: style = Canvas.warning
            case .copied, .nothingToCopy, .tokenGenerated, .summaryWritten, .backupRestored, .startedOver,
                 .damagedSetAside, .secretNotCopied:
                style = Style(color: .success)
            }
            show(texts.notices.notice(notice), style)
        }
        rule(row: grid.rows - 2)
        let keys: String
        switch state.screen {
        case _ where state.genesys.busy != nil: keys = texts.genesys.keysBusy
        case .welcome: keys = texts.chrome.keysWelcome(state.hasProgress && state.resumeChoice == 0)
        case .connect: keys = state.mode.isPractice ? texts.genesys.keysConnectPractice : texts.genesys.keysConnect
        case .step: keys = state.canMakeItForMe ? texts.genesys.keysStepPractice : texts.chrome.keysStep
        case .plan where state.genesys.failure != nil:
            keys = texts.genesys.keysPlanFailed(state.byHandChoice)
        case .plan where state.genesysStepsFinished: keys = texts.genesys.keysPlanDone
        case .plan: keys = texts.genesys.keysPlanReady
        case .testMessage: keys = state.hasTestResult ? texts.testMessage.keysResult : texts.testMessage.keysReady
        case .summary: keys = texts.chrome.keysSummary
        case .undo where state.saved.isUndone: keys = texts.undo.keysFinished
        case .undo where state.genesys.failure != nil: keys = texts.undo.keysFailed
        case .undo: keys = state.mode.usesGenesys ? texts.undo.keysReady : texts.undo.keysByHand
        }
        grid.write(keys, row: grid.rows - 1, column: margin - 1, style: Canvas.muted)
    }

    mutating func rule(row: Int) {
        grid.repeatCharacter("─", row: row, from: 0, to: grid.columns, style: Canvas.muted)
    }

    /// Writes wrapped paragraphs from `row`; returns the next free row.
    @discardableResult
    mutating func paragraph(_ text: String, row: Int, column: Int? = nil, style: Style = .plain,
                            maxRows: Int = .max) -> Int {
        let left = column ?? margin
        return lines(text.wrapped(to: width - (left - margin)), row: row, column: left, style: style, maxRows: maxRows)
    }

    /// Writes lines already wrapped, one per row from `row`; returns the next free row.
    mutating func lines(_ lines: [String], row: Int, column: Int, style: Style = .plain, maxRows: Int = .max) -> Int {
        var y = row
        for line in lines.prefix(maxRows) {
            grid.write(line, row: y, column: column, style: style)
            y += 1
        }
        return y
    }
}
