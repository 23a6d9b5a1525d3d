import GenesysSetup
import Synchronization
import WizardCore

/// Runs Genesys work off the terminal's thread, so that keys, resizes and the progress indicator go on while
/// the network answers; the session collects the resulting events between two reads of the terminal.
final class GenesysWorker: Sendable {
    private struct Queue {
        var running = 0
        var finished: [Event] = []
    }

    private let queue = Mutex(Queue())
    let service: SetupService

    init(service: SetupService) {
        self.service = service
    }

    var isBusy: Bool { queue.withLock { $0.running > 0 || !$0.finished.isEmpty } }

    func start(_ work: GenesysWork) {
        queue.withLock { $0.running += 1 }
        Task.detached { [self] in
            let event = await service.perform(work)
            queue.withLock {
                $0.running -= 1
                $0.finished.append(event)
            }
        }
    }

    /// The events of the work finished since the last call, oldest first.
    func takeFinished() -> [Event] {
        queue.withLock { queue in
            defer { queue.finished = [] }
            return queue.finished
        }
    }
}
