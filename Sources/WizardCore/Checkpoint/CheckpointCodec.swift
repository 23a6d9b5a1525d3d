import FoundationEssentials

/// Turns a checkpoint into bytes and back, telling an empty file from a corrupt or a newer one, and reading
/// a file of an older version as this version would have written it.
public enum CheckpointCodec {
    /// The checkpoint as JSON, with the `unknown` fields of the file it came from written back.
    public static func encode(_ checkpoint: Checkpoint, keeping unknown: UnknownFields? = nil) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let versioned = VersionedCheckpoint(checkpoint: checkpoint)
        guard let unknown else { return Array(try encoder.encode(versioned)) + [0x0A] }
        let known = try JSONDecoder().decode(JSONValue.self, from: encoder.encode(versioned))
        return Array(try encoder.encode(unknown.merged(into: known))) + [0x0A]
    }

    /// The fields of `bytes`, a file that decoded as `checkpoint`, that this version does not know. A field
    /// that an older version wrote and a migration replaced is known: it is not kept.
    public static func unknownFields(in bytes: [UInt8], of checkpoint: Checkpoint) -> UnknownFields? {
        guard let read = try? current(bytes),
              let rewritten = try? JSONDecoder().decode(JSONValue.self, from: Data(encode(checkpoint))) else { return nil }
        return UnknownFields.left(in: read, after: rewritten)
    }

    public static func decode(_ bytes: [UInt8], path: String) throws(CheckpointProblem) -> Checkpoint {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .empty(path: path)
        }
        let json: JSONValue
        do {
            json = try current(bytes)
        } catch let problem as VersionProblem {
            switch problem {
            case .newer(let found):
                throw .newerVersion(path: path, found: found, supported: Checkpoint.currentSchemaVersion)
            case .invalid:
                throw .corrupt(path: path, field: "schemaVersion")
            }
        } catch {
            throw .corrupt(path: path, field: faultyField(error))
        }
        do {
            return try JSONDecoder().decode(Checkpoint.self, from: JSONEncoder().encode(json))
        } catch {
            throw .corrupt(path: path, field: faultyField(error))
        }
    }

    private enum VersionProblem: Error {
        case newer(Int)
        case invalid
    }

    /// The file's JSON in this version's shape. Only the version is read first, as Terraform does with its
    /// state: a newer file is refused before its shape is judged, so a newer file is never called corrupt.
    private static func current(_ bytes: [UInt8]) throws -> JSONValue {
        let data = Data(bytes)
        struct VersionOnly: Decodable { var schemaVersion: Int }
        let version = try JSONDecoder().decode(VersionOnly.self, from: data).schemaVersion
        if version > Checkpoint.currentSchemaVersion { throw VersionProblem.newer(version) }
        if version < 1 { throw VersionProblem.invalid }
        let json = try JSONDecoder().decode(JSONValue.self, from: data)
        let version2 = version == 1 ? CheckpointMigration.fromVersion1(json) : json
        return version < 3 ? CheckpointMigration.fromVersion2(version2) : version2
    }

    /// The field at fault, in dotted form, or nil when the file is not JSON at all.
    private static func faultyField(_ error: Error) -> String? {
        guard let error = error as? DecodingError else { return nil }
        switch error {
        case .keyNotFound(let key, let context):
            return pathText(context.codingPath + [key])
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return context.codingPath.isEmpty ? nil : pathText(context.codingPath)
        @unknown default:
            return nil
        }
    }

    private static func pathText(_ path: [CodingKey]) -> String {
        path.map(\.stringValue).joined(separator: ".")
    }
}

/// How a file of an older version becomes one of this version, on the JSON itself: what a version did not
/// know is filled in as that version behaved, and nothing the file says is lost.
enum CheckpointMigration {
    /// Version 1 named the mode in one word, "practice" being a fourth mode whose way (Automatic or Verify)
    /// was kept apart in `practiceRuns`; it left out the connection, the org's ids and the manual steps
    /// when they were empty.
    static func fromVersion1(_ json: JSONValue) -> JSONValue {
        guard case .object(var fields) = json else { return json }
        if case .string(let word)? = fields["mode"] {
            let mode: JSONValue
            switch word {
            case "guided":
                mode = .object(["how": .string("guided")])
            case "practice":
                let how: JSONValue = fields["practiceRuns"] == .string("verify") ? .string("verify") : .string("automatic")
                mode = .object(["how": how, "org": .string("practice")])
            default:
                // "verify" or "automatic"; any other word stays as it is, for the decoder to name it.
                mode = .object(["how": .string(word), "org": .string("real")])
            }
            fields["mode"] = mode
        }
        fields["practiceRuns"] = nil
        if fields["connection"] == nil || fields["connection"] == .null {
            fields["connection"] = .object(["location": .string(""), "clientID": .string("")])
        }
        if fields["org"] == nil || fields["org"] == .null { fields["org"] = .object([:]) }
        if fields["manualSteps"] == nil || fields["manualSteps"] == .null { fields["manualSteps"] = .array([]) }
        fields["schemaVersion"] = .integer(2)
        return .object(fields)
    }

    /// Version 2 did not record which objects the setup made, nor the test message's text. Nothing is taken as
    /// made: its statuses cannot prove it (the mode may have changed since a step was done by hand), and an
    /// undo must never remove what the setup did not make. Its objects are listed as kept.
    static func fromVersion2(_ json: JSONValue) -> JSONValue {
        guard case .object(var fields) = json else { return json }
        if case .object(var answers)? = fields["answers"], answers["testMessageText"] == nil {
            answers["testMessageText"] = .string("")
            fields["answers"] = .object(answers)
        }
        fields["schemaVersion"] = .integer(Checkpoint.currentSchemaVersion)
        return .object(fields)
    }
}
