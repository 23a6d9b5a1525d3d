/// Colour roles, not colours: the terminal layer maps them (and drops them under NO_COLOR).
public enum ColorRole: Equatable, Sendable {
    case accent, error, success, warning
}

public struct Style: Equatable, Sendable {
    public var bold = false
    public var reverse = false
    public var dim = false
    public var underline = false
    public var color: ColorRole?

    public init(bold: Bool = false, reverse: Bool = false, dim: Bool = false, underline: Bool = false,
                color: ColorRole? = nil) {
        self.bold = bold
        self.reverse = reverse
        self.dim = dim
        self.underline = underline
        self.color = color
    }

    public static let plain = Style()
}

public struct GridPoint: Equatable, Sendable {
    public var row: Int
    public var column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// One character cell. A wide character fills its cell and leaves the next one as a continuation ("").
public struct Cell: Equatable, Sendable {
    public var text: String
    public var style: Style

    public static let blank = Cell(text: " ", style: .plain)
    static let continuation = Cell(text: "", style: .plain)
}

/// A whole frame in memory: what the terminal layer paints and what the tests and Screens/ read.
public struct Grid: Equatable, Sendable {
    public let columns: Int
    public let rows: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should blink (inside the focused text field), or nil to hide it.
    public var cursor: GridPoint?

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        cells = Array(repeating: .blank, count: self.columns * self.rows)
    }

    public subscript(row: Int, column: Int) -> Cell { cells[row * columns + column] }

    /// Writes `text` from (row, column), clipped at `limit` cells (the grid's edge by default).
    /// Returns the column after the last cell written.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < rows else { return column }
        let end = min(columns, column + (limit ?? columns))
        var x = column
        for character in text {
            let width = character.displayWidth
            if width == 0 { continue }
            guard x + width <= end else { break }
            if x >= 0 {
                cells[row * columns + x] = Cell(text: String(character), style: style)
                if width == 2 { cells[row * columns + x + 1] = .continuation }
            }
            x += width
        }
        return x
    }

    /// Paints `style` over a run of cells without changing their characters (a highlighted bar).
    public mutating func fill(row: Int, from column: Int, to end: Int, style: Style) {
        guard row >= 0, row < rows else { return }
        for x in max(0, column)..<min(columns, end) { cells[row * columns + x].style = style }
    }

    /// The frame as plain text, one line per row, trailing spaces removed.
    public var lines: [String] {
        (0..<rows).map { row in
            var line = ""
            for column in 0..<columns { line += self[row, column].text }
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    public var text: String { lines.joined(separator: "\n") + "\n" }
}
