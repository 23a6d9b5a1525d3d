import PracticeOrg
import WizardCore
import WizardUI

/// The trainer's view of a room, drawn into a grid: a row per trainee, a column per step of the setup, the
/// time of their last change, and a mark for a trainee whose last call failed. Pure, so tests read it as text.
public struct RoomBoard: Sendable {
    public var report: RoomReport?
    /// Why the latest read of the room failed, if it did (the last report read stays on screen).
    public var problem: String?
    /// The address the view reads, as the title says it.
    public var address: String
    /// The first trainee row shown (0-based): the trainer scrolls a room taller than the window.
    public var firstRow = 0
    /// Whether the last row says the keys: not when the room is printed once.
    public var live = true
    public let texts: RoomTexts

    public static let minimumSize = TerminalSize(columns: 60, rows: 8)
    /// Rows above the trainees: the title, the legend, the headings.
    private static let headerRows = 3
    private static let failuresShown = 3

    public init(address: String, texts: RoomTexts) {
        self.address = address
        self.texts = texts
    }

    /// How many trainee rows fit in `size`: what a page of scrolling moves.
    public func traineeRows(_ size: TerminalSize) -> Int {
        max(1, size.rows - Self.headerRows - keyRows - bottomLines(size.columns).count)
    }

    /// The rows that show the whole room at once in `columns`: what `--once` prints.
    public func fullHeight(_ columns: Int) -> Int {
        max(Self.minimumSize.rows, Self.headerRows + (report?.trainees.count ?? 0) + bottomLines(columns).count + keyRows)
    }

    private var keyRows: Int { live ? 1 : 0 }

    /// Keeps `firstRow` within the room for a window of `size`.
    public mutating func scroll(by rows: Int, in size: TerminalSize) {
        let count = report?.trainees.count ?? 0
        firstRow = max(0, min(firstRow + rows, count - traineeRows(size)))
    }

    public func grid(_ size: TerminalSize) -> Grid {
        var grid = Grid(columns: size.columns, rows: size.rows)
        guard size.columns >= Self.minimumSize.columns, size.rows >= Self.minimumSize.rows else {
            _ = grid.write(texts.tooSmall(Self.minimumSize.columns, Self.minimumSize.rows), row: 0, column: 0,
                           style: Style(color: .warning), limit: size.columns)
            return grid
        }
        let trainees = report?.trainees ?? []
        let visible = traineeRows(size)
        let first = max(0, min(firstRow, trainees.count - visible))
        let shown = trainees.dropFirst(first).prefix(visible)
        _ = grid.write(texts.title(report?.trainees.count, address), row: 0, column: 0, style: Style(bold: true), limit: size.columns)
        // The legend, and which trainees show when not all do; in a narrow window the range wins over the legend.
        let range = shown.count < trainees.count ? texts.rows(first + 1, first + shown.count, trainees.count) : ""
        if texts.legend.displayWidth + 2 + range.displayWidth <= size.columns {
            _ = grid.write(texts.legend, row: 1, column: 0, style: Style(dim: true))
        }
        _ = grid.write(range, row: 1, column: max(0, size.columns - range.displayWidth), style: Style(dim: true))
        let columns = Columns(texts: texts, trainees: trainees, width: size.columns)
        for (index, heading) in columns.headings.enumerated() {
            _ = grid.write(heading, row: 2, column: columns.starts[index], style: Style(bold: true, underline: true),
                           limit: columns.widths[index])
        }
        for (offset, trainee) in shown.enumerated() {
            for (index, cell) in columns.cells(trainee, now: report?.now ?? 0, texts: texts).enumerated() {
                _ = grid.write(Self.fitted(cell.text, columns.widths[index]), row: Self.headerRows + offset,
                               column: columns.starts[index], style: cell.style)
            }
        }
        let bottom = bottomLines(size.columns)
        for (offset, line) in bottom.enumerated() {
            let row = size.rows - keyRows - bottom.count + offset
            _ = grid.write(line.text, row: row, column: 0, style: line.style, limit: size.columns)
        }
        if live { _ = grid.write(texts.keys, row: size.rows - 1, column: 0, style: Style(dim: true), limit: size.columns) }
        return grid
    }

    /// Above the keys: why the room cannot be read, or the latest failed calls, newest first.
    private func bottomLines(_ columns: Int) -> [(text: String, style: Style)] {
        // What went wrong is said whole, over as many rows as it takes.
        if let problem { return problem.wrapped(to: columns).map { ($0, Style(bold: true, color: .error)) } }
        guard let report else { return [] }
        let failed = report.trainees.compactMap { trainee in trainee.lastCall.map { (trainee, $0) } }
            .filter { $0.1.failed }
            .sorted { $0.1.at > $1.1.at }
            .prefix(Self.failuresShown)
        return failed.map { trainee, call in
            let when = texts.ago(max(0, Int(report.now - call.at)))
            return (texts.failedCall(trainee.clientId, "\(call.method) \(call.path)", call.status, when), Style(color: .error))
        }
    }

    /// `text` cut to `width` columns, with "…" where it was cut, so that a cut name does not pass for a whole one.
    static func fitted(_ text: String, _ width: Int) -> String {
        text.displayWidth <= width ? text : text.prefix(width: max(0, width - 1)) + "…"
    }

    /// Where each column starts and how wide it is: the fixed ones first, the steps sharing what is left.
    private struct Columns {
        var headings: [String] = []
        var widths: [Int] = []
        var starts: [Int] = []

        init(texts: RoomTexts, trainees: [TraineeProgress], width: Int) {
            let numberWidth = String(max(1, trainees.count)).count
            let clientWidth = max(texts.traineeHeading.displayWidth, trainees.map(\.clientId.displayWidth).max() ?? 0)
            let lastWidth = max(texts.lastChangeHeading.displayWidth, texts.ago(3599).displayWidth)
            let fixed = [1, numberWidth, clientWidth, lastWidth]
            let stepWidth = max(2, (width - fixed.reduce(0, +) - (fixed.count + texts.steps.count - 1)) / texts.steps.count)
            headings = ["", "#", texts.traineeHeading]
                + texts.steps.map { $0.long.displayWidth <= stepWidth ? $0.long : $0.short }
                + [texts.lastChangeHeading]
            widths = [1, numberWidth, clientWidth] + Array(repeating: stepWidth, count: texts.steps.count) + [lastWidth]
            var start = 0
            for width in widths {
                starts.append(start)
                start += width + 1
            }
        }

        func cells(_ trainee: TraineeProgress, now: Double, texts: RoomTexts) -> [(text: String, style: Style)] {
            let failed = trainee.lastCall?.failed == true
            let progress = trainee.progress
            let steps = [progress.queue, progress.member, progress.flow, progress.integration, progress.route,
                         progress.testMessage.map { _ in "" }]
            let lastChange = trainee.lastChange.map { texts.ago(max(0, Int(now - $0))) } ?? texts.never
            return [(failed ? "!" : " ", Style(bold: true, color: .error)),
                    // Numbers right-aligned, so that 9 and 10 line up by their units.
                    (String(repeating: " ", count: max(0, widths[1] - String(trainee.number).count)) + String(trainee.number), .plain),
                    (trainee.clientId, failed ? Style(color: .error) : .plain)]
                + steps.map { name in name.map { ("✓ " + $0, Style(color: .success)) } ?? ("·", Style(dim: true)) }
                + [(lastChange, .plain)]
        }
    }
}
