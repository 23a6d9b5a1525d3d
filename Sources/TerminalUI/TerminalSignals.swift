import CNcursesw
import Glibc
import Synchronization

/// The signals a full-screen run handles. Every handler does only what is async-signal-safe: it sets a flag,
/// writes to a pipe, restores the terminal's modes with tcsetattr, or re-raises. Anything more (saving,
/// ncurses' endwin) happens on the terminal's thread, which the pipe wakes.
enum TerminalSignals {
    /// Written to by the handlers, polled by the wait with the keyboard; both ends non-blocking, so that a
    /// burst of signals never blocks a handler and a read of an empty pipe never blocks the wait.
    nonisolated(unsafe) static var wakeUp: (read: Int32, write: Int32) = (-1, -1)
    /// The signal that asked the wizard to stop (SIGTERM, SIGHUP, SIGQUIT), 0 until one did.
    static let stopRequested = Atomic<Int32>(0)
    /// ncurses' SIGWINCH handler, which keeps its own record of the new size.
    nonisolated(unsafe) private static var ncursesResizeHandler: (@convention(c) (Int32) -> Void)?
    /// The terminal's modes before curses mode, and the bytes that leave curses mode's screen: what a crash
    /// handler puts back, since endwin() may not be called there.
    nonisolated(unsafe) private static var modesBefore = termios()
    nonisolated(unsafe) private static var leavingBytes: UnsafeMutablePointer<UInt8>?
    nonisolated(unsafe) private static var leavingCount = 0

    /// Keeps the terminal's modes as they are before ncurses changes them.
    static func rememberModes() {
        tcgetattr(STDIN_FILENO, &modesBefore)
    }

    /// Installs every handler, once ncurses has started (it installs its own SIGWINCH handler in `initscr`).
    static func install() {
        guard wakeUp.read < 0 else { return }
        var ends: [Int32] = [-1, -1]
        // Without a pipe (no descriptor left) the handlers still set their flag; only the wake-up is lost.
        if Glibc.pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
            wakeUp = (ends[0], ends[1])
        }
        // Every static a handler reads is set up here, never first in a handler (its lazy set-up is not
        // async-signal-safe).
        _ = stopRequested.load(ordering: .relaxed)
        prepareLeavingBytes()
        watchResizes()
        for signalNumber in [SIGTERM, SIGHUP, SIGQUIT] {
            signal(signalNumber) { received in
                TerminalSignals.stopRequested.store(received, ordering: .relaxed)
                TerminalSignals.wake()
            }
        }
        // A crash (a Swift trap is SIGILL or SIGTRAP) gives the terminal back, then dies of the same signal so
        // that the exit status and any core dump stay true.
        for signalNumber in [SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE] {
            signal(signalNumber) { received in
                if let bytes = TerminalSignals.leavingBytes, TerminalSignals.leavingCount > 0 {
                    _ = Glibc.write(STDOUT_FILENO, bytes, TerminalSignals.leavingCount)
                    tcsetattr(STDIN_FILENO, TCSANOW, &TerminalSignals.modesBefore)
                }
                signal(received, SIG_DFL)
                raise(received)
            }
        }
    }

    /// Curses mode has been left: a crash from now on has no screen to give back.
    static func cursesEnded() {
        leavingCount = 0
    }

    /// Reads what the handlers wrote, so that the next wait waits again.
    static func drain() {
        var bytes = [UInt8](repeating: 0, count: 64)
        _ = Glibc.read(wakeUp.read, &bytes, bytes.count)
    }

    private static func wake() {
        var byte: UInt8 = 1
        _ = Glibc.write(wakeUp.write, &byte, 1)
    }

    /// SIGWINCH: ncurses' handler only sets a flag, which its next read turns into KEY_RESIZE; a wait that
    /// began just after the signal would not end until the next key. This handler calls ncurses' handler,
    /// then wakes the wait.
    private static func watchResizes() {
        var previous = sigaction()
        sigaction(SIGWINCH, nil, &previous)
        // SIG_DFL and SIG_IGN are 0 and 1, not functions; ncurses installs a plain handler (no SA_SIGINFO).
        if let handler = previous.__sigaction_handler.sa_handler, previous.sa_flags & SA_SIGINFO == 0,
           UInt(bitPattern: unsafeBitCast(handler, to: Int.self)) > 1 {
            ncursesResizeHandler = handler
        }
        var action = previous
        action.__sigaction_handler.sa_handler = { signal in
            if let ncurses = TerminalSignals.ncursesResizeHandler { ncurses(signal) }
            TerminalSignals.wake()
        }
        sigaction(SIGWINCH, &action, nil)
    }

    /// What endwin() would write to leave the screen as it was: attributes off, the cursor shown, the
    /// alternate screen left; taken from the terminal's description now, while that is safe.
    private static func prepareLeavingBytes() {
        var bytes = Array(Terminal.bracketedPasteOff.utf8)
        for capability in ["sgr0", "cnorm", "rmcup"] {
            if let text = omw_capability(capability) { bytes += Array(String(cString: text).utf8) }
        }
        let buffer = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, bytes.count))
        buffer.initialize(from: bytes, count: bytes.count)
        (leavingBytes, leavingCount) = (buffer, bytes.count)
    }
}
