import ArgumentParser
import CheckpointStorage
import DurableFiles
import WizardCore
import WizardServices
import WizardUI

/// Writes Screens/<lang>/NN-name.txt: every screen at 80x24, for reviewers (scripts/update-screens).
struct ScreensCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "screens",
        abstract: "Writes the text render of every screen into a folder (used by scripts/update-screens).",
        shouldDisplay: false
    )

    @Option(help: "The folder that receives es/ and en/.")
    var output = "Screens"

    func run() throws {
        for language in Language.allCases {
            let folder = Environment.absolute(output) + "/" + language.rawValue
            for sample in ScreenCatalog.samples(language) {
                try TextFileWriter.write(Renderer.render(sample.state).text, to: folder + "/" + sample.fileName, creatingFolder: true)
            }
        }
    }
}
