import ArgumentParser
import CheckpointStorage
import DurableFiles
import Dispatch
import Glibc
import Hummingbird
import PracticeOrg
import WizardCore
import PracticeFaults

/// `omwizard practice` (which starts this program): a local Genesys Cloud for demonstrations and tests
/// (see Sources/PracticeOrg/README.md).
@main
struct PracticeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "omwizard practice",
        abstract: "Serves a practice Genesys Cloud org on 127.0.0.1 (the API subset the setup uses)."
    )

    @Option(help: "The port (0 picks a free one).")
    var port = 8787

    @Option(help: "Saves the org to this JSON file after every change, and loads it at start if it exists.")
    var state: String?

    @Option(help: "Numbered queues to add to the seeded org (a large org: 20000).")
    var queues = 0

    @Option(help: "Numbered inbound message flows to add to the seeded org.")
    var flows = 0

    @Option(help: "The OAuth client id the practice org accepts.")
    var clientId = PracticeOrgOptions.defaultClientID

    @Option(help: "The OAuth client secret the practice org accepts.")
    var clientSecret = PracticeOrgOptions.defaultClientSecret

    @Option(help: "Seconds a token lives.")
    var tokenLifetime: Double = 86_400

    @Option(help: "Seconds before a new Open Messaging integration is Completed.")
    var integrationDelay: Double = 1

    @Option(help: "Seconds an Architect job takes once its YAML is uploaded.")
    var jobDelay: Double = 1

    @Option(help: ArgumentHelp("A fault to inject: KIND[:ARG] [METHOD] PATH [xN] (repeatable).",
                               discussion: "Kinds: latency:MS, status:CODE, rate-limit:SECONDS, drop, expire-token."))
    var fault: [String] = []

    @Option(help: ArgumentHelp("Seconds to wait for another practice org to let go of the --state file.",
                               visibility: .hidden))
    var lockWait: Double = 10

    @Option(help: ArgumentHelp("Stops when the process with this id ends (the wizard that started it).",
                               visibility: .hidden))
    var parentPid: Int32?

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535.") }
        guard queues >= 0 else { throw ValidationError("--queues cannot be negative.") }
        guard flows >= 0 else { throw ValidationError("--flows cannot be negative.") }
        for text in fault where Fault(commandLine: text) == nil {
            throw ValidationError("Cannot read the fault «\(text)»: use \(Fault.commandLineForm).")
        }
    }

    func run() throws {
        var options = PracticeOrgOptions()
        options.clientID = clientId
        options.clientSecret = clientSecret
        options.tokenLifetime = tokenLifetime
        options.generatedQueues = queues
        options.generatedFlows = flows
        options.statePath = state
        options.integrationDelay = integrationDelay
        options.jobDelay = jobDelay
        options.faults = fault.compactMap(Fault.init(commandLine:))
        // One practice org per state file, or the last to save would undo the other's changes. Held until
        // this program ends (the system lets go of it then, however it ends).
        let stateLock = try state.map { try Self.lockStateFile($0, waitingUpTo: lockWait) }
        let service: PracticeOrgService
        do {
            service = try PracticeOrgService(options: options)
        } catch {
            throw RuntimeFailure("\(error.path) is not a saved practice org: move it away, or start without --state.")
        }
        let server = PracticeServer(service: service)
        let clientId = self.clientId
        let application = server.application(port: port) { port in
            announce("Practice org on http://127.0.0.1:\(port)  (client id \(clientId); Ctrl-C stops it)")
        }
        if let parentPid { Self.stopWhenGone(parentPid, saving: service) }
        do {
            // SIGTERM and SIGINT end the server gracefully; what is not yet saved is saved then.
            try BlockingTask.run {
                try await application.runService()
                await service.flush()
            }
            withExtendedLifetime(stateLock) {}
        } catch where "\(error)".contains("Address already in use") {
            throw RuntimeFailure("Port \(port) is already in use (another practice org?). Stop it, or choose "
                + "another port: --port 0 picks a free one.")
        }
    }
}

extension PracticeCommand {
    /// Takes the state file's lock, waiting for a practice org that still holds it: the org of a wizard that
    /// was just killed saves and ends within a moment, and the resumed wizard's org must not fail meanwhile.
    static func lockStateFile(_ path: String, waitingUpTo seconds: Double) throws -> FileLock {
        let lock = FileLock(guarding: path)
        let deadline = ContinuousClock.now + .milliseconds(Int(max(0, seconds) * 1000))
        while true {
            do {
                try lock.acquire()
                return lock
            } catch is FileLocked where ContinuousClock.now < deadline {
                usleep(50_000)
            } catch let held as FileLocked {
                let holder = held.holder.map { " (process \($0))" } ?? ""
                throw RuntimeFailure("Another practice org\(holder) uses \(path): stop it, or give another --state file.")
            } catch let failure as FileError {
                throw RuntimeFailure("Cannot use \(path) as the practice org's state file: "
                    + Texts.for(.en).notices.saveFailure(SaveFailure(failure)) + ".")
            } catch {
                throw RuntimeFailure("Cannot use \(path) as the practice org's state file: \(error)")
            }
        }
    }

    /// Ends this program once its parent has gone, even killed with -9: a practice org started by the
    /// wizard must not outlive it, nor hold its state file from the resumed wizard's org. What was not yet
    /// saved is saved first.
    static func stopWhenGone(_ parent: Int32, saving service: PracticeOrgService) {
        DispatchQueue.global().async {
            while getppid() == parent { usleep(20_000) }
            let saved = DispatchSemaphore(value: 0)
            Task {
                await service.flush()
                saved.signal()
            }
            _ = saved.wait(timeout: .now() + 5)
            Glibc.exit(0)
        }
    }
}

/// Prints at once, even into a pipe, so that a script or a test reading the address does not wait.
private func announce(_ line: String) {
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
