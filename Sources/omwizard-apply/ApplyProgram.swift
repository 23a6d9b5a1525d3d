import ArgumentParser
import Glibc
import ScriptedRuns
import WizardServices

/// The program behind `omwizard apply`, apart from the wizard so that the YAML reader and the Foundation it
/// brings never load with the full-screen wizard.
@main
enum ApplyProgram {
    static func main() {
        do {
            var command = try ApplyCommand.parseAsRoot()
            try command.run()
        } catch {
            // Bad options are bad input, as apply's exit status documents (ArgumentParser's own code is 64).
            if ApplyCommand.exitCode(for: error) == .validationFailure {
                Environment.printError(ApplyCommand.fullMessage(for: error))
                exit(2)
            }
            ApplyCommand.exit(withError: error)
        }
    }
}
