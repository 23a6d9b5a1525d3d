import CheckpointStorage
import Glibc
@testable import LineUI
import Testing
import WizardCore
import WizardServices

/// A console that answers from a script and keeps everything said and asked, in order.
final class ScriptedConsole: LineConsole {
    private var answers: [String]
    private(set) var transcript: [String] = []

    init(_ answers: [String]) {
        self.answers = answers
    }

    func say(_ line: String) { transcript.append(line) }

    func ask(_ prompt: String, hidden: Bool) -> LineInput {
        guard !answers.isEmpty else {
            transcript.append(prompt + "⏎end")
            return .ended
        }
        let answer = answers.removeFirst()
        transcript.append(prompt + (hidden ? "•••" : answer))
        return .line(answer)
    }

    var text: String { transcript.joined(separator: "\n") }
}

/// Genesys work is never asked for in Guided mode; any ask fails the test.
struct NoGenesys: GenesysWorkPerformer {
    func perform(_ work: GenesysWork) async -> Event {
        Issue.record("Guided mode asked Genesys for \(work)")
        return .genesysFailed(.timeout)
    }
}

/// A checkpoint on a real file in a folder of its own.
final class TemporaryCheckpoint {
    let folder: String
    let store: CheckpointStore

    init() {
        var template = Array("/tmp/omwizard-lines-XXXXXX".utf8CString)
        folder = String(cString: mkdtemp(&template)!)
        store = CheckpointStore(path: folder + "/default.json")
    }

    deinit { _ = system("rm -rf '\(folder)'") }

    var saved: Checkpoint? {
        if case .loaded(let checkpoint) = store.load() { return checkpoint }
        return nil
    }
}

@Suite struct LineWizardTests {
    private func run(_ answers: [String], language: Language = .en, from checkpoint: Checkpoint? = nil,
                     in file: TemporaryCheckpoint) -> (WizardState, ScriptedConsole) {
        var state = WizardState(language: language, size: .minimum,
                                context: SessionContext(profile: "default", checkpointPath: file.store.path, summaryPath: file.folder + "/summary.md"))
        if let checkpoint { state.restore(checkpoint, keepLanguage: false) }
        let console = ScriptedConsole(answers)
        let session = LineSession(state: state, savedLanguage: nil, store: file.store, genesys: NoGenesys())
        let final = LineWizard(session: session, console: console).run()
        return (final, console)
    }

    /// Guided, every step, with a wrong value, a refused tick, back, a command word as a value and the token.
    @Test func aGuidedWalkToTheSummary() throws {
        let file = TemporaryCheckpoint()
        let (state, console) = run([
            "", "1",                                  // English, Guided
            "yes", "y", "sí",                          // step 1
            "2", "\\status", "yes",                    // a queue named "status", made
            "ana", "ana@example.com", "back", "", "", "yes", // a wrong email, then back to the email question
            "", "Flujo de atención", "no", "yes",      // the done tick refused once
            "", "", "copy", "", "yes",                 // the token shown plainly
            "yes",                                     // step 6
            "y", "y", "y", "y",                        // step 7
            "1",                                       // finish
        ], in: file)
        let text = console.text
        #expect(state.hasQuit)
        #expect(state.firstUnfinishedStep == nil, "\(text)")
        let saved = try #require(file.saved)
        #expect(saved.answers.queueName == "status")
        #expect(saved.answers.flowName == "Flujo de atención")
        #expect(saved.answers.memberEmail == "ana@example.com")
        #expect(text.contains("Step 2 of 7: Queue"))
        #expect(text.contains("Error: User's email: Not an email address (like name@example.com)."), "\(text)")
        #expect(text.contains("Error: The flow is published: Not done in Genesys Cloud yet. Answer yes once it is."), "\(text)")
        // The token: never in the prompt, printed plainly by copy.
        let token = state.secretToken
        #expect(token.count > 15)
        #expect(console.transcript.contains(token))
        #expect(!console.transcript.contains { $0.contains(token) && $0.hasSuffix("copy") })
        // Nothing names a key of the full screen (the token, random, may hold any letters).
        let words = console.transcript.filter { $0 != token }.joined(separator: " ")
        for key in ["F1", "F2", "F4", "F6", "Esc ", "Space", "Tab"] {
            #expect(!words.contains(key), "\(key) in: \(words)")
        }
    }

    @Test func commandsAndChoicesInSpanish() throws {
        let file = TemporaryCheckpoint()
        let (state, console) = run(["?", "", "7", "1", "estado", "ayuda", "atrás", "", "salir"], language: .es, in: file)
        let text = console.text
        #expect(state.hasQuit)
        #expect(text.contains("atrás: la pregunta anterior"))
        #expect(text.contains("Error: Escriba un número del 1 al 4."), "\(text)")
        #expect(text.contains("Paso 1 de 7"), "\(text)")
        #expect(text.contains("Cómo va cada paso"))
        // back on the first question of step 1 goes to the welcome screen, which is said again.
        #expect(text.components(separatedBy: "Modo (1 a 4)").count == 4, "\(text)")
    }

    @Test func aSavedSetupResumesWhereItStopped() throws {
        let file = TemporaryCheckpoint()
        _ = run(["", "1", "yes", "yes", "yes", "2", "Ventas", "quit"], in: file)
        let first = try #require(file.saved)
        #expect(first.answers.queueName == "Ventas")
        let (state, console) = run(["", "", "", "quit"], from: first, in: file)
        #expect(console.text.contains("Progress: 1 Resume at Queue, 2 Start over [1]:"), "\(console.text)")
        // Back at the very question where it stopped, with the step said again.
        #expect(console.text.contains("Name it “Ventas”, then Save.\nThe queue exists in Genesys Cloud (yes or no) [no]: quit"), "\(console.text)")
        #expect(state.screen == .step(.queue))
    }

    @Test func theEndOfTheInputQuitsWithTheProgressSaved() throws {
        let file = TemporaryCheckpoint()
        let (state, console) = run(["1"], in: file)
        #expect(state.hasQuit)
        #expect(console.text.contains("La entrada terminó."))
        #expect(file.saved?.language == .es)
    }
}

/// What the line mode must not do by accident: reopen a finished step, lose a value, stay in a question.
@Suite struct LineMishapTests {
    private func run(_ answers: [String], from checkpoint: Checkpoint?, in file: TemporaryCheckpoint) -> (WizardState, ScriptedConsole) {
        var state = WizardState(language: .en, size: .minimum,
                                context: SessionContext(profile: "default", checkpointPath: file.store.path, summaryPath: file.folder + "/summary.md"))
        if let checkpoint { state.restore(checkpoint, keepLanguage: false) }
        let console = ScriptedConsole(answers)
        let session = LineSession(state: state, savedLanguage: nil, store: file.store, genesys: NoGenesys())
        return (LineWizard(session: session, console: console).run(), console)
    }

    /// A setup whose steps 1 and 2 are done, the queue named "Ventas".
    private func twoStepsDone(_ file: TemporaryCheckpoint) throws -> Checkpoint {
        _ = run(["", "1", "y", "y", "y", "", "Ventas", "y", "quit"], from: nil, in: file)
        return try #require(file.saved)
    }

    @Test func typingTheSameValueAgainKeepsTheStepDone() throws {
        let file = TemporaryCheckpoint()
        let done = try twoStepsDone(file)
        #expect(done.statuses[.queue] == .done)
        // Back to the queue's screen, "Ventas" typed again where [Ventas] is offered, then quit.
        let (state, _) = run(["", "", "", "back", "", "Ventas", "quit"], from: done, in: file)
        #expect(state.status(.queue) == .done)
        #expect(file.saved?.answers.queueDone == true)
    }

    @Test func anAnswerWithAControlCharacterChangesNothing() throws {
        let file = TemporaryCheckpoint()
        let done = try twoStepsDone(file)
        let (_, console) = run(["", "", "", "back", "", "Ven\u{1B}[Das", "quit"], from: done, in: file)
        #expect(console.text.contains("Error: That answer holds a control character"), "\(console.text)")
        #expect(file.saved?.answers.queueName == "Ventas")
    }

    @Test func quitAtAnotherQuestionStillQuits() throws {
        let file = TemporaryCheckpoint()
        let done = try twoStepsDone(file)
        // "Start over?" is asked; quit answers no to it, then leaves, the progress as it was.
        let (state, console) = run(["", "", "2", "quit"], from: done, in: file)
        #expect(state.hasQuit)
        #expect(console.text.contains("Every answer and step status will be cleared."))
        #expect(file.saved?.answers.queueName == "Ventas")
        #expect(!console.text.contains("The input ended."))
    }

    @Test func aSecondTokenIsSaidToo() throws {
        let file = TemporaryCheckpoint()
        let done = try twoStepsDone(file)
        var atIntegration = done
        atIntegration.statuses[.member] = .done
        atIntegration.statuses[.flow] = .done
        atIntegration.answers.memberEmail = "ana@example.com"
        atIntegration.answers.flowName = "Flujo"
        let (_, console) = run(["", "", "", "token", "token", "quit"], from: atIntegration, in: file)
        #expect(console.transcript.filter { $0 == "A new random token was generated." }.count == 2, "\(console.text)")
    }
}

@Suite struct LinePrintingTests {
    /// A name from the org (or a value typed) cannot move the cursor or colour the line: every control
    /// character is shown as U+FFFD; the rest, accents included, is kept.
    @Test func controlCharactersAreNeverPrinted() {
        #expect(LineText.printable("Cola \u{1B}[31mroja\u{07}\u{9B}2J") == "Cola \u{FFFD}[31mroja\u{FFFD}\u{FFFD}2J")
        #expect(LineText.printable("Atención al Cliente") == "Atención al Cliente")
    }

    /// Every command, in either language, with or without its accent; other words are answers.
    @Test func commandsAreReadInBothLanguages() {
        #expect(LineCommand(typed: "atrás") == .back)
        #expect(LineCommand(typed: "ATRAS") == .back)
        #expect(LineCommand(typed: "Back") == .back)
        #expect(LineCommand(typed: "salir") == .quit)
        #expect(LineCommand(typed: "hacer") == .make)
        #expect(LineCommand(typed: "?") == .commands)
        #expect(LineCommand(typed: "Atención") == nil)
        #expect(LineCommand(typed: "") == nil)
        for yes in ["yes", "Y", "sí", "SI", "s"] { #expect(LineAnswer.yesOrNo(yes) == true, "\(yes)") }
        for no in ["no", "N"] { #expect(LineAnswer.yesOrNo(no) == false, "\(no)") }
        #expect(LineAnswer.yesOrNo("maybe") == nil && LineAnswer.yesOrNo("1") == nil)
    }
}
