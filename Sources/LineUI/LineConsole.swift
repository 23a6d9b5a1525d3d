import Glibc
import TextCoding
import WizardUI

/// What the user typed at a question.
public enum LineInput: Equatable, Sendable {
    case line(String)
    /// The input ended (end of file, or the terminal went away).
    case ended
    /// A signal asked omwizard to stop while it waited for the answer.
    case interrupted
}

/// Where the line mode speaks and listens: standard input and output, or a script in the tests.
public protocol LineConsole: AnyObject {
    func say(_ line: String)
    /// Writes `prompt` and reads one line; `hidden` keeps a terminal from echoing it (a secret).
    func ask(_ prompt: String, hidden: Bool) -> LineInput
}

/// Standard input and output, without curses: no cursor movement, no colour, no escape sequence. Terminals
/// keep their own line editing (canonical mode), which is what screen readers follow.
public final class StandardConsole: LineConsole {
    private var pending: [UInt8] = []
    private var ended = false
    private let inputIsTerminal = isatty(STDIN_FILENO) == 1
    private let shouldStop: () -> Bool

    public init(shouldStop: @escaping () -> Bool) {
        self.shouldStop = shouldStop
    }

    public func say(_ line: String) {
        for part in wrapped(LineText.printable(line)) { write(part + "\n") }
    }

    public func ask(_ prompt: String, hidden: Bool) -> LineInput {
        // The space after the question stays after its last line.
        var lines = wrapped(LineText.printable(prompt.trimmedSpaces))
        let question = lines.removeLast() + " "
        for part in lines { write(part + "\n") }
        write(question)
        let echoOff = hidden && inputIsTerminal
        var modes = termios()
        if echoOff {
            tcgetattr(STDIN_FILENO, &modes)
            var quiet = modes
            quiet.c_lflag &= ~tcflag_t(ECHO)
            tcsetattr(STDIN_FILENO, TCSANOW, &quiet)
        }
        let input = readLine()
        // Ctrl-C left the terminal after its "^C": what follows starts a line of its own.
        if input == .interrupted && inputIsTerminal && !echoOff { write("\n") }
        if echoOff {
            tcsetattr(STDIN_FILENO, TCSANOW, &modes)
            write("\n")
        }
        // From a pipe nothing is echoed: the answer goes beside its question so that the output reads as a
        // conversation (never a secret's).
        if !inputIsTerminal, case .line(let text) = input {
            write((hidden ? "" : LineText.printable(text)) + "\n")
        }
        return input
    }

    /// On a terminal, a long line is broken between words, a column short of its width: a terminal would
    /// break it inside a word, which a screen reader then reads as two. To a pipe or a file, lines go whole.
    private func wrapped(_ text: String) -> [String] {
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 20 else {
            return [text]
        }
        // An indented line (an option of a list) keeps its indent on every line.
        let indent = String(text.prefix { $0 == " " })
        return text.dropFirst(indent.count).description.wrapped(to: Int(size.ws_col) - 1 - indent.count).map { indent + $0 }
    }

    private func readLine() -> LineInput {
        while true {
            if let newline = pending.firstIndex(of: UInt8(ascii: "\n")) {
                var bytes = Array(pending[..<newline])
                pending.removeSubrange(...newline)
                if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
                return .line(String(decoding: bytes, as: UTF8.self))
            }
            if ended {
                guard !pending.isEmpty else { return .ended }
                defer { pending = [] }
                return .line(String(decoding: pending, as: UTF8.self))
            }
            var buffer = [UInt8](repeating: 0, count: 4_096)
            let count = Glibc.read(STDIN_FILENO, &buffer, buffer.count)
            if count > 0 {
                pending += buffer[..<count]
            } else if count < 0 && errno == EINTR {
                if shouldStop() { return .interrupted }
            } else {
                ended = true
            }
        }
    }

    private func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }
}

enum LineText {
    /// The text with every control character (an escape from a name in the org, a tab) shown as U+FFFD:
    /// nothing the line mode prints can move a cursor or change a colour.
    static func printable(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        return String(String.UnicodeScalarView(text.unicodeScalars.map { isControl($0) ? "\u{FFFD}" : $0 }))
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }
}
