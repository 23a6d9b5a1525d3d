import ArgumentParser
import WizardCore

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Starts the wizard (the default): full screen, or line by line with --accessible."
    )

    @OptionGroup var options: CheckpointOptions

    @Option(help: "Starts in this mode: guided, verify, automatic or practice (default: the saved one, else guided).")
    var mode: Mode?

    @Option(help: "The org's region: its key or domain, e.g. eu-west-1 or mypurecloud.ie (or GENESYSCLOUD_REGION).")
    var region: String?

    @Option(help: "Another API base, e.g. a practice org: http://127.0.0.1:8787 (https only, except to 127.0.0.1).")
    var apiBase: String?

    @OptionGroup var faults: PracticeFaultOptions

    @Flag(help: "Asks line by line, for a screen reader or a plain terminal (chosen by itself when TERM is dumb or input or output is not a terminal).")
    var accessible = false

    var request: WizardRequest {
        WizardRequest(location: options.location, mode: mode, region: region, apiBase: apiBase, practiceFaults: faults.practiceFault,
                      accessible: accessible)
    }

    func run() throws {
        try WizardLaunch.run(request)
    }
}
