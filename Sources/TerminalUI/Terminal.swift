import CNcursesw
import Glibc
import TextCoding
import WizardCore
import WizardUI

/// The only place that talks to ncurses: it paints grids, reads keys, and gives the terminal back clean.
public final class Terminal: TerminalDevice {
    private var active = false
    private let colors: Bool
    private var consecutiveReadErrors = 0
    /// The frame on screen, so that the next paint sends ncurses only the cells that changed.
    private var painted: Grid?
    /// Whether the terminal's cursor is on: asked of ncurses only when it changes, as each call costs a write.
    private var cursorShown = true
    /// A resize that came in the middle of a paste, given right after it.
    private var resizedDuringPaste = false

    /// Takes over the terminal. `colors` is false under NO_COLOR.
    public init(colors: Bool) {
        self.colors = colors
        Terminal.chooseUTF8Locale()
        TerminalSignals.rememberModes()
        initscr()
        // Until curses mode has been left once, ncurses flushes its output after every cursor movement
        // (lib_mvcur.c, while `_endwin` is `ewInitial`): a frame went out in four or more writes, the
        // terminal could show half of one, and a key's echo waited behind the pieces before it. Leaving and
        // resuming once, before anything is drawn, makes every later refresh a single write. (The terminal
        // leaves the alternate screen and enters it again at once, before anything is drawn on it.)
        endwin()
        refresh()
        active = true
        TerminalSignals.install()
        raw()
        noecho()
        nonl()
        keypad(omw_stdscr(), true)
        // ncurses waits 1 s after Esc by default to tell it from an escape sequence: Esc is Back here.
        set_escdelay(25)
        // No look for pending keys during each refresh (two polls of the keyboard per frame): frames are
        // small changes, and the echo of a key should not wait for that look.
        typeahead(-1)
        // Bracketed paste: the terminal marks a paste's start and end, so a pasted line break is text, not Enter.
        define_key("\u{1B}[200~", omw_key_paste_start())
        define_key("\u{1B}[201~", omw_key_paste_end())
        Terminal.writeOut(Terminal.bracketedPasteOn)
        if colors && has_colors() {
            start_color()
            use_default_colors()
            for (pair, color) in Terminal.palette.enumerated() {
                init_pair(Int16(pair + 1), Int16(color), -1)
            }
        }
    }

    deinit { restore() }

    /// Whether this machine's terminfo database describes the terminal `name` (ncurses would otherwise print
    /// "Error opening terminal" and end the program).
    public static func isDescribed(_ name: String) -> Bool {
        omw_terminal_described(name) != 0
    }

    /// The first of the usual terminal descriptions this machine has, to stand in for one it lacks.
    public static var usualDescription: String? {
        ["xterm-256color", "xterm", "vt100"].first(where: isDescribed)
    }

    public var size: TerminalSize {
        TerminalSize(columns: Int(getmaxx(omw_stdscr())), rows: Int(getmaxy(omw_stdscr())))
    }

    /// Ends curses mode. Safe to call more than once.
    public func restore() {
        guard active else { return }
        active = false
        Terminal.writeOut(Terminal.bracketedPasteOff)
        endwin()
        TerminalSignals.cursesEnded()
    }

    public func paint(_ grid: Grid) {
        if painted?.columns != grid.columns || painted?.rows != grid.rows {
            painted = nil
            erase()
        }
        grid.forEachChange(since: painted) { row, column, cell in
            let marks = cell.marks
            _ = omw_put_cell(Int32(row), Int32(column), wchar_t(bitPattern: cell.base), wchar_t(bitPattern: marks.first),
                             wchar_t(bitPattern: marks.second), wchar_t(bitPattern: marks.third),
                             attributes(cell.style), colorPair(cell.style))
        }
        if cursorShown != (grid.cursor != nil) {
            cursorShown = grid.cursor != nil
            curs_set(cursorShown ? 1 : 0)
        }
        if let cursor = grid.cursor { move(Int32(cursor.row), Int32(cursor.column)) }
        refresh()
        painted = grid
    }

    /// Shows a typed character at the text cursor at once, as a terminal's own echo would, when the frame on
    /// screen takes typing there (`Grid.echoesTyping`). Drawing the next frame takes a tenth of a millisecond
    /// after a pause, when caches are cold; this makes the echo as quick as a program with nothing to redraw.
    /// The next frame is then painted against what is on screen, so it corrects anything this got wrong (a
    /// field that scrolls, or that moves down a row because the instructions grew).
    public func echo(_ character: Character) {
        guard let screen = painted, screen.echoesTyping, let cursor = screen.cursor,
              let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
              character.displayWidth == 1 else { return }
        let style = screen[cursor.row, cursor.column].style
        let next = GridPoint(row: cursor.row, column: min(cursor.column + 1, screen.columns - 1))
        _ = omw_put_cell(Int32(cursor.row), Int32(cursor.column), wchar_t(bitPattern: scalar.value), 0, 0, 0,
                         attributes(style), colorPair(style))
        move(Int32(next.row), Int32(next.column))
        refresh()
        // Only now, off the echo's way: the frame on screen as the next paint compares against.
        painted?.write(String(character), row: cursor.row, column: cursor.column, style: style)
        painted?.cursor = next
    }

    /// The next key or resize, waiting at most `milliseconds` (-1: as long as it takes). nil when nothing
    /// came in time, which lets the caller do deferred work (saving) only while the user is idle, or move
    /// a progress indicator while it waits for the network.
    /// With `wakeUp`, a byte arriving on that descriptor also ends the wait (work done elsewhere).
    /// The wait is a poll of the keyboard, the resize pipe and `wakeUp` together: a resize that arrives at
    /// any moment, even just before the wait begins, leaves a byte in its pipe and ends the wait, so that
    /// every resize is drawn at once (ncurses' own wait could miss one that came between its look and it).
    public func read(timeout milliseconds: Int32 = -1, wakeUp: Int32? = nil) -> TerminalInput? {
        if let stop = stopRequested { return stop }
        // Keys ncurses has already buffered, and a resize it has already seen, come first.
        if let input = takeReady() { return input }
        guard milliseconds != 0 else { return nil }
        var waiting = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: TerminalSignals.wakeUp.read, events: Int16(POLLIN), revents: 0)]
        if let wakeUp { waiting.append(pollfd(fd: wakeUp, events: Int16(POLLIN), revents: 0)) }
        if poll(&waiting, nfds_t(waiting.count), milliseconds) < 0 { return stopRequested }
        if waiting[1].revents & Int16(POLLIN) != 0 { TerminalSignals.drain() }
        if waiting.count > 2, waiting[2].revents & Int16(POLLIN) != 0 { Terminal.drain(waiting[2].fd) }
        if let stop = stopRequested { return stop }
        if let input = takeReady() { return input }
        // The terminal is gone: poll says so at once, again and again, and nothing is ever read.
        let gone = Int16(POLLHUP | POLLERR | POLLNVAL)
        if waiting[0].revents & gone != 0 && waiting[0].revents & Int16(POLLIN) == 0 { return .hangup }
        if waiting[0].revents & Int16(POLLIN) != 0 {
            consecutiveReadErrors += 1
            if consecutiveReadErrors > 100 { return .hangup }
        }
        return nil
    }

    /// A stop asked for by a signal (SIGTERM, SIGHUP, SIGQUIT), if one came.
    private var stopRequested: TerminalInput? {
        let signal = TerminalSignals.stopRequested.load(ordering: .relaxed)
        return signal == 0 ? nil : .stopped(signal: signal)
    }

    /// A key or a resize that ncurses can give without waiting, or nil.
    private func takeReady() -> TerminalInput? {
        if resizedDuringPaste {
            resizedDuringPaste = false
            return .resized(size)
        }
        wtimeout(omw_stdscr(), 0)
        while true {
            var character: wint_t = 0
            let result = get_wch(&character)
            if result == ERR { return nil }
            consecutiveReadErrors = 0
            if result == omw_key_code_yes() {
                if Int32(character) == KEY_RESIZE { return .resized(size) }
                if Int32(character) == omw_key_paste_start() { return .paste(takePaste()) }
                if let key = KeyDecoding.special(Int32(character)) { return .key(key) }
            } else if let key = KeyDecoding.character(UInt32(character)) {
                return .key(key)
            }
        }
    }

    static let bracketedPasteOn = "\u{1B}[?2004h"
    static let bracketedPasteOff = "\u{1B}[?2004l"

    /// The text of a paste whose start marker was just read, up to its end marker. A paste arriving slowly (a
    /// slow link) is waited for; one whose end does not come within a few seconds of silence ends with what
    /// came, and a signal to stop ends it at once.
    private func takePaste() -> String {
        var text = ""
        wtimeout(omw_stdscr(), 500)
        defer { wtimeout(omw_stdscr(), 0) }
        var silences = 0
        while silences < 6, stopRequested == nil {
            var character: wint_t = 0
            let result = get_wch(&character)
            if result == ERR {
                silences += 1
                continue
            }
            silences = 0
            if result == omw_key_code_yes() {
                if Int32(character) == omw_key_paste_end() { return text }
                if Int32(character) == KEY_RESIZE { resizedDuringPaste = true }
                // Another key's code inside a paste (an arrow's sequence, say) is not text.
                continue
            }
            guard let scalar = Unicode.Scalar(UInt32(character)) else { continue }
            // Carriage returns are line breaks here (raw mode leaves them as they came).
            text.unicodeScalars.append(scalar == "\r" ? "\n" : scalar)
        }
        return text
    }

    /// Writes straight to the terminal, beside ncurses: for sequences that draw nothing (modes, the clipboard).
    private static func writeOut(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(STDOUT_FILENO, $0.baseAddress, $0.count) }
    }

    private static func drain(_ descriptor: Int32) {
        var bytes = [UInt8](repeating: 0, count: 64)
        _ = Glibc.read(descriptor, &bytes, bytes.count)
    }

    /// Asks the terminal (and tmux, with set-clipboard on) to put `text` on the clipboard: OSC 52.
    public func copyToClipboard(_ text: String) {
        Terminal.writeOut("\u{1B}]52;c;" + Base64.encode(Array(text.utf8)) + "\u{07}")
    }

    // accent, error, success, warning
    private static let palette: [Int32] = [COLOR_CYAN, COLOR_RED, COLOR_GREEN, COLOR_YELLOW]

    private func colorPair(_ style: Style) -> Int16 {
        guard colors, let role = style.color else { return 0 }
        switch role {
        case .accent: return 1
        case .error: return 2
        case .success: return 3
        case .warning: return 4
        }
    }

    private func attributes(_ style: Style) -> attr_t {
        var attributes = omw_a_normal()
        if style.bold { attributes |= omw_a_bold() }
        if style.reverse { attributes |= omw_a_reverse() }
        if style.dim { attributes |= omw_a_dim() }
        if style.underline { attributes |= omw_a_underline() }
        return attributes
    }

    /// The user's character set when it exists and is UTF-8; else C.UTF-8's (always present in glibc),
    /// because in a locale that is missing or not UTF-8 ncurses drops every accented letter and every
    /// box-drawing line. Only the character set: nothing else here depends on the locale, and loading all
    /// of it would read a dozen files before the first frame.
    private static func chooseUTF8Locale() {
        if setlocale(LC_CTYPE, "") != nil, let codeset = nl_langinfo(nl_item(CODESET)),
           String(validatingCString: codeset) == "UTF-8" {
            return
        }
        setlocale(LC_CTYPE, "C.UTF-8")
    }
}
