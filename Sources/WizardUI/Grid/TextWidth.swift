extension Character {
    /// Cells this character takes in a terminal: 2 for East Asian wide and fullwidth characters, 0 for a
    /// lone combining mark or a control character, 1 otherwise. A pure-Swift stand-in for wcwidth, so that
    /// the grid is laid out the same with or without a terminal.
    public var displayWidth: Int {
        guard let scalar = unicodeScalars.first else { return 0 }
        // Fast path for what the screens are mostly made of: Unicode's category tables are slow to query.
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x2FF: return 1
        case 0x00...0x1F, 0x7F...0x9F: return 0
        default: break
        }
        switch scalar.properties.generalCategory {
        case .control, .format, .nonspacingMark, .enclosingMark: return 0
        default: break
        }
        return Character.isWide(scalar.value) ? 2 : 1
    }

    fileprivate static func isWide(_ value: UInt32) -> Bool {
        switch value {
        // Symbols that terminals draw as emoji, two cells wide (as glibc's wcwidth counts them): ⌚ ⏰ ☕ ✅ ❌ ⭐ …
        case 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3, 0x25FD...0x25FE, 0x2614...0x2615,
             0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE,
             0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA, 0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C,
             0x274E, 0x2753...0x2755, 0x2757, 0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55:
            return true
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}

extension Unicode.Scalar {
    /// Whether this scalar is a one-cell character of its own: no character before or after it can join it
    /// (it is no combining mark, joiner, control or wide character). Latin letters with their accents,
    /// punctuation, quotes, arrows, box lines and the screens' symbols are. A text made only of these needs
    /// no grapheme breaking, which is what makes laying text out slow: one scalar, one cell.
    var isStandaloneCell: Bool {
        switch value {
        case 0x20...0x7E, 0xA0...0x2FF,
             // General punctuation, without its zero-width and direction marks (200B-200F, 2028-202F, 205F-206F).
             0x2010...0x2027, 0x2030...0x205E,
             // Super- and subscripts, currency, without the combining marks for symbols (20D0-20FF).
             0x2070...0x20CF:
            return true
        // Letterlike symbols to miscellaneous symbols and arrows, without those drawn as wide emoji.
        case 0x2100...0x2BFF:
            return !Character.isWide(value)
        default:
            return false
        }
    }
}

extension StringProtocol {
    public var displayWidth: Int {
        if isPrintableASCII { return utf8.count }
        if let cells = standaloneCellCount { return cells }
        return reduce(0) { $0 + $1.displayWidth }
    }

    /// The number of scalars when every one is a cell of its own (see `isStandaloneCell`), else nil.
    var standaloneCellCount: Int? {
        var count = 0
        for scalar in unicodeScalars {
            guard scalar.isStandaloneCell else { return nil }
            count += 1
        }
        return count
    }

    /// Most of a frame, and most words even of Spanish text, are plain ASCII: one byte, one cell, no
    /// grapheme breaking needed.
    var isPrintableASCII: Bool { utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
}

extension Substring {
    /// The text cut into pieces of at most `width` cells, in one pass (a value may be a megabyte long): all
    /// full lines, then the last piece with its width.
    fileprivate func cut(toWidth width: Int) -> (full: [String], last: (text: String, width: Int)) {
        var full: [String] = []
        var piece = ""
        var pieceWidth = 0
        func add(_ text: String, _ cells: Int) {
            if pieceWidth + cells > width, !piece.isEmpty {
                full.append(piece)
                (piece, pieceWidth) = ("", 0)
            }
            piece += text
            pieceWidth += cells
        }
        if standaloneCellCount != nil {
            for scalar in unicodeScalars { add(String(scalar), 1) }
        } else {
            for character in self { add(String(character), character.displayWidth) }
        }
        return (full, (piece, pieceWidth))
    }
}

extension String {
    /// Splits into lines no wider than `width`, breaking at spaces where it can.
    public func wrapped(to width: Int) -> [String] {
        guard width > 0 else { return [] }
        // Short plain sentences, most of them, fit as they are (a leading space would be dropped below).
        if utf8.count <= width && first != " " && isPrintableASCII { return [self] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        // Split at the byte of the space, without walking grapheme clusters: the same words as splitting the
        // characters, except after a space followed by a combining mark, which no sentence has.
        for bytes in utf8.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false) {
            let word = self[bytes.startIndex..<bytes.endIndex]
            let wordWidth = word.displayWidth
            let separator = line.isEmpty ? 0 : 1
            if lineWidth + separator + wordWidth <= width {
                if separator == 1 { line.append(" ") }
                line.append(contentsOf: word)
                lineWidth += separator + wordWidth
                continue
            }
            if !line.isEmpty { lines.append(line) }
            guard wordWidth > width else {
                (line, lineWidth) = (String(word), wordWidth)
                continue
            }
            // A word wider than a line is cut into full lines; its last piece starts the next line.
            let pieces = word.cut(toWidth: width)
            lines += pieces.full
            (line, lineWidth) = pieces.last
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The longest start of the string that fits in `width` cells.
    public func prefix(width: Int) -> String {
        if let cells = standaloneCellCount {
            return cells <= width ? self : String(unicodeScalars.prefix(max(0, width)))
        }
        var result = ""
        var used = 0
        for character in self {
            let next = used + character.displayWidth
            if next > width { break }
            result.append(character)
            used = next
        }
        return result
    }
}
