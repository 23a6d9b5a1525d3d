import ArgumentParser
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

    @OptionGroup var faults: PracticeFaultOptions


    var request: WizardRequest {
        WizardRequest(location: options.location, mode: mode, region: region, apiBase: apiBase, practiceFaults: faults.practiceFault)
    }

    func run() throws {
        try WizardLaunch.run(request)
    }
}
