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
/// Plain data, with no array or string inside: every keypress builds, copies and compares the 1,920 cells of
/// a frame, and plain data does that without touching a reference count.
public struct Cell: Equatable, Sendable {
    /// The character's first scalar; 0 for the continuation of a wide character.
    public var base: UInt32
    /// Combining marks that follow the base (rare: most text arrives precomposed).
    public var marks: CombiningMarks
    public var style: Style

    init(_ character: Character, style: Style) {
        let scalars = character.unicodeScalars
        base = scalars.first!.value
        marks = CombiningMarks(scalars.dropFirst().lazy.map(\.value))
        self.style = style
    }

    init(ascii: UInt8, style: Style) {
        self.init(base: UInt32(ascii), style: style)
    }

    init(base: UInt32, style: Style) {
        self.base = base
        marks = .none
        self.style = style
    }

    /// The cell's character as text ("" for a continuation).
    public var text: String {
        guard base != 0 else { return "" }
        var result = String.UnicodeScalarView()
        for value in [base] + marks.values {
            if let scalar = Unicode.Scalar(value) { result.append(scalar) }
        }
        return String(result)
    }

    public var isContinuation: Bool { base == 0 }

    public static let blank = Cell(base: 0x20, style: .plain)
    static let continuation = Cell(base: 0, style: .plain)
}

/// The combining marks of a cell, kept inline. A terminal cell holds a base and a few marks (ncurses keeps
/// four scalars in all); a character with more keeps its first three.
public struct CombiningMarks: Equatable, Sendable {
    public private(set) var first: UInt32 = 0
    public private(set) var second: UInt32 = 0
    public private(set) var third: UInt32 = 0

    public static let none = CombiningMarks()

    init(_ values: some Sequence<UInt32>) {
        var iterator = values.makeIterator()
        first = iterator.next() ?? 0
        second = first == 0 ? 0 : iterator.next() ?? 0
        third = second == 0 ? 0 : iterator.next() ?? 0
    }

    private init() {}

    public var values: [UInt32] { [first, second, third].filter { $0 != 0 } }
}

/// A whole frame in memory: what the terminal layer paints and what the tests and Screens/ read.
public struct Grid: Equatable, Sendable {
    public let columns: Int
    public let rows: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should blink (inside the focused text field), or nil to hide it.
    public var cursor: GridPoint?
    /// Whether a printable key typed now goes in at the cursor, shown as it is, with nothing after it to move
    /// (the end of a text field that is not masked, with nothing else taking the keys): the terminal layer may
    /// then show it before the next frame.
    public var echoesTyping = false

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        cells = Array(repeating: .blank, count: self.columns * self.rows)
    }

    public subscript(row: Int, column: Int) -> Cell { cells[row * columns + column] }

    /// Calls `body` with the place and content of every cell that differs from `previous` (every cell when
    /// there is no previous frame of this size), skipping the continuations of wide characters.
    public func forEachChange(since previous: Grid?, _ body: (_ row: Int, _ column: Int, Cell) -> Void) {
        let before = previous.flatMap { $0.columns == columns && $0.rows == rows ? $0.cells : nil }
        cells.withUnsafeBufferPointer { now in
            for index in now.indices {
                let cell = now[index]
                if cell.isContinuation || before?[index] == cell { continue }
                body(index / columns, index % columns, cell)
            }
        }
    }

    /// Writes `text` from (row, column), clipped at `limit` cells (the grid's edge by default).
    /// Returns the column after the last cell written.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, style: Style = .plain, limit: Int? = nil) -> Int {
        guard row >= 0, row < rows else { return column }
        let end = min(columns, column + (limit ?? columns))
        var x = column
        if text.isPrintableASCII {
            for byte in text.utf8 {
                guard x < end else { break }
                if x >= 0 { cells[row * columns + x] = Cell(ascii: byte, style: style) }
                x += 1
            }
            return x
        }
        if text.standaloneCellCount != nil {
            for scalar in text.unicodeScalars {
                guard x < end else { break }
                if x >= 0 { cells[row * columns + x] = Cell(base: scalar.value, style: style) }
                x += 1
            }
            return x
        }
        for character in text {
            let width = character.displayWidth
            if width == 0 { continue }
            guard x + width <= end else { break }
            if x >= 0 {
                cells[row * columns + x] = Cell(character, style: style)
                if width == 2 { cells[row * columns + x + 1] = .continuation }
            }
            x += width
        }
        return x
    }

    /// Fills a run of cells with one single-width character (rules, box edges) without re-reading text.
    public mutating func repeatCharacter(_ character: Character, row: Int, from column: Int, to end: Int, style: Style) {
        guard row >= 0, row < rows else { return }
        let cell = Cell(character, style: style)
        for x in max(0, column)..<max(max(0, column), min(columns, end)) { cells[row * columns + x] = cell }
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
