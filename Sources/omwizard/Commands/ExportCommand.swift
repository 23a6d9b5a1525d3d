import ArgumentParser
import CheckpointStorage
import DurableFiles
import GenesysClient
import SetupExports
import WizardCore
import WizardServices

/// `omwizard export …`: the saved setup in Genesys's own tooling.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Writes the saved setup as an answers file for omwizard apply, or for Genesys's own tooling.",
        subcommands: [AnswersSubcommand.self, TerraformSubcommand.self, ArchySubcommand.self]
    )

    struct AnswersSubcommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "answers",
            abstract: "Writes the setup's answers as a YAML file that omwizard apply carries out in other orgs.",
            discussion: """
                The queue, the member, the flow (or the flow it reuses), the integration's name and webhook URL, \
                and the language, each with a comment. Never a secret: the webhook token is generated in each \
                org, unless the file names an environment variable that holds it (integration.webhook_token_env).
                """
        )

        @OptionGroup var options: CheckpointOptions

        @Option(name: [.customShort("o"), .long], help: "The file (default: omwizard-answers-<profile>.yaml).")
        var output: String?

        func run() throws {
            let (checkpoint, texts) = try ExportCommand.savedSetup(options)
            let name = options.location.displayName
            let path = Environment.absolute(output ?? "omwizard-answers-\(name).yaml")
            try ExportCommand.write([(path, ScriptedAnswers(checkpoint).fileText(texts.scripted, profile: name))], texts: texts)
        }
    }

    struct TerraformSubcommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "terraform",
            abstract: "Writes main.tf (Genesys's Terraform provider) and the flow's Archy file into a folder.",
            discussion: """
                The queue with its member, the flow (its Archy file beside main.tf) and the Open Messaging \
                integration, whose webhook token is a variable given when applying (it is never written). The \
                message route, which the provider cannot express, is a comment that says how to bind it.
                """
        )

        @OptionGroup var options: CheckpointOptions

        @Option(name: [.customShort("o"), .long], help: "The folder (default: omwizard-terraform-<profile>).")
        var output: String?

        func run() throws {
            let (checkpoint, texts) = try ExportCommand.savedSetup(options)
            let folder = Environment.absolute(output ?? "omwizard-terraform-\(options.location.displayName)")
            let files = TerraformExport.files(checkpoint)
            var written = [(folder + "/main.tf", files.mainTF)]
            if let flow = files.flowYAML { written.append((folder + "/" + TerraformExport.flowFileName, flow)) }
            try ExportCommand.write(written, texts: texts)
        }
    }

    struct ArchySubcommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "archy",
            abstract: "Writes the flow as the setup publishes it: its Archy YAML file."
        )

        @OptionGroup var options: CheckpointOptions

        @Option(name: [.customShort("o"), .long], help: "The file (default: <flow name>.yaml).")
        var output: String?

        func run() throws {
            let (checkpoint, texts) = try ExportCommand.savedSetup(options)
            let answers = checkpoint.answers
            guard answers.flowOrigin == .new else {
                Environment.printError(texts.commandLine.flowNotMadeHere(answers.flowName))
                throw ExitCode(2)
            }
            let name = answers.flowName.map { $0 == "/" ? "-" : $0 }
            let path = Environment.absolute(output ?? String(name) + ".yaml")
            try ExportCommand.write([(path, InboundMessageFlowDocument.yaml(flowName: answers.flowName,
                                                                             queueName: answers.queueName))], texts: texts)
        }
    }

    /// The saved setup, once its names are given; a missing or unreadable one ends the command with its words.
    static func savedSetup(_ options: CheckpointOptions) throws -> (Checkpoint, Texts) {
        let texts = Texts.for(options.location.spokenLanguage)
        let checkpoint = try options.location.savedSetup(in: CheckpointStore(path: options.location.checkpointPath))
        let answers = checkpoint.answers
        guard !answers.queueName.isEmpty, !answers.flowName.isEmpty, !answers.integrationName.isEmpty else {
            Environment.printError(texts.commandLine.nothingToExport)
            throw ExitCode(2)
        }
        return (checkpoint, texts)
    }

    static func write(_ files: [(path: String, text: String)], texts: Texts) throws {
        for file in files {
            do {
                try TextFileWriter.write(file.text, to: file.path, creatingFolder: true)
            } catch {
                Environment.printError(file.path + ": " + texts.notices.saveFailure(SaveFailure(error)))
                throw ExitCode(1)
            }
        }
        print(texts.commandLine.exported(files.map(\.path)))
    }
}
