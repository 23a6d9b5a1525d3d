import CCurl
import Glibc
import Synchronization
import CheckpointStorage
import WizardCore

/// The practice org of Practice mode: `omwizard-practice`, started beside the wizard on a free port, its org
/// kept in a file beside the checkpoint so that a resumed run finds what an interrupted one made. It is a
/// child process rather than a part of the wizard so that the server stack never weighs on the other modes;
/// it stops with the wizard, even one killed with -9 (it watches its parent).
final class PracticeProcess: Sendable {
    private struct Running {
        var pid: pid_t
        var baseURL: String
        /// Kept open: the child may still write to it, and a closed pipe would kill it with SIGPIPE.
        var announcement: Int32
    }

    private let statePath: String
    private let faults: [String]
    /// Started from a worker thread, stopped from the terminal's: one lock for both.
    private let running = Mutex<Running?>(nil)

    init(statePath: String, faults: [String] = []) {
        self.statePath = statePath
        self.faults = faults
    }

    deinit { stop() }

    /// Starts the practice org unless it is running; returns its base URL.
    func start() throws(GenesysFailure) -> String {
        try running.withLock { (running: inout Running?) throws(GenesysFailure) -> String in
            if let current = running {
                var status: Int32 = 0
                if waitpid(current.pid, &status, WNOHANG) == 0 { return current.baseURL }
                // It died (killed by hand?): start another on the same saved org.
                close(current.announcement)
                running = nil
            }
            let started = try spawn()
            running = started
            return started.baseURL
        }
    }

    /// Puts the org back to its seed: through the running server, or, when none runs, by setting its file
    /// aside so that the next start seeds a fresh one.
    func resetOrg() {
        if let base = running.withLock({ $0?.baseURL }) {
            var response = omw_http_response()
            omw_http_perform("POST", base + "/practice/reset", nil, 0, nil, 0, 10_000, 1, &response)
            omw_http_response_free(&response)
        } else {
            _ = Self.setAside(statePath)
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
        guard let current = running.withLock({ running -> Running? in defer { running = nil }; return running }) else { return }
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
