import PracticeFaults
import WizardCore

/// Reads the usual ways of starting the wizard without ArgumentParser: no arguments, or RunCommand's options
/// with plain values (`omwizard --lang es --profile acme`, with or without `run`).
///
/// ArgumentParser builds its picture of the commands by reflection the first time it parses, which costs
/// about a third of the wizard's start (measured with perf) and made it start slower than `dialog`.
/// ArgumentParser stays the one definition of the command line: anything this reader is not sure of — help,
/// another command, an unknown or misspelt option, a repeated one, a value that is empty or looks like an
/// option, a value that does not pass validation — gets nil, and goes to ArgumentParser, which reports it
/// as usual.
/// The unit tests check that every line this reader accepts means the same to ArgumentParser.
enum QuickStart {
    static func request(_ arguments: [String]) -> WizardRequest? {
        var words = arguments[...]
        if words.first == RunCommand.configuration.commandName { words.removeFirst() }
        var request = WizardRequest()
        // An array, not a Set: a Set<String> costs more to set up, the first time, than the rest of this reading.
        var seen: [String] = []
        while let word = words.popFirst() {
            if word == "--accessible" {
                guard !request.accessible else { return nil }
                request.accessible = true
                continue
            }
            guard word.hasPrefix("--"), word.count > 2 else { return nil }
            let name: String
            let value: String
            if let equals = word.firstIndex(of: "=") {
                name = String(word[word.index(word.startIndex, offsetBy: 2)..<equals])
                value = String(word[word.index(after: equals)...])
            } else {
                guard let next = words.popFirst() else { return nil }
                name = String(word.dropFirst(2))
                value = next
            }
            guard !value.isEmpty, !value.hasPrefix("-") else { return nil }
            // Only the fault may be given more than once.
            guard !seen.contains(name) || name == "practice-fault" else { return nil }
            seen.append(name)
            switch name {
            case "checkpoint": request.location.checkpoint = value
            case "profile": request.location.profile = value
            case "lang":
                guard let language = Language(code: value) else { return nil }
                request.location.lang = language
            case "mode":
                guard let mode = Mode.named(value) else { return nil }
                request.mode = mode
            case "region": request.region = value
            case "api-base": request.apiBase = value
            case "practice-fault":
                guard Fault(commandLine: value) != nil else { return nil }
                request.practiceFaults.append(value)
            default: return nil
            }
        }
        guard (try? request.location.validate()) != nil else { return nil }
        return request
    }

    /// The arguments after the program's name, read from argv directly: `CommandLine.arguments` sets up
    /// generic machinery on its first use that costs a tenth of a millisecond.
    static var commandLineArguments: [String] {
        var arguments: [String] = []
        var index = 1
        while index < Int(CommandLine.argc), let argument = CommandLine.unsafeArgv[index] {
            arguments.append(String(cString: argument))
            index += 1
        }
        return arguments
    }
}
