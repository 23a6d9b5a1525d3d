import ArgumentParser
import CheckpointStorage
import DurableFiles
import WizardCore

/// Where the checkpoint lives (--checkpoint wins, else the profile's file under XDG_STATE_HOME) and the
/// language asked for, as the command line gave them.
public struct CheckpointLocation: Equatable {
    public var checkpoint: String?
    public var profile = "default"
    public var lang: Language?

    public init(checkpoint: String? = nil, profile: String = "default", lang: Language? = nil) {
        self.checkpoint = checkpoint
        self.profile = profile
        self.lang = lang
    }

    public var language: Language { lang ?? Language.fromEnvironment(Environment.current) }

    /// The language every command speaks, by one rule: --lang, else the one the saved progress was made in
    /// (the wizard resumes in it), else the environment's. `status`, `reset` and the wizard's own messages
    /// before its first screen (a lock held, no terminal) all say things in this one.
    public var spokenLanguage: Language {
        if let lang { return lang }
        if case .loaded(let saved) = CheckpointStore(path: checkpointPath).load() { return saved.language }
        return language
    }

    /// Throws ArgumentParser's ValidationError, whose message is printed as is, in the user's language.
    public func validate() throws {
        let allowed = profile.allSatisfy { $0.isLetter || $0.isNumber || $0 == "." || $0 == "_" || $0 == "-" }
        if profile.isEmpty || profile.hasPrefix(".") || profile.hasPrefix("-") || !allowed {
            throw ValidationError(Texts.for(language).commandLine.invalidProfile(profile))
        }
        if checkpoint != nil && profile != "default" {
            throw ValidationError(Texts.for(language).commandLine.checkpointOrProfile)
        }
    }

    /// The command that comes back to this setup, as the farewell and the quit panel say it. Started
    /// through scripts/run, the wizard names that script (OMWIZARD_LAUNCHER), which a new user has.
    public var resumeCommand: String { command() }

    /// The command that prints this setup's progress (options after the subcommand, as the parser wants).
    public var statusCommand: String { command("status") }

    /// `omwizard [SUBCOMMAND]` with the options that name this setup.
    public func command(_ subcommand: String? = nil) -> String {
        // Put together by hand: this runs before the first frame, and the first `joined` costs 0.1 ms.
        var command = Environment.value("OMWIZARD_LAUNCHER") ?? "omwizard"
        if let subcommand { command += " " + subcommand }
        if let checkpoint { return command + " --checkpoint " + Environment.absolute(checkpoint) }
        return profile == "default" ? command : command + " --profile " + profile
    }

    /// The name the screens show: the profile, or the checkpoint file's name without ".json".
    public var displayName: String {
        guard let checkpoint else { return profile }
        let name = checkpoint.split(separator: "/").last.map(String.init) ?? checkpoint
        return name.hasSuffix(".json") ? String(name.dropLast(5)) : name
    }

    /// The checkpoint's store with its lock held; a clear message and a non-zero exit when another
    /// wizard holds it or the folder cannot be written.
    public func lockedStore() throws -> CheckpointStore {
        let store = CheckpointStore(path: checkpointPath)
        do {
            try store.takeLock()
        } catch let locked as FileLocked {
            Environment.printError(Texts.for(spokenLanguage).commandLine.locked(locked.path, locked.holder))
            throw ExitCode(3)
        } catch let failure as SaveFailure {
            Environment.printError(store.path + ": " + Texts.for(spokenLanguage).notices.saveFailure(failure))
            throw ExitCode(1)
        }
        return store
    }

    /// The setup saved in `store`, for a command that needs one (status, export, test-message, undo): none,
    /// or an unreadable one, ends the command with its words and leaves the file as it is (the wizard
    /// offers what to do with a damaged one).
    public func savedSetup(in store: CheckpointStore) throws -> Checkpoint {
        let texts = Texts.for(spokenLanguage)
        switch store.load() {
        case .none:
            Environment.printError(texts.commandLine.noCheckpoint(store.path))
            throw ExitCode(2)
        case .damaged(let damaged):
            Environment.printError(texts.damagedCheckpointLine(damaged))
            throw ExitCode(1)
        case .loaded(let checkpoint):
            return checkpoint
        }
    }

    /// The practice org of Practice mode is kept beside the checkpoint: default.json → default.practice-org.json.
    public var practiceStatePath: String {
        (checkpointPath.hasSuffix(".json") ? String(checkpointPath.dropLast(5)) : checkpointPath) + ".practice-org.json"
    }

    public var checkpointPath: String {
        if let checkpoint { return Environment.absolute(checkpoint) }
        return Environment.stateDirectory + "/omwizard/\(profile).json"
    }
}
