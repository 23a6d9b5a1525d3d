import DurableFiles
import TextCoding
import WizardCore
import Yams

/// An answers file as read: the answers, and the webhook token its variable holds (kept out of the answers,
/// which are saved; the token never is).
public struct AnswersFileContents: Equatable, Sendable {
    public var answers: ScriptedAnswers
    public var webhookToken: String?
}

/// Everything wrong in one answers file, in the order of its lines.
public struct AnswersFileErrors: Error, Equatable, Sendable {
    public var all: [AnswersFileError]

    init(_ all: [AnswersFileError]) {
        self.all = all
    }
}

/// Reads an answers file (YAML, `version: 1`) into the wizard's answers. Every problem found is returned at
/// once, each with its line and key: the structure first (unknown, missing, repeated keys, wrong kinds),
/// then, when that is sound, the values by the wizard's own rules.
public enum AnswersFileReader {
    public static func read(_ path: String, environment: [String: String]) -> Result<AnswersFileContents, AnswersFileErrors> {
        let bytes: [UInt8]
        do {
            bytes = try DurableFile.read(path)
        } catch {
            return .failure(AnswersFileErrors([AnswersFileError(file: path, line: 0, key: "-", problem: .unreadable(error.text))]))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(AnswersFileErrors([AnswersFileError(file: path, line: 0, key: "-", problem: .unreadable("not UTF-8 text"))]))
        }
        return parse(text, file: path, environment: environment)
    }

    public static func parse(_ text: String, file: String, environment: [String: String]) -> Result<AnswersFileContents, AnswersFileErrors> {
        var reading = Reading(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            return .failure(AnswersFileErrors([reading.syntaxError(error, in: text)]))
        } catch {
            return .failure(AnswersFileErrors([AnswersFileError(file: file, line: 0, key: "-", problem: .notYAML("-"))]))
        }
        guard let root, case .mapping(let top) = root else {
            return .failure(AnswersFileErrors([AnswersFileError(file: file, line: root?.mark?.line ?? 1, key: "-",
                                              problem: .wrongKind(expected: .section))]))
        }
        // A newer format is said first: its new keys would only read as unknown ones.
        if let version = top.first(where: { $0.key.string == AnswersFileKey.version.name }),
           let number = version.value.int, number > ScriptedAnswers.currentVersion {
            return .failure(AnswersFileErrors([AnswersFileError(file: file, line: version.key.mark?.line ?? 1,
                                                                key: AnswersFileKey.version.rawValue,
                                                                problem: .newerVersion(number))]))
        }
        reading.readSection(top, section: nil, line: 1)
        guard reading.errors.isEmpty else { return .failure(AnswersFileErrors(reading.errors)) }
        return reading.contents(environment: environment)
    }
}

/// One reading of a file: the scalars found, by key, with their lines, and the problems so far.
private struct Reading {
    let file: String
    var values: [AnswersFileKey: (text: String, line: Int)] = [:]
    var sectionLines: [AnswersFileKey: Int] = [:]
    var errors: [AnswersFileError] = []

    init(file: String) {
        self.file = file
    }

    mutating func fail(_ line: Int, _ key: String, _ problem: AnswersFileProblem) {
        errors.append(AnswersFileError(file: file, line: line, key: key, problem: problem))
    }

    /// The parser's complaint and its line; never its picture of the file (the line could hold anything).
    func syntaxError(_ error: YamlError, in text: String) -> AnswersFileError {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return AnswersFileError(file: file, line: mark.line, key: "-", problem: .notYAML(problem))
        case .reader(let problem, let offset, _, _):
            let line = offset.map { offset in text.utf8.prefix(offset).filter { $0 == UInt8(ascii: "\n") }.count + 1 } ?? 0
            return AnswersFileError(file: file, line: line, key: "-", problem: .notYAML(problem))
        case .duplicatedKeysInMapping(let duplicates, let context):
            let name = duplicates.first ?? "-"
            let (line, key) = Self.repetition(of: name, after: context.mark.line, in: text)
            return AnswersFileError(file: file, line: line, key: key, problem: .repeatedKey)
        default:
            return AnswersFileError(file: file, line: 0, key: "-", problem: .notYAML("-"))
        }
    }

    /// Where a key is written the second time, and its dotted name: the parser names only the first one.
    /// The section is the last unindented key above it (answers files are two levels deep).
    static func repetition(of name: String, after firstLine: Int, in text: String) -> (line: Int, key: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard firstLine >= 1, firstLine <= lines.count else { return (firstLine, name) }
        let first = lines[firstLine - 1]
        let indent = first.prefix { $0 == " " }
        var line = firstLine
        for index in firstLine..<lines.count {
            let candidate = lines[index]
            if candidate.prefix(while: { $0 == " " }).count < indent.count, !candidate.allSatisfy(\.isWhitespace),
               !candidate.drop(while: { $0 == " " }).hasPrefix("#") { break }
            if candidate.hasPrefix(indent + name + ":") {
                line = index + 1
                break
            }
        }
        guard !indent.isEmpty,
              let section = lines[..<(firstLine - 1)].last(where: { $0.first.map { !$0.isWhitespace && $0 != "#" } ?? false }),
              let colon = section.firstIndex(of: ":") else { return (line, name) }
        return (line, String(section[..<colon]) + "." + name)
    }

    /// The keys of one section (nil: the top of the file), checked against the format, read recursively.
    mutating func readSection(_ mapping: Node.Mapping, section: AnswersFileKey?, line: Int) {
        let expected = AnswersFileKey.keys(in: section)
        var seen: Set<AnswersFileKey> = []
        for (keyNode, value) in mapping {
            let keyLine = keyNode.mark?.line ?? line
            let written = keyNode.string ?? "?"
            let path = section.map { $0.rawValue + "." + written } ?? written
            guard let key = expected.first(where: { $0.name == written }) else {
                // The one key people are likely to add is the token itself: say why it has no place here.
                if section == .integration && written.lowercased().contains("token") {
                    fail(keyLine, path, .secretInFile)
                } else {
                    fail(keyLine, path, .unknownKey(expected: expected.map(\.name)))
                }
                continue
            }
            // A repeated key never reaches here: the parser refuses it first (`syntaxError`).
            seen.insert(key)
            read(value, as: key, line: keyLine)
        }
        for key in expected where key.isRequired && !seen.contains(key) {
            fail(line, key.rawValue, .missing)
        }
    }

    private mutating func read(_ node: Node, as key: AnswersFileKey, line: Int) {
        if key.kind == .section {
            guard case .mapping(let mapping) = node else {
                fail(line, key.rawValue, .wrongKind(expected: .section))
                return
            }
            sectionLines[key] = line
            readSection(mapping, section: key, line: line)
            return
        }
        guard case .scalar(let scalar) = node else {
            fail(line, key.rawValue, .wrongKind(expected: key.kind))
            return
        }
        // An empty value (or ~, null) is no text at all: the wizard's rules then say it is required.
        let text = node.tag.rawValue == Tag.Name.null.rawValue ? "" : scalar.string
        switch key.kind {
        case .number where node.tag.rawValue != Tag.Name.int.rawValue || Int(text) == nil:
            fail(line, key.rawValue, .wrongKind(expected: key.kind))
        case .choice(let values) where !values.contains(text.lowercased()):
            fail(line, key.rawValue, .wrongKind(expected: key.kind))
        default:
            values[key] = (text, line)
        }
    }

    private func text(_ key: AnswersFileKey) -> String { values[key]?.text ?? "" }

    /// Once the structure is sound: the version, the token's variable, then the values by the wizard's rules.
    func contents(environment: [String: String]) -> Result<AnswersFileContents, AnswersFileErrors> {
        var problems: [AnswersFileError] = []
        func fail(_ key: AnswersFileKey, _ problem: AnswersFileProblem) {
            problems.append(AnswersFileError(file: file, line: values[key]?.line ?? sectionLines[key] ?? 1,
                                             key: key.rawValue, problem: problem))
        }
        if let version = Int(text(.version)), version < 1 {
            fail(.version, .wrongKind(expected: .choice(["1"])))
        }
        let variable = values[.webhookTokenVariable].map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        var token: String?
        if let variable {
            token = environment[variable]
            if token == nil { fail(.webhookTokenVariable, .variableNotSet(variable)) }
        }
        let answers = ScriptedAnswers(
            language: Language(code: text(.language)) ?? .en,
            queueName: text(.queueName).trimmedSpaces,
            queueOrigin: Origin(rawValue: text(.queueOrigin).lowercased()) ?? .new,
            memberEmail: text(.memberEmail).trimmedSpaces,
            flowName: text(.flowName).trimmedSpaces,
            flowOrigin: Origin(rawValue: text(.flowOrigin).lowercased()) ?? .new,
            integrationName: text(.integrationName).trimmedSpaces,
            webhookURL: text(.webhookURL).trimmedSpaces,
            webhookTokenVariable: variable,
            testMessageText: values[.testMessageText].map { $0.text.trimmedSpaces }
        )
        for (key, field, issue) in answers.issues(webhookToken: token) {
            fail(key, .invalid(field, issue))
        }
        guard problems.isEmpty else { return .failure(AnswersFileErrors(problems)) }
        return .success(AnswersFileContents(answers: answers, webhookToken: token))
    }
}
