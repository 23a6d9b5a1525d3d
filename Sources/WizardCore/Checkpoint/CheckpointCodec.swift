import FoundationEssentials

/// Turns a checkpoint into bytes and back, telling an empty file from a corrupt or a newer one.
public enum CheckpointCodec {
    /// The checkpoint as JSON, with the `unknown` fields of the file it came from written back.
    public static func encode(_ checkpoint: Checkpoint, keeping unknown: UnknownFields? = nil) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let unknown else { return Array(try encoder.encode(checkpoint)) + [0x0A] }
        let known = try JSONDecoder().decode(JSONValue.self, from: encoder.encode(checkpoint))
        return Array(try encoder.encode(unknown.merged(into: known))) + [0x0A]
    }

    /// The fields of `bytes`, a file that decoded as `checkpoint`, that this version does not know.
    public static func unknownFields(in bytes: [UInt8], of checkpoint: Checkpoint) -> UnknownFields? {
        guard let read = try? JSONDecoder().decode(JSONValue.self, from: Data(bytes)),
              let rewritten = try? JSONDecoder().decode(JSONValue.self, from: Data(encode(checkpoint))) else { return nil }
        return UnknownFields.left(in: read, after: rewritten)
    }

    public static func decode(_ bytes: [UInt8], path: String) throws(CheckpointProblem) -> Checkpoint {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .empty(path: path)
        }
        let data = Data(bytes)
        // Read only the version first, as Terraform does with its state: a newer file is refused before its
        // shape is judged, so a newer file is never called corrupt.
        struct VersionOnly: Decodable { var schemaVersion: Int }
        let version: Int
        do {
            version = try JSONDecoder().decode(VersionOnly.self, from: data).schemaVersion
        } catch {
            throw .corrupt(path: path, field: faultyField(error))
        }
        if version > Checkpoint.currentSchemaVersion {
            throw .newerVersion(path: path, found: version, supported: Checkpoint.currentSchemaVersion)
        }
        if version < 1 {
            throw .corrupt(path: path, field: "schemaVersion")
        }
        do {
            return try JSONDecoder().decode(Checkpoint.self, from: data)
        } catch {
            throw .corrupt(path: path, field: faultyField(error))
        }
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
