import ArgumentParser
import WizardCore

@main
struct OMWizard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "omwizard",
        abstract: "Sets up Genesys Cloud Open Messaging for the Salesforce External Routing package, step by step.",
        // What people look for first: run's options (omwizard without a command is omwizard run) and the
        // variables the connection is read from.
        discussion: """
            Without a command, omwizard starts the wizard (omwizard run). Its options:
              --accessible (line by line, for a screen reader or a plain terminal)
              --lang es|en
              --mode guided|verify|automatic|practice
              --profile NAME, --checkpoint FILE
              --region REGION, --api-base URL
              --practice-fault FAULT
            omwizard run --help says what each does.

            Verify and Automatic modes read the connection from the screen, or from the variables that \
            Genesys's own tools read: GENESYSCLOUD_REGION, GENESYSCLOUD_OAUTHCLIENT_ID and \
            GENESYSCLOUD_OAUTHCLIENT_SECRET (the secret is never saved).

            A trainer's room: omwizard practice --trainees N serves an org per trainee, each with its own \
            client; omwizard practice room shows their progress.
            """,
        version: "omwizard 0.13 (checkpoint format \(Checkpoint.currentSchemaVersion))",
        subcommands: [RunCommand.self, StatusCommand.self, TestMessageCommand.self, UndoCommand.self, ExportCommand.self,
                      ApplyLauncher.self, ResetCommand.self,
                      PracticeLauncher.self, ScreensCommand.self],
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

extension Mode: ExpressibleByArgument {
    public init?(argument: String) {
        guard let mode = Mode.named(argument) else { return nil }
        self = mode
    }

    public static var allValueStrings: [String] { Mode.names }
}
