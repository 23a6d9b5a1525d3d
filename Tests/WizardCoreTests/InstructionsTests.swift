import Testing
@testable import WizardCore

/// The click paths follow Genesys's Resource Center as it reads today, in each language's own words.
@Suite struct InstructionsTests {
    private func instructions(_ language: Language, _ step: StepID) -> String {
        var answers = Answers()
        (answers.queueName, answers.flowName) = ("Ventas", "Flujo Ventas")
        return Texts.for(language).steps.instructions(step, answers, .inProgress).joined(separator: " ")
    }

    @Test func theIntegrationIsAddedAsGenesysSaysWithItsFieldsNamedAsGenesysNamesThem() {
        for language in Language.allCases {
            let text = instructions(language, .integration)
            #expect(text.contains("Open Messaging") && text.contains("Outbound Notification Webhook URL"))
            #expect(text.contains("Signature Secret Token") && text.contains("123"), "the chapter's token is said to fail")
        }
        #expect(instructions(.en, .integration).contains("Platforms › Add Platform › Add"))
    }

    @Test func theRouteShowsTheNewerMenuThenTheOlderOneAndTheAddButton() {
        #expect(instructions(.en, .route).contains("Menu › Orchestration › Routing › Message Routing › Add"))
        #expect(instructions(.en, .route).contains("Admin › Routing › Message Routing"))
        #expect(instructions(.es, .route).contains("Menú › Orquestación") && instructions(.es, .route).contains("Agregar"))
    }

    @Test func theFlowStartsFromAdminAndNamesTheFlowInTheCreateFlowDialog() {
        #expect(instructions(.en, .flow).contains("Admin › Architect") && instructions(.en, .flow).contains("“Flujo Ventas” in the Create Flow dialog"))
        #expect(instructions(.es, .flow).contains("Administración › Architect") && instructions(.es, .flow).contains("Crear flujo"))
    }

    @Test func spanishSaysGenesysSpanishWordsEverywhere() {
        for step in StepID.allCases {
            #expect(!instructions(.es, step).contains("Admin ›"), "\(step)")
        }
        let failure = Texts.spanish.genesys.failure(.integrationFailed("x"))
        #expect(failure.contains("Administración › Mensaje › Plataformas"))
        #expect(instructions(.es, .integration).contains("Administración › Mensaje › Plataformas"))
    }
}
