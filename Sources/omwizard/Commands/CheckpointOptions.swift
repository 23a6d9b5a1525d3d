import ArgumentParser
import WizardCore
import WizardServices

/// The options that choose a checkpoint and a language, shared by the commands that read one.
struct CheckpointOptions: ParsableArguments {
    @Option(help: "The checkpoint file (default: $XDG_STATE_HOME/omwizard/<profile>.json).")
    var checkpoint: String?

    @Option(help: "Keeps one setup per org: each profile has its own checkpoint.")
    var profile = "default"

    @Option(help: "Language of the wizard: es or en (default: from LC_ALL / LANG).")
    var lang: Language?

    var location: CheckpointLocation { CheckpointLocation(checkpoint: checkpoint, profile: profile, lang: lang) }

    func validate() throws {
        try location.validate()
    }
}
