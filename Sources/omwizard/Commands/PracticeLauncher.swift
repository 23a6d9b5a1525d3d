import ArgumentParser
import Glibc
import WizardCore

/// `omwizard practice ...` runs the practice org's program, installed beside omwizard, with the same
/// arguments: one command for the user, without the server stack in the wizard's own memory.
struct PracticeLauncher: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "practice",
        abstract: "Serves a practice Genesys Cloud org on 127.0.0.1 (see omwizard practice --help).",
        shouldDisplay: true
    )

    static let programName = "omwizard-practice"

    @Argument(parsing: .captureForPassthrough, help: "Options of the practice org (--port, --state, --queues, ...).")
    var arguments: [String] = []

    func run() throws {
        let program = Self.besideThisProgram(Self.programName)
        var argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        execv(program, &argv)
        // execv returns only when it failed.
        let reason = String(cString: strerror(errno))
        Environment.printError(Texts.for(Language.fromEnvironment(Environment.current)).commandLine.practiceMissing(program, reason))
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
