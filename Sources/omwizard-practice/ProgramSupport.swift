import Dispatch
import Glibc

/// Prints at once, even into a pipe, so that a script or a test reading the address does not wait.
func announce(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
}

/// Runs async work to its end from a synchronous command, and gives its result.
enum BlockingTask {
    static func run<Value: Sendable>(_ work: @escaping @Sendable () async throws -> Value) throws -> Value {
        let finished = DispatchSemaphore(value: 0)
        let outcome = ResultBox<Value>()
        Task {
            do { outcome.result = .success(try await work()) } catch { outcome.result = .failure(error) }
            finished.signal()
        }
        finished.wait()
        return try outcome.result!.get()
    }

    /// Written by the task before it signals, read after the wait: never at once.
    private final class ResultBox<Value>: @unchecked Sendable {
        var result: Result<Value, Error>?
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
