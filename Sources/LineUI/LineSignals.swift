import Glibc
import Synchronization

/// Ctrl-C, and the signals that ask a program to stop, in the line mode: each sets a flag, and interrupts the
/// read or the wait under way (no SA_RESTART), so that the wizard leaves between two of its own events, as
/// `quit` does. A call under way is not waited for; its intent was saved before it was sent.
public enum LineSignals {
    /// The signal received, 0 until one is.
    public static let received = Atomic<Int32>(0)

    public static func install() {
        // Set up here, never first in a handler: a static's lazy set-up is not async-signal-safe.
        _ = received.load(ordering: .relaxed)
        for number in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in LineSignals.received.store(number, ordering: .relaxed) }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            sigaction(number, &action, nil)
        }
    }

    public static var stopRequested: Bool { received.load(ordering: .relaxed) != 0 }
}
