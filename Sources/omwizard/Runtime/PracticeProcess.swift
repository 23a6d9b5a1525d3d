import CheckpointStorage
import DurableFiles
import GenesysClient
import Glibc
import Synchronization
import WizardCore

/// The practice org of Practice mode: `omwizard-practice`, started beside the wizard on a free port, its org
/// kept in a file beside the checkpoint so that a resumed run finds what an interrupted one made. It is a
/// child process rather than a part of the wizard so that the server stack never weighs on the other modes;
/// it stops with the wizard, even one killed with -9 (it watches its parent).
final class PracticeProcess: PracticeOrgControl, Sendable {
    private struct Running {
        var pid: pid_t
        var baseURL: String
        /// Kept open: the child may still write to it, and a closed pipe would kill it with SIGPIPE.
        var announcement: Int32
    }

    /// Where the child stands. Its start takes up to 20 s, which happens outside the lock: the lock is held
    /// only to read or change this, so that stopping never waits for a start.
    private enum Child {
        case none
        /// Spawned, its address not yet announced.
        case starting(pid_t)
        case running(Running)
    }

    private let statePath: String
    private let faults: [String]
    private let transport: HTTPTransport
    /// Started from a worker thread, stopped from the terminal's.
    private let child = Mutex(Child.none)

    init(statePath: String, faults: [String] = [], transport: HTTPTransport = CurlTransport()) {
        self.statePath = statePath
        self.faults = faults
        self.transport = transport
    }

    deinit { stop() }

    /// Starts the practice org unless it is running; returns its base URL. Called by one worker at a time
    /// (the Genesys work is done in order).
    func start() throws(GenesysFailure) -> String {
        let died = child.withLock { (child: inout Child) -> Running? in
            guard case .running(let current) = child else { return nil }
            var status: Int32 = 0
            if waitpid(current.pid, &status, WNOHANG) == 0 { return nil }
            child = .none
            return current
        }
        // It died (killed by hand?): another starts on the same saved org.
        if let died { close(died.announcement) }
        if case .running(let current) = child.withLock({ $0 }) { return current.baseURL }
        let started = try spawn()
        let stoppedMeanwhile = child.withLock { (child: inout Child) -> Bool in
            guard case .starting(started.pid) = child else { return true }
            child = .running(started)
            return false
        }
        guard !stoppedMeanwhile else {
            close(started.announcement)
            throw .practiceOrgFailed("stopped while it started")
        }
        return started.baseURL
    }

    /// Puts the org back to its seed: through the running server, or, when none runs, by setting its file
    /// aside so that the next start seeds a fresh one. Returns why it could not, if it could not.
    func resetOrg() async -> PracticeResetFailure? {
        guard case .running(let current) = child.withLock({ $0 }) else {
            do {
                _ = try CheckpointStore(path: statePath).reset(stamp: Environment.timestamp)
                return nil
            } catch {
                return .file(error)
            }
        }
        do {
            let answer = try await transport.send(TransportRequest(method: "POST", url: current.baseURL + "/practice/reset"),
                                                  timeoutSeconds: 10)
            return (200..<300).contains(answer.status) ? nil : .server("HTTP \(answer.status)")
        } catch {
            return .server("\(error)")
        }
    }

    /// Moves a practice org file aside to `<file>.reset-<date>-<time>`, as a checkpoint is on start over;
    /// returns the new name, nil if there was none (or it could not be moved).
    static func setAside(_ path: String) -> String? {
        (try? CheckpointStore(path: path).reset(stamp: Environment.timestamp)) ?? nil
    }

    /// Where the practice org writes what it has to say (its warnings, or why it would not start).
    private var logPath: String {
        (statePath.hasSuffix(".json") ? String(statePath.dropLast(5)) : statePath) + ".log"
    }

    func stop() {
        let stopping = child.withLock { child -> Child in defer { child = .none }; return child }
        switch stopping {
        case .none:
            return
        case .starting(let pid):
            // Its start reads no announcement any more: it fails, and the child goes.
            kill(pid, SIGKILL)
        case .running(let current):
            kill(current.pid, SIGTERM)
            // A server that does not stop within two seconds is killed: quitting must never hang.
            var status: Int32 = 0
            for _ in 0..<20 where waitpid(current.pid, &status, WNOHANG) == 0 { usleep(100_000) }
            if waitpid(current.pid, &status, WNOHANG) == 0 {
                kill(current.pid, SIGKILL)
                waitpid(current.pid, &status, 0)
            }
            close(current.announcement)
        }
    }

    private func spawn() throws(GenesysFailure) -> Running {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw .practiceOrgFailed(String(cString: strerror(errno))) }
        let program = PracticeLauncher.besideThisProgram(PracticeLauncher.programName)
        let arguments = [program, "--port", "0", "--state", statePath, "--parent-pid", "\(getpid())"]
            + faults.flatMap { ["--fault", $0] }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[1], STDOUT_FILENO)
        // Its warnings would be drawn over the wizard's screen: they go to a file beside its org.
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, logPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        // Started from a worker thread, whose blocked signals the child would inherit: it gets a clean set,
        // so that SIGTERM stops it.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        // The wizard's environment without the org's OAuth client: the practice org has no use for it.
        var environment = Environment.current.filter { !$0.key.hasPrefix("GENESYSCLOUD_") }
            .map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { environment.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, &attributes, &argv, &environment)
        close(pipeEnds[1])
        if spawned == 0 { child.withLock { $0 = .starting(pid) } }
        guard spawned == 0 else {
            close(pipeEnds[0])
            if spawned == ENOENT { throw .practiceProgramMissing(program) }
            throw .practiceOrgFailed("\(program): \(String(cString: strerror(spawned)))")
        }
        guard let line = Self.readLine(from: pipeEnds[0], seconds: 20),
              let start = line.firstRange(of: "http://127.0.0.1:") else {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
            close(pipeEnds[0])
            child.withLock { if case .starting(pid) = $0 { $0 = .none } }
            // Its own words say why (a fault it cannot read, a state file that is not an org, ...).
            let said = FileReader.read(logPath).map { String(decoding: $0, as: UTF8.self) } ?? ""
            let lines = said.split(separator: "\n").map(String.init)
            let reason = lines.first { $0.hasPrefix("Error: ") }.map { String($0.dropFirst("Error: ".count)) }
                ?? lines.last ?? program
            throw .practiceOrgFailed(reason)
        }
        return Running(pid: pid, baseURL: String(line[start.lowerBound...].prefix { $0 != " " }),
                       announcement: pipeEnds[0])
    }

    /// The first line the child writes, or nil if it ends or stays silent for `seconds`.
    private static func readLine(from descriptor: Int32, seconds: Int32) -> String? {
        var bytes: [UInt8] = []
        var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        while bytes.last != UInt8(ascii: "\n") {
            guard poll(&poller, 1, seconds * 1000) > 0 else { return nil }
            var byte: UInt8 = 0
            guard Glibc.read(descriptor, &byte, 1) == 1 else { return nil }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
