import WizardCore
import WizardUI

/// What reading the terminal produced.
public enum TerminalInput: Equatable, Sendable {
    case key(Key)
    case resized(TerminalSize)
    /// The terminal went away (stdin closed): the wizard should stop.
    case hangup
    /// Text pasted in the terminal (bracketed paste), whatever it holds.
    case paste(String)
    /// A signal asked the wizard to stop (SIGTERM, SIGHUP, SIGQUIT): it saves, then ends with 128 + `signal`.
    case stopped(signal: Int32)
}

/// What the wizard's session needs of a terminal. `Terminal` is the real one, on ncurses; tests give the
/// session one that scripts the keys and keeps the frames, so that the session's loop runs without a pty.
public protocol TerminalDevice: AnyObject {
    var size: TerminalSize { get }
    func paint(_ grid: Grid)
    /// Shows a typed character at once, before the frame that includes it is drawn.
    func echo(_ character: Character)
    /// The next input, waiting at most `timeout` milliseconds (-1: as long as it takes; 0: not at all), or
    /// nil when none came; a byte on `wakeUp` also ends the wait.
    func read(timeout: Int32, wakeUp: Int32?) -> TerminalInput?
    func copyToClipboard(_ text: String)
}
