import ArgumentParser
import WizardCore

@main
struct OMWizard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "omwizard",
        abstract: "Sets up Genesys Cloud Open Messaging for the Salesforce External Routing package, step by step.",
        subcommands: [RunCommand.self, StatusCommand.self, ResetCommand.self, PracticeLauncher.self, ScreensCommand.self],
        defaultSubcommand: RunCommand.self
    )

    /// The usual start goes straight to the wizard (see `QuickStart`); every other command line goes through
    /// ArgumentParser, as it would without this function.
    static func main() {
        guard let request = QuickStart.request(QuickStart.commandLineArguments) else {
            main(nil)
            return
        }
        do {
            try WizardLaunch.run(request)
        } catch {
            exit(withError: error)
        }
    }
}

extension Language: ExpressibleByArgument {}
extension Mode: ExpressibleByArgument {
    public init?(argument: String) {
        guard let mode = Mode.named(argument) else { return nil }
        self = mode
    }

    public static var allValueStrings: [String] { Mode.names }
}
