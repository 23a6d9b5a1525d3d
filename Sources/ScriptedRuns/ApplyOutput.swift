import Foundation
import Synchronization

/// What `apply` prints while it works: whole lines, each org's prefixed with its profile, from any of the
/// orgs' threads. On a terminal one line at the bottom turns a spinner and says what each org is waiting
/// for; it is erased before every other line, so what stays on screen is plain lines. Elsewhere (a file, a
/// pipe, a CI log) there is no spinner and no escape sequence at all.
final class ApplyOutput: Sendable {
    private struct Status {
        var busy: [(profile: String, text: String, since: ContinuousClock.Instant)] = []
        var frame = 0
        var spinnerShown = false
        var stopped = false
    }

    private let descriptor: Int32
    private let isTerminal: Bool
    private let status = Mutex(Status())
    private static let frames = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"]

    /// `toStandardError`: with --json, stdout is kept for the JSON.
    init(toStandardError: Bool) {
        descriptor = toStandardError ? STDERR_FILENO : STDOUT_FILENO
        isTerminal = isatty(descriptor) == 1
        guard isTerminal else { return }
        Thread.detachNewThread { [self] in
            while status.withLock({ !$0.stopped }) {
                Thread.sleep(forTimeInterval: 0.1)
                status.withLock { status in
                    guard !status.stopped, !status.busy.isEmpty else { return }
                    status.frame += 1
                    write(eraseSpinner(status) + spinner(status))
                    status.spinnerShown = true
                }
            }
        }
    }

    /// One line, prefixed with the org's profile.
    func line(_ profile: String, _ text: String) {
        block(["[\(profile)] " + text])
    }

    /// Lines kept together, whatever the other orgs print meanwhile.
    func block(_ lines: [String]) {
        status.withLock { status in
            write(eraseSpinner(status) + lines.joined(separator: "\n") + "\n")
            status.spinnerShown = false
        }
    }

    /// What `profile` is waiting for now (nil: nothing).
    func busy(_ profile: String, _ text: String?) {
        status.withLock { status in
            // The same wait keeps its start, so its seconds go on counting.
            let since = status.busy.first { $0.profile == profile && $0.text == text }?.since ?? .now
            status.busy.removeAll { $0.profile == profile }
            if let text { status.busy.append((profile, text, since)) }
            if status.busy.isEmpty && status.spinnerShown {
                write(eraseSpinner(status))
                status.spinnerShown = false
            }
        }
    }

    func stop() {
        status.withLock { status in
            if status.spinnerShown { write(eraseSpinner(status)) }
            status.spinnerShown = false
            status.stopped = true
        }
    }

    private func eraseSpinner(_ status: Status) -> String {
        status.spinnerShown ? "\r\u{1B}[2K" : ""
    }

    /// The spinner's line, cut to the terminal's width so that it never wraps (a wrapped line cannot be erased).
    private func spinner(_ status: Status) -> String {
        let text = Self.frames[status.frame % Self.frames.count] + " "
            + status.busy.map { "[\($0.profile)] \($0.text) \((ContinuousClock.now - $0.since).components.seconds) s" }
            .joined(separator: " · ")
        var size = winsize()
        let columns = ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 1 ? Int(size.ws_col) - 1 : 79
        return String(text.prefix(columns))
    }

    private func write(_ text: String) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            bytes = bytes.dropFirst(written)
        }
    }
}

/// Runs `body` on every item, at most `width` at once, each on a thread of its own (an org's run waits on
/// its calls with poll, which must not hold one of Swift's few concurrency threads); returns when all are done.
func aFewAtATime<Item: Sendable>(_ items: [Item], width: Int, _ body: @escaping @Sendable (Item) -> Void) {
    let next = Mutex(0)
    let finished = DispatchGroup()
    for _ in 0..<min(width, items.count) {
        finished.enter()
        Thread.detachNewThread {
            while true {
                let index = next.withLock { index -> Int in
                    defer { index += 1 }
                    return index
                }
                guard index < items.count else { break }
                body(items[index])
            }
            finished.leave()
        }
    }
    finished.wait()
}
