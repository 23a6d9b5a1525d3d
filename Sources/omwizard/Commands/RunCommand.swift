import ArgumentParser
import PracticeFaults
import WizardCore

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Starts the full-screen wizard (the default)."
    )

    @OptionGroup var options: CheckpointOptions

    @Option(help: "Starts in this mode: guided, verify, automatic or practice (default: the saved one, else guided).")
    var mode: Mode?

    @Option(help: "The org's region: its key or domain, e.g. eu-west-1 or mypurecloud.ie (or GENESYSCLOUD_REGION).")
    var region: String?

    @Option(help: "Another API base, e.g. a practice org: http://127.0.0.1:8787 (https only, except to 127.0.0.1).")
    var apiBase: String?

    @Option(help: ArgumentHelp("A fault for the practice org that Practice mode starts, to show what a failure looks like "
                               + "(repeatable; the forms of omwizard practice --fault).", valueName: "fault"))
    var practiceFault: [String] = []

    func validate() throws {
        // Refused here, not on the connection screen, where Enter would only try the same value again.
        for text in practiceFault where Fault(commandLine: text) == nil {
            throw ValidationError("Cannot read the practice fault «\(text)»: use \(Fault.commandLineForm).")
        }
    }

    var request: WizardRequest {
        WizardRequest(location: options.location, mode: mode, region: region, apiBase: apiBase, practiceFaults: practiceFault)
    }

    func run() throws {
        try WizardLaunch.run(request)
    }
}
