import ArgumentParser
import Glibc
import WizardCore
import WizardServices

/// `omwizard practice ...` runs the practice org's program, installed beside omwizard, with the same
/// arguments: one command for the user, without the server stack in the wizard's own memory.
struct PracticeLauncher: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Serves a practice Genesys Cloud org on 127.0.0.1, or a trainer's room (see omwizard practice --help).",
        shouldDisplay: true
    )

    static let programName = "omwizard-practice"

    @Argument(parsing: .captureForPassthrough, help: "Options of the practice org (--port, --state, --queues, ...).")
    var arguments: [String] = []

    func run() throws {
        try SiblingProgram.replaceThisProcess(with: Self.programName, arguments: arguments)
    }
}

/// `omwizard apply ...` runs the scripted runner, installed beside omwizard, with the same arguments: its
/// YAML reader needs all of Foundation, which would cost every start of the wizard 9 MiB and 5 ms.
struct ApplyLauncher: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Carries out an answers file's setup in one org or many (see omwizard apply --help)."
    )

    @Argument(parsing: .captureForPassthrough, help: "Options of apply (--answers, --profile, --plan-only, ...).")
    var arguments: [String] = []

    func run() throws {
        try SiblingProgram.replaceThisProcess(with: "omwizard-apply", arguments: arguments)
    }
}

/// The programs installed beside omwizard.
enum SiblingProgram {
    /// Runs `name` in this process's place; returns only to say why it could not.
    static func replaceThisProcess(with name: String, arguments: [String]) throws -> Never {
        let program = besideThisProgram(name)
        var argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        execv(program, &argv)
        // execv returns only when it failed.
        let reason = String(cString: strerror(errno))
        Environment.printError(Texts.for(Language.fromEnvironment(Environment.current)).commandLine.programMissing(program, reason))
        throw ExitCode(1)
    }

    /// The path of `name` in the folder of the running executable (from /proc/self/exe).
    static func besideThisProgram(_ name: String) -> String {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink("/proc/self/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return name }
        let path = String(decoding: buffer[0..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let slash = path.lastIndex(of: "/") else { return name }
        return String(path[...slash]) + name
    }
}
