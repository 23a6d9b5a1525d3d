import Testing
import WizardCore
@testable import WizardUI

/// Screens/ at the top of the repository is the UI written out; a render that no longer matches its file
/// fails here. After an intended change, run scripts/update-screens and review the diff.
@Suite struct ScreensSnapshotTests {
    static let screensFolder: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)
        return parts.joined(separator: "/") + "/Screens"
    }()

    static let cases: [(Language, String)] = Language.allCases.flatMap { language in
        ScreenCatalog.samples(language).map { (language, $0.fileName) }
    }

    @Test(arguments: cases)
    func renderMatchesScreensFolder(language: Language, fileName: String) throws {
        let sample = ScreenCatalog.samples(language).first { $0.fileName == fileName }!
        let path = "\(Self.screensFolder)/\(language.rawValue)/\(fileName)"
        let stored = try #require(readFile(path), "missing \(path): run scripts/update-screens")
        let rendered = Renderer.render(sample.state).text
        #expect(rendered == stored, "\(path) differs from the render; run scripts/update-screens if intended")
    }

    @Test func everyScreenFileHasASample() throws {
        for language in Language.allCases {
            let expected = Set(ScreenCatalog.samples(language).map(\.fileName))
            let present = Set(listFolder("\(Self.screensFolder)/\(language.rawValue)"))
            #expect(present == expected, "Screens/\(language.rawValue) holds files no sample renders, or lacks some")
        }
    }

    @Test func eachLanguageRendersInItsOwnWords() {
        for (spanish, english) in zip(ScreenCatalog.samples(.es), ScreenCatalog.samples(.en)) {
            #expect(Renderer.render(spanish.state).text != Renderer.render(english.state).text, "\(spanish.fileName)")
        }
    }
}
