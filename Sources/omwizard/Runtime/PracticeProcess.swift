import Glibc
import WizardCore

/// The practice org of Practice mode: `omwizard-practice`, started beside the wizard on a free port, its org
/// kept in a file beside the checkpoint so that a resumed run finds what an interrupted one made. It is a
/// child process rather than a part of the wizard so that the server stack never weighs on the other modes;
/// it stops with the wizard, even one killed with -9 (it watches its parent).
final class PracticeProcess: @unchecked Sendable {
    private let statePath: String
    private let faults: [String]
    private var child: pid_t?
    private var baseURL: String?
    /// Kept open: the child may still write to it, and a closed pipe would kill it with SIGPIPE.
    private var announcement: Int32 = -1

    init(statePath: String, faults: [String] = []) {
        self.statePath = statePath
        self.faults = faults
    }

    deinit { stop() }

    /// Starts the practice org if it is not running; returns its base URL.
    func start() throws(GenesysFailure) -> String {
        if let baseURL { return baseURL }
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
        // Its warnings would be drawn over the wizard's screen.
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[0])
        var argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, program, &actions, nil, &argv, environ)
        close(pipeEnds[1])
        guard spawned == 0 else {
            close(pipeEnds[0])
            throw .practiceOrgFailed("\(program): \(String(cString: strerror(spawned)))")
        }
        child = pid
        announcement = pipeEnds[0]
        guard let line = readLine(from: pipeEnds[0], seconds: 20),
              let start = line.firstRange(of: "http://127.0.0.1:") else {
            stop()
            throw .practiceOrgFailed("\(program) did not announce its address (is \(statePath) a practice org file?)")
        }
        let url = String(line[start.lowerBound...].prefix { $0 != " " })
        baseURL = url
        return url
    }

    func stop() {
        if let child {
            kill(child, SIGTERM)
            var status: Int32 = 0
            waitpid(child, &status, 0)
        }
        child = nil
        baseURL = nil
        if announcement >= 0 { close(announcement) }
        announcement = -1
    }

    /// The first line the child writes, or nil if it ends or stays silent for `seconds`.
    private func readLine(from descriptor: Int32, seconds: Int32) -> String? {
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
