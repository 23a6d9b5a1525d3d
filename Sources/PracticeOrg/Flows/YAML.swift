/// A YAML document as the practice org reads it: mappings (in order), sequences and scalars.
/// Archy flow files use block style only, so that is what this reader accepts: block mappings and
/// sequences, plain, single- and double-quoted scalars, comments, and the empty `{}` / `[]`. Anything
/// else is refused with the line number, as Architect refuses a file it cannot read. (Hand-written on
/// purpose: the YAML libraries for Swift need all of Foundation, which would weigh on the wizard.)
indirect enum YAMLNode: Equatable {
    case scalar(String)
    case mapping([YAMLEntry])
    case sequence([YAMLNode])
    case null

    subscript(key: String) -> YAMLNode? {
        guard case .mapping(let entries) = self else { return nil }
        return entries.first { $0.key == key }?.value
    }

    var string: String? {
        if case .scalar(let text) = self { return text }
        return nil
    }
}

/// One `key: value` of a mapping; mappings keep their order.
struct YAMLEntry: Equatable {
    var key: String
    var value: YAMLNode
}

struct YAMLError: Error, Equatable {
    var line: Int
    var message: String
}

enum YAMLReader {
    static func parse(_ text: String) throws(YAMLError) -> YAMLNode {
        var lines: [Line] = []
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = stripComment(String(raw.hasSuffix("\r") ? raw.dropLast() : raw))
            let indent = content.prefix { $0 == " " }.count
            let body = String(content.dropFirst(indent))
            if body.trimmingTrailingWhitespace.isEmpty || body == "---" { continue }
            if body.hasPrefix("\t") { throw YAMLError(line: index + 1, message: "tabs are not allowed for indentation") }
            lines.append(Line(number: index + 1, indent: indent, text: body.trimmingTrailingWhitespace))
        }
        guard !lines.isEmpty else { return .null }
        var reader = LineReader(lines: lines)
        let node = try reader.block(indent: lines[0].indent)
        if let extra = reader.current {
            throw YAMLError(line: extra.number, message: "unexpected indentation")
        }
        return node
    }

    /// Removes a comment: `#` at the start or after a space, outside quotes.
    private static func stripComment(_ line: String) -> String {
        var quote: Character?
        var previous: Character = " "
        var result = ""
        for character in line {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == "#" && previous == " " {
                break
            }
            result.append(character)
            previous = character
        }
        return result
    }

    /// The value of a scalar as written: quotes removed, escapes of double quotes applied. A flow-style
    /// collection (`{name: x}`, `[a, b]`) other than an empty one is refused rather than misread as text:
    /// a file the practice org cannot read must fail its job, never publish something else.
    static func scalar(_ text: String, line: Int) throws(YAMLError) -> YAMLNode {
        if text == "{}" { return .mapping([]) }
        if text == "[]" { return .sequence([]) }
        if text == "~" || text == "null" { return .null }
        if text.hasPrefix("{") || text.hasPrefix("[") {
            throw YAMLError(line: line, message: "the practice org reads block-style YAML only, not \(text.prefix(40))")
        }
        guard let first = text.first, first == "\"" || first == "'" else { return .scalar(text) }
        guard text.count >= 2, text.last == first else { throw YAMLError(line: line, message: "unterminated quoted text") }
        let inner = String(text.dropFirst().dropLast())
        if first == "'" { return .scalar(inner.replacingAll("''", with: "'")) }
        return .scalar(try unescape(inner, line: line))
    }

    /// A double-quoted scalar's escapes, YAML's: `\n`, `\t`, `\xXX`, `\uXXXX`, `\UXXXXXXXX`, and a character
    /// standing for itself (`\"`, `\\`, `\/`).
    private static func unescape(_ inner: String, line: Int) throws(YAMLError) -> String {
        var result = ""
        var characters = inner.makeIterator()
        while let character = characters.next() {
            guard character == "\\" else {
                result.append(character)
                continue
            }
            guard let escaped = characters.next() else { throw YAMLError(line: line, message: "a lone \\ ends the text") }
            let digits: Int
            switch escaped {
            case "n": result.append("\n"); continue
            case "t": result.append("\t"); continue
            case "r": result.append("\r"); continue
            case "0": result.append("\0"); continue
            case "x": digits = 2
            case "u": digits = 4
            case "U": digits = 8
            default: result.append(escaped); continue
            }
            var hex = ""
            for _ in 0..<digits { if let digit = characters.next() { hex.append(digit) } }
            guard hex.count == digits, let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) else {
                throw YAMLError(line: line, message: "\\\(escaped)\(hex) is not a character")
            }
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}

private struct Line {
    var number: Int
    var indent: Int
    var text: String

    var isSequenceItem: Bool { text == "-" || text.hasPrefix("- ") }

    /// Splits `key: value` (or `key:`) at the first colon outside quotes that ends the key.
    var keyAndValue: (key: String, value: String)? {
        var quote: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ":" {
                let next = text.index(after: index)
                if next == text.endIndex || text[next] == " " {
                    let key = String(text[..<index]).trimmingTrailingWhitespace
                    let value = String(text[next...]).drop { $0 == " " }
                    return (key, String(value))
                }
            }
            index = text.index(after: index)
        }
        return nil
    }
}

private struct LineReader {
    var lines: [Line]
    var position = 0

    var current: Line? { position < lines.count ? lines[position] : nil }

    mutating func block(indent: Int) throws(YAMLError) -> YAMLNode {
        guard let line = current else { return .null }
        return line.isSequenceItem ? try sequence(indent: indent) : try mapping(indent: indent)
    }

    private mutating func sequence(indent: Int) throws(YAMLError) -> YAMLNode {
        var items: [YAMLNode] = []
        while let line = current, line.indent == indent, line.isSequenceItem {
            let rest = String(line.text.dropFirst()).drop { $0 == " " }
            if rest.isEmpty {
                position += 1
                guard let next = current, next.indent > indent else {
                    items.append(.null)
                    continue
                }
                items.append(try block(indent: next.indent))
            } else {
                // "- key: value" opens a mapping whose keys line up with "key".
                let contentIndent = indent + line.text.count - rest.count
                lines[position] = Line(number: line.number, indent: contentIndent, text: String(rest))
                let item = lines[position]
                if item.keyAndValue != nil && !item.text.hasPrefix("\"") && !item.text.hasPrefix("'") {
                    items.append(try mapping(indent: contentIndent))
                } else {
                    items.append(try YAMLReader.scalar(item.text, line: item.number))
                    position += 1
                }
            }
        }
        return .sequence(items)
    }

    private mutating func mapping(indent: Int) throws(YAMLError) -> YAMLNode {
        var entries: [YAMLEntry] = []
        while let line = current, line.indent == indent, !line.isSequenceItem {
            guard let (rawKey, value) = line.keyAndValue else {
                throw YAMLError(line: line.number, message: "expected «key: value»")
            }
            let key = try YAMLReader.scalar(rawKey, line: line.number).string ?? rawKey
            position += 1
            if !value.isEmpty {
                entries.append(YAMLEntry(key: key, value: try YAMLReader.scalar(value, line: line.number)))
            } else if let next = current, next.indent > indent {
                entries.append(YAMLEntry(key: key, value: try block(indent: next.indent)))
            } else if let next = current, next.indent == indent, next.isSequenceItem {
                entries.append(YAMLEntry(key: key, value: try sequence(indent: indent)))
            } else {
                entries.append(YAMLEntry(key: key, value: .null))
            }
        }
        if let line = current, line.indent > indent {
            throw YAMLError(line: line.number, message: "unexpected indentation")
        }
        return .mapping(entries)
    }
}

extension String {
    var trimmingTrailingWhitespace: String {
        var copy = self
        while let last = copy.last, last == " " || last == "\t" { copy.removeLast() }
        return copy
    }

    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
