import FoundationEssentials

/// Any JSON value, read and written as it was.
public enum JSONValue: Codable, Equatable, Sendable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Int.self) { self = .integer(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

/// The fields of a checkpoint that this version does not know (written by a newer minor version, which
/// keeps the same schemaVersion when it only adds fields), at any depth: kept from the file that was read
/// and written back with every save, so that the newer version finds them again.
public indirect enum UnknownFields: Equatable, Sendable {
    /// A field this version does not know, with its value.
    case field(JSONValue)
    /// A known object holding unknown fields.
    case within([String: UnknownFields])

    /// What `original` (the file as read) holds that `rewritten` (the same checkpoint as this version writes
    /// it) lacks; nil when nothing.
    static func left(in original: JSONValue, after rewritten: JSONValue) -> UnknownFields? {
        guard case .object(let read) = original, case .object(let written) = rewritten else { return nil }
        var unknown: [String: UnknownFields] = [:]
        for (key, value) in read {
            guard let known = written[key] else {
                // A known field left out when empty reads back the same way: nothing to keep.
                if value != .null { unknown[key] = .field(value) }
                continue
            }
            if let inner = left(in: value, after: known) { unknown[key] = inner }
        }
        return unknown.isEmpty ? nil : .within(unknown)
    }

    /// `value` with these fields added where it has none of that name. Unknown fields inside a known object
    /// come back only while that object is still there and holds a known field: one emptied (the org's ids
    /// forgotten on a start over) takes its unknown fields with it.
    func merged(into value: JSONValue) -> JSONValue {
        switch (self, value) {
        case (.within(let unknown), .object(var object)):
            for (key, field) in unknown {
                switch field {
                case .field(let kept): if object[key] == nil { object[key] = kept }
                case .within:
                    if let present = object[key], present != .object([:]) { object[key] = field.merged(into: present) }
                }
            }
            return .object(object)
        // A field of its own, or a value that is no longer an object: nothing to add inside it.
        case (.field, _), (.within, .null), (.within, .bool), (.within, .integer), (.within, .number), (.within, .string),
             (.within, .array):
            return value
        }
    }
}
