import Testing
@testable import WizardCore

/// Each key is written once (`KeyCommand`): what the hints name is what the wizard takes, in each language.
@Suite struct KeyCommandTests {
    private func key(_ command: KeyCommand, _ language: Language) -> Key {
        let name = command.name(language)
        return name.hasPrefix("F") && name.count == 2 ? .function(Int(String(name.last!))!) : .character(Character(name.lowercased()))
    }

    @Test(arguments: Language.allCases)
    func theSummaryIsWrittenWithTheLetterItsHintAndItsHelpName(language: Language) {
        let texts = Texts.for(language)
        let letter = KeyCommand.writeSummary.name(language)
        #expect(texts.chrome.keysSummary.contains(letter + " "))
        #expect(texts.help.keyNote(.summary)?.hasPrefix(letter + " ") == true, "the help names the same key")
        var walk = Walk(language: language)
        walk.state.screen = .summary
        walk.press(key(.writeSummary, language))
        #expect(walk.effects.contains { if case .writeSummary = $0 { return true } else { return false } })
    }

    @Test(arguments: Language.allCases)
    func theQuitQuestionTakesTheYesItsHintNames(language: Language) {
        #expect(Texts.for(language).dialogs.quitKeys.hasPrefix(KeyCommand.yes.name(language) + " "))
        var walk = Walk(language: language)
        walk.press(.control("c"))
        #expect(walk.state.overlay == .confirmQuit)
        walk.press(key(.yes, language))
        #expect(walk.state.hasQuit)
    }

    @Test func aLetterOfEitherLanguageIsAcceptedInBoth() {
        for command in KeyCommand.allCases {
            for language in Language.allCases {
                let typed = key(command, language)
                #expect(command.matches(typed), "\(command) \(language)")
                if case .character(let letter) = typed {
                    #expect(command.matches(.character(Character(letter.uppercased()))))
                }
            }
        }
        #expect(!KeyCommand.yes.matches(.character("n")) && !KeyCommand.help.matches(.function(2)))
    }
}
