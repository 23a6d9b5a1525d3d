import CheckpointStorage
import DurableFiles
import GenesysClient
import Glibc
import Synchronization
import WizardCore
import WizardServices

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

    /// Where the child stands; its lock is held only to read or change this, never while the child starts.
    private enum Child {
        case none
        /// Spawned, its address not yet announced.
        case starting(pid_t)
        case running(Running)
        /// Stopped for good (the wizard is ending): nothing starts again.
        case stopped
    }

    private let statePath: String
    private let faults: [String]
    private let transport: HTTPTransport
    /// Started from a worker thread, stopped from the terminal's.
    private let child = Mutex(Child.none)
    /// Held by a start from its spawn to its announcement (up to 20 s), so that two starts never overlap and
    /// a reset waits for the org it resets. `stop()` never takes it, so quitting never waits for a start.
    private let startLock = Mutex(())

    init(statePath: String, faults: [String] = [], transport: HTTPTransport = CurlTransport()) {
        self.statePath = statePath
        self.faults = faults
        self.transport = transport
    }

    deinit { stop() }

    /// Starts the practice org unless it is running; returns its base URL.
    func start() throws(GenesysFailure) -> String {
        try startLock.withLock { (_: inout ()) throws(GenesysFailure) -> String in
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
            // Spawned and recorded in one step: a stop() meanwhile finds the child and ends it.
            let (pid, announcement) = try child.withLock { (child: inout Child) throws(GenesysFailure) -> (pid_t, Int32) in
                if case .stopped = child { throw .practiceOrgFailed("the wizard is ending") }
                let spawned = try spawn()
                child = .starting(spawned.pid)
                return spawned
            }
            let started = try awaitAnnouncement(of: pid, on: announcement)
            let stoppedMeanwhile = child.withLock { (child: inout Child) -> Bool in
                guard case .starting(pid) = child else { return true }
                child = .running(started)
                return false
            }
            guard !stoppedMeanwhile else {
                // stop() has ended and reaped it.
                close(announcement)
                throw .practiceOrgFailed("the wizard is ending")
            }
            return started.baseURL
        }
    }

    /// Puts the org back to its seed: through the running server, or, when none runs, by setting its file
    /// aside so that the next start seeds a fresh one. Returns why it could not, if it could not.
    func resetOrg() async -> PracticeResetFailure? {
        // After any start under way: the org it loads is the one to reset.
        guard case .running(let current) = startLock.withLock({ _ in child.withLock { $0 } }) else {
            do {
                _ = try Self.setAside(statePath)
                return nil
            } catch {
                return .file(error)
            }
        }
        do {
            let answer = try await transport.send(TransportRequest(method: "POST", url: current.baseURL + "/practice/reset"),
                                                  timeoutSeconds: 10)
            return (200..<300).contains(answer.status) ? nil : .refused(status: answer.status)
        } catch {
            return .noAnswer
        }
    }

    /// Moves a practice org file aside to `<file>.reset-<date>-<time>`, as a checkpoint is on start over;
    /// returns the new name, nil if there was none.
    static func setAside(_ path: String) throws(SaveFailure) -> String? {
        try CheckpointStore(path: path).reset(stamp: Environment.timestamp)
    }

    /// Where the practice org writes what it has to say (its warnings, or why it would not start).
    private var logPath: String {
        (statePath.hasSuffix(".json") ? String(statePath.dropLast(5)) : statePath) + ".log"
    }

    func stop() {
        let stopping = child.withLock { child -> Child in defer { child = .stopped }; return child }
        var status: Int32 = 0
        switch stopping {
        case .none, .stopped:
            return
        case .starting(let pid):
            // Its start finds it stopped, and reads no announcement any more.
            kill(pid, SIGKILL)
            waitpid(pid, &status, 0)
        case .running(let current):
            kill(current.pid, SIGTERM)
            // A server that does not stop within two seconds is killed: quitting must never hang.
            for _ in 0..<20 where waitpid(current.pid, &status, WNOHANG) == 0 { usleep(100_000) }
            if waitpid(current.pid, &status, WNOHANG) == 0 {
                kill(current.pid, SIGKILL)
                waitpid(current.pid, &status, 0)
            }
            close(current.announcement)
        }
    }

    /// Spawns the program; returns its process id and the read end of the pipe it announces itself on.
    private func spawn() throws(GenesysFailure) -> (pid: pid_t, announcement: Int32) {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { throw .practiceOrgFailed(String(cString: strerror(errno))) }
        let program = SiblingProgram.besideThisProgram(PracticeLauncher.programName)
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
        guard spawned == 0 else {
            close(pipeEnds[0])
            if spawned == ENOENT { throw .practiceProgramMissing(program) }
            throw .practiceOrgFailed("\(program): \(String(cString: strerror(spawned)))")
        }
        return (pid, pipeEnds[0])
    }

    /// Waits for the child's first line, its address; a child that says nothing in time is ended, and its
    /// own words say why.
    private func awaitAnnouncement(of pid: pid_t, on announcement: Int32) throws(GenesysFailure) -> Running {
        if let line = Self.readLine(from: announcement, seconds: 20), let start = line.firstRange(of: "http://127.0.0.1:") {
            return Running(pid: pid, baseURL: String(line[start.lowerBound...].prefix { $0 != " " }),
                           announcement: announcement)
        }
        close(announcement)
        // Ended here only if it is still this start's: a stop() meanwhile has ended and reaped it already.
        let ours = child.withLock { (child: inout Child) -> Bool in
            guard case .starting(pid) = child else { return false }
            child = .none
            return true
        }
        if ours {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        // Its own words say why (a fault it cannot read, a state file that is not an org, ...).
        let said = FileReader.read(logPath).map { String(decoding: $0, as: UTF8.self) } ?? ""
        let lines = said.split(separator: "\n").map(String.init)
        let reason = lines.first { $0.hasPrefix("Error: ") }.map { String($0.dropFirst("Error: ".count)) }
            ?? lines.last ?? PracticeLauncher.programName
        throw .practiceOrgFailed(reason)
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
