import Glibc

/// SIGWINCH, seen by ncurses and by the wizard's wait. ncurses' handler only sets a flag, which its next
/// read turns into KEY_RESIZE; a wait that began just after the signal would not end until the next key.
/// So the handler installed here calls ncurses' handler, then writes a byte to a pipe that the wait polls.
enum ResizeSignal {
    /// The pipe's two ends, non-blocking: a burst of resizes never blocks the handler, and a read of an empty
    /// pipe never blocks the wait.
    nonisolated(unsafe) static var pipe: (read: Int32, write: Int32) = (-1, -1)
    /// ncurses' handler, which keeps its own record of the new size.
    nonisolated(unsafe) private static var ncursesHandler: (@convention(c) (Int32) -> Void)?

    /// Installs the handler once ncurses has installed its own (by `initscr`).
    static func watch() {
        guard pipe.read < 0 else { return }
        var ends: [Int32] = [-1, -1]
        guard Glibc.pipe(&ends) == 0 else { return }
        for end in ends {
            _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
            _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        }
        pipe = (ends[0], ends[1])
        var previous = sigaction()
        sigaction(SIGWINCH, nil, &previous)
        // SIG_DFL and SIG_IGN are 0 and 1, not functions; ncurses installs a plain handler (no SA_SIGINFO).
        if let handler = previous.__sigaction_handler.sa_handler, previous.sa_flags & SA_SIGINFO == 0,
           UInt(bitPattern: unsafeBitCast(handler, to: Int.self)) > 1 {
            ncursesHandler = handler
        }
        var action = previous
        action.__sigaction_handler.sa_handler = { signal in
            // Only async-signal-safe work: ncurses' handler sets its flag; write(2) wakes the wait.
            if let ncurses = ResizeSignal.ncursesHandler { ncurses(signal) }
            var byte: UInt8 = 1
            _ = Glibc.write(ResizeSignal.pipe.write, &byte, 1)
        }
        sigaction(SIGWINCH, &action, nil)
    }
}
