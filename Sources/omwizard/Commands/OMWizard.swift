import ArgumentParser
import CheckpointStorage
import WizardCore

@main
struct OMWizard: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "omwizard",
        abstract: "Sets up Genesys Cloud Open Messaging for the Salesforce External Routing package, step by step.",
        subcommands: [RunCommand.self, StatusCommand.self, ResetCommand.self, PracticeLauncher.self, ScreensCommand.self],
        defaultSubcommand: RunCommand.self
    )
}

/// Where the checkpoint lives: --checkpoint wins, else the profile's file under XDG_STATE_HOME.
struct CheckpointOptions: ParsableArguments {
    @Option(help: "The checkpoint file (default: $XDG_STATE_HOME/omwizard/<profile>.json).")
    var checkpoint: String?

    @Option(help: "Keeps one setup per org: each profile has its own checkpoint.")
    var profile = "default"

    @Option(help: "Language of the wizard: es or en (default: from LC_ALL / LANG).")
    var lang: Language?

    var language: Language { lang ?? Language.fromEnvironment(Environment.current) }

    func validate() throws {
        let allowed = profile.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-" }
        if profile.isEmpty || profile.hasPrefix(".") || profile.hasPrefix("-") || !allowed {
            throw ValidationError(Texts.for(language).invalidProfile(profile))
        }
        if checkpoint != nil && profile != "default" {
            throw ValidationError("--checkpoint and --profile choose the same thing: give one of them.")
        }
    }

    /// The command that comes back to this setup, as the farewell and the quit panel say it. Started
    /// through scripts/run, the wizard names that script (OMWIZARD_LAUNCHER), which a new user has.
    var resumeCommand: String {
        let launcher = Environment.value("OMWIZARD_LAUNCHER") ?? "omwizard"
        if let checkpoint { return "\(launcher) --checkpoint \(Environment.absolute(checkpoint))" }
        return profile == "default" ? launcher : "\(launcher) --profile \(profile)"
    }

    /// The checkpoint's store with its lock held; a clear message and a non-zero exit when another
    /// wizard holds it or the folder cannot be written.
    func lockedStore() throws -> CheckpointStore {
        let texts = Texts.for(language)
        let store = CheckpointStore(path: checkpointPath)
        do {
            try store.lock()
        } catch let locked as CheckpointLocked {
            Environment.printError(texts.locked(locked.path, locked.holder))
            throw ExitCode(3)
        } catch let failure as SaveFailure {
            Environment.printError(store.path + ": " + texts.saveFailure(failure))
            throw ExitCode(1)
        }
        return store
    }

    var checkpointPath: String {
        if let checkpoint { return Environment.absolute(checkpoint) }
        return Environment.stateDirectory + "/omwizard/\(profile).json"
    }
}

extension Language: ExpressibleByArgument {}
