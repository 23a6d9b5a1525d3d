@testable import AnswersFiles
import Glibc
import Testing
@testable import WizardCore

@Suite struct AnswersFileTests {
    private let answers = ScriptedAnswers(
        language: .es, queueName: "Atención \"al\" Cliente: #1", queueOrigin: .existing, memberEmail: "ana.garcia@example.com",
        flowName: "yes", flowOrigin: .new, integrationName: "Mensajería\\Ñandú\u{7}", webhookURL: "https://example.com/hook",
        webhookTokenVariable: "HOOK_TOKEN", testMessageText: "¿Llega?\nSí"
    )

    private let file = "answers.yaml"

    private func read(_ text: String, environment: [String: String] = [:]) -> Result<AnswersFileContents, AnswersFileErrors> {
        AnswersFileReader.parse(text, file: file, environment: environment)
    }

    private func errors(_ text: String, environment: [String: String] = [:]) -> [AnswersFileError] {
        guard case .failure(let errors) = read(text, environment: environment) else { return [] }
        return errors.all
    }

    /// A file as `export answers` writes it, with one line replaced (matched by its start).
    private func written(replacing prefix: String, with replacement: String) -> String {
        let lines = answers.fileText(Texts.english.scripted, profile: "acme").split(separator: "\n", omittingEmptySubsequences: false)
        return lines.map { $0.drop(while: { $0 == " " }).hasPrefix(prefix) ? Substring(replacement) : $0 }.joined(separator: "\n")
    }

    private func lineNumber(of prefix: String, in text: String) -> Int {
        (text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.drop(while: { $0 == " " }).hasPrefix(prefix) } ?? -1) + 1
    }

    @Test(arguments: [Language.en, .es])
    func whatExportWritesReadsBackTheSameWithEveryKeyCommentedAndNoSecret(language: Language) throws {
        let text = answers.fileText(Texts.for(language).scripted, profile: "acme")
        let contents = try read(text, environment: ["HOOK_TOKEN": "a-token-of-twenty-chars"]).get()
        #expect(contents.answers == answers)
        #expect(contents.webhookToken == "a-token-of-twenty-chars")
        #expect(!text.contains("a-token-of-twenty-chars"))
        // A comment line right above every key.
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() where !line.isEmpty && !line.drop(while: { $0 == " " }).hasPrefix("#") {
            #expect(lines[index - 1].drop(while: { $0 == " " }).hasPrefix("# "), "no comment above \(line)")
        }
        #expect(text.contains("version: 1\n"))
    }

    @Test func aFileWithOnlyWhatIsRequiredTakesTheDefaults() throws {
        let text = """
            version: 1
            language: en
            queue:
              name: Support
            member:
              email: ana@example.com
            flow:
              name: Inbound
            integration:
              name: Messaging
              webhook_url: https://example.com/hook
            """
        let contents = try read(text).get()
        #expect(contents.answers.queueOrigin == .new && contents.answers.flowOrigin == .new)
        #expect(contents.answers.webhookTokenVariable == nil && contents.webhookToken == nil)
        #expect(contents.answers.testMessageText == nil)
    }

    @Test func aWrongKindIsSaidWithItsFileLineAndKey() {
        let text = written(replacing: "name: \"Atención", with: "  name: [a, b]")
        let found = errors(text)
        #expect(found == [AnswersFileError(file: file, line: lineNumber(of: "name: [a, b]", in: text), key: "queue.name",
                                           problem: .wrongKind(expected: .text))])
        #expect(Texts.english.answersFileLine(found[0]).hasPrefix("answers.yaml:\(found[0].line): queue.name: must be a text"))
        let origin = written(replacing: "origin: existing", with: "  origin: maybe")
        #expect(errors(origin).map(\.key) == ["queue.origin"])
        #expect(Texts.spanish.answersFileLine(errors(origin)[0]).hasSuffix("queue.origin: debe ser uno de: new, existing"))
        let version = written(replacing: "version:", with: "version: one")
        #expect(errors(version).map(\.problem) == [.wrongKind(expected: .number)])
    }

    @Test func anUnknownKeyNamesTheKeysThatExistThere() {
        let text = written(replacing: "email:", with: "  emial: \"ana@example.com\"")
        let found = errors(text)
        // The misspelt key is unknown, and the one it was meant to be is then missing (at its section's line).
        #expect(found.count == 2)
        #expect(found[0] == AnswersFileError(file: file, line: lineNumber(of: "emial:", in: text), key: "member.emial",
                                             problem: .unknownKey(expected: ["email"])))
        #expect(found[1].key == "member.email" && found[1].problem == .missing && found[1].line == lineNumber(of: "member:", in: text))
    }

    @Test func aTokenOfThreeCharactersIsRefusedWithTheWizardsOwnWords() {
        let text = answers.fileText(Texts.english.scripted, profile: "acme")
        let found = errors(text, environment: ["HOOK_TOKEN": "123"])
        #expect(found == [AnswersFileError(file: file, line: lineNumber(of: "webhook_token_env:", in: text),
                                           key: "integration.webhook_token_env", problem: .invalid(.secretToken, .tokenTooShort(length: 3)))])
        #expect(Texts.english.answersFileLine(found[0]).contains(Texts.english.fields.issue(.secretToken, .tokenTooShort(length: 3))))
        // A variable that is not set at all is said as such.
        #expect(errors(text).map(\.problem) == [.variableNotSet("HOOK_TOKEN")])
    }

    @Test func aMissingFieldIsNamedAtItsSection() {
        let text = written(replacing: "webhook_url:", with: "")
        let found = errors(text)
        #expect(found == [AnswersFileError(file: file, line: lineNumber(of: "integration:", in: text), key: "integration.webhook_url",
                                           problem: .missing)])
        // A value left empty reads as the wizard's empty field.
        let empty = written(replacing: "name: \"yes\"", with: "  name:")
        #expect(errors(empty, environment: ["HOOK_TOKEN": "a-token-of-twenty-chars"]).map(\.problem) == [.invalid(.flowName, .required)])
    }

    @Test func valuesFollowTheWizardsRules() {
        let text = written(replacing: "webhook_url:", with: "  webhook_url: http://example.com:8443/x")
        #expect(errors(text, environment: ["HOOK_TOKEN": "a-token-of-twenty-chars"]).map(\.problem) == [.invalid(.webhookURL, .urlNotHTTPS)])
        let star = written(replacing: "name: \"Atención", with: "  name: Soporte*")
        #expect(errors(star, environment: ["HOOK_TOKEN": "a-token-of-twenty-chars"]).map(\.problem) == [.invalid(.queueName, .nameHasAsterisk)])
    }

    @Test func aTokenWrittenInTheFileIsRefusedAsASecret() {
        let text = written(replacing: "webhook_token_env:", with: "  webhook_token: \"0123456789abcdefgh\"")
        #expect(errors(text).map(\.problem) == [.secretInFile])
        #expect(errors(text).first?.key == "integration.webhook_token")
    }

    @Test func aNewerVersionARepeatedKeyAndBrokenYAMLEachHaveTheirLine() {
        let newer = written(replacing: "version:", with: "version: 2")
        #expect(errors(newer).map(\.problem) == [.newerVersion(2)])
        let repeated = written(replacing: "language:", with: "language: en\nlanguage: es")
        #expect(errors(repeated) == [AnswersFileError(file: file, line: lineNumber(of: "language: es", in: repeated),
                                                      key: "language", problem: .repeatedKey)])
        let nested = written(replacing: "email:", with: "  email: \"ana@example.com\"\n  # again\n  email: \"luis@example.com\"")
        #expect(errors(nested) == [AnswersFileError(file: file, line: lineNumber(of: "email: \"luis", in: nested),
                                                    key: "member.email", problem: .repeatedKey)])
        // A newer version is said alone, not as the unknown keys its format added.
        let future = written(replacing: "version:", with: "version: 2\nchannels: [sms]")
        #expect(errors(future).map(\.problem) == [.newerVersion(2)])
        let broken = written(replacing: "email:", with: "  email: \"ana@example.com")
        let syntax = errors(broken)
        #expect(syntax.count == 1)
        if case .notYAML = syntax.first?.problem {} else { Issue.record("not read as a YAML error: \(syntax)") }
        #expect((syntax.first?.line ?? 0) > 0)
        #expect(errors("- a\n- b\n").map(\.problem) == [.wrongKind(expected: .section)])
        // Characters YAML refuses raw are written escaped, and read back.
        var odd = answers
        odd.queueName = "Cola\u{FFFE}\u{85}\u{2028}·\u{1F600}"
        let roundTrip = try? AnswersFileReader.parse(odd.fileText(Texts.english.scripted, profile: "p"), file: file,
                                                     environment: ["HOOK_TOKEN": "a-token-of-twenty-chars"]).get()
        #expect(roundTrip?.answers.queueName == odd.queueName)
    }

    @Test func aRealFileIsReadAndAMissingOneIsSaid() throws {
        let folder = "/tmp/omwizard-answers-test-\(getpid())"
        mkdir(folder, 0o700)
        defer { system("rm -rf '\(folder)'") }
        let path = folder + "/answers.yaml"
        let text = answers.fileText(Texts.spanish.scripted, profile: "acme")
        let handle = fopen(path, "w")
        fputs(text, handle)
        fclose(handle)
        let contents = try AnswersFileReader.read(path, environment: ["HOOK_TOKEN": "a-token-of-twenty-chars"]).get()
        #expect(contents.answers == answers)
        guard case .failure(let errors) = AnswersFileReader.read(folder + "/none.yaml", environment: [:]) else {
            Issue.record("a missing file was read")
            return
        }
        let missing = errors.all
        #expect(missing.count == 1 && missing[0].line == 0)
        if case .unreadable = missing[0].problem {} else { Issue.record("not said as unreadable: \(missing)") }
    }
}
