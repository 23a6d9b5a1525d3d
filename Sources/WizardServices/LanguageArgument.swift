import ArgumentParser
import WizardCore

/// `--lang es|en`, read the same way by every program.
extension Language: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(code: argument)
    }
}
