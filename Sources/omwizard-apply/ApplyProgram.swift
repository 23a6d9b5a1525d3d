import ScriptedRuns

/// The program behind `omwizard apply`, apart from the wizard so that the YAML reader and the Foundation it
/// brings never load with the full-screen wizard.
@main
enum ApplyProgram {
    static func main() {
        ApplyCommand.main()
    }
}
