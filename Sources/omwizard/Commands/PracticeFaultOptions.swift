import ArgumentParser
import PracticeFaults

/// `--practice-fault`, for the commands that may start the practice org: read and refused on the command
/// line, not later, where the practice org would only fail to start.
struct PracticeFaultOptions: ParsableArguments {
    @Option(help: ArgumentHelp("A fault for the practice org that Practice mode starts, to show what a failure looks like "
                               + "(repeatable; the forms of omwizard practice --fault).", valueName: "fault"))
    var practiceFault: [String] = []

    func validate() throws {
        for text in practiceFault where Fault(commandLine: text) == nil {
            throw ValidationError("Cannot read the practice fault «\(text)»: use \(Fault.commandLineForm).")
        }
    }
}
