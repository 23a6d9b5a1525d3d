import Dispatch
import Glibc

/// Prints at once, even into a pipe, so that a script or a test reading the address does not wait.
func announce(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
}

/// Runs async work to its end from a synchronous command.
enum BlockingTask {
    static func run(_ work: @escaping @Sendable () async throws -> Void) throws {
        let finished = DispatchSemaphore(value: 0)
        let outcome = ResultBox()
        Task {
            do { try await work() } catch { outcome.error = error }
            finished.signal()
        }
        finished.wait()
        if let error = outcome.error { throw error }
    }

    private final class ResultBox: @unchecked Sendable {
        var error: Error?
    }
}

/// A failure while running, not a mistake in the command line: ArgumentParser prints "Error: " and the
/// message, without the usage, and the program ends with 1 (a usage error ends with 64).
struct RuntimeFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
