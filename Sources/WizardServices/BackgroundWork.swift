import Glibc
import Synchronization
import WizardCore

/// Runs work off the terminal's thread (the Genesys calls, the practice org's reset), so that keys, resizes
/// and the progress indicator go on meanwhile; the session collects the resulting events between two reads
/// of the terminal.
public final class BackgroundWork: Sendable {
    private struct Queue {
        var running = 0
        var finished: [Event] = []
    }

    private let queue = Mutex(Queue())
    /// Read end of a pipe that gets a byte whenever work finishes, so the session wakes at once rather than
    /// at its next tick.
    public let wakeUp: Int32
    private let wakeUpWriter: Int32

    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                // The writer never waits on a full pipe, and neither end leaks into the practice org's process.
                _ = fcntl(end, F_SETFL, O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        }
        (wakeUp, wakeUpWriter) = (ends[0], ends[1])
    }

    deinit {
        close(wakeUp)
        close(wakeUpWriter)
    }

    public var isBusy: Bool { queue.withLock { $0.running > 0 || !$0.finished.isEmpty } }

    /// Starts `work`; the event it returns comes back from `takeFinished`.
    public func start(_ work: @escaping @Sendable () async -> Event) {
        queue.withLock { $0.running += 1 }
        Task.detached { [self] in
            let event = await work()
            queue.withLock {
                $0.running -= 1
                $0.finished.append(event)
            }
            var byte: UInt8 = 1
            _ = write(wakeUpWriter, &byte, 1)
        }
    }

    /// The events of the work finished since the last call, oldest first.
    public func takeFinished() -> [Event] {
        queue.withLock { queue in
            defer { queue.finished = [] }
            return queue.finished
        }
    }
}
