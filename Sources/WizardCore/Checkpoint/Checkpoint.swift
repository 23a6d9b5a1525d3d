/// What is saved after every change: enough to resume exactly where the user stopped. The state holds one
/// (`WizardState.saved`), so what is saved is defined here once and compared as one value.
/// Never holds a secret (no OAuth secret, no token, no webhook signature token).
public struct Checkpoint: Codable, Equatable, Sendable {
    /// Bumped whenever the shape changes; a file with a higher number is refused, never rewritten, and one
    /// with a lower number is migrated when read (`CheckpointMigration`). Version 2 splits the mode into
    /// how and which org; version 3 records what the setup made (for an undo) and the test message.
    public static let currentSchemaVersion = 3

    public var language: Language
    public var mode: Mode = .guided
    public var answers = Answers()
    @KeyedBySteps public var statuses = Checkpoint.allPending
    /// Each finished step's answers as they were when it was finished; see `StepID.fingerprint`.
    @KeyedBySteps public var confirmed: [StepID: String] = [:]
    /// How to reach the org (Verify, Automatic), without the secret.
    public var connection = ConnectionSettings()
    /// The org's objects found or made, and the create in flight.
    public var org = OrgRecord()
    /// Steps that Automatic mode leaves to the admin (G after a failure): their screens are the guided ones.
    @SortedSteps public var manualSteps: Set<StepID> = []
    /// The field of a step's screen the user was in when they quit (`resumeFocus`), by its name: a name this
    /// version does not know (a newer version's field) is not worth refusing the whole file for.
    public var focusedField: String?
    /// The last test message sent through the route.
    public var testMessage: TestMessageRecord?
    /// An undo under way, or finished.
    public var undo: UndoProgress?

    public init(language: Language) {
        self.language = language
    }

    /// Where a resume puts the cursor: the field the user was in when they quit, if this version knows it.
    public var resumeFocus: FieldID? {
        get { focusedField.flatMap(FieldID.init(rawValue:)) }
        set { focusedField = newValue?.rawValue }
    }

    /// Every step pending. Filled by a loop: building it from an array of pairs set up that array's type
    /// first, a noticeable part of the wizard's start.
    static var allPending: [StepID: StepStatus] {
        var statuses = [StepID: StepStatus](minimumCapacity: StepID.allCases.count)
        for step in StepID.allCases { statuses[step] = .pending }
        return statuses
    }
}

/// A checkpoint as its file holds it: with the version of its shape beside its fields.
struct VersionedCheckpoint: Encodable {
    var checkpoint: Checkpoint

    private enum CodingKeys: String, CodingKey { case schemaVersion }

    func encode(to encoder: any Encoder) throws {
        try checkpoint.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Checkpoint.currentSchemaVersion, forKey: .schemaVersion)
    }
}

/// A set of steps, written as an array in the steps' order so that the same set always reads the same.
@propertyWrapper
public struct SortedSteps: Codable, Equatable, Sendable {
    public var wrappedValue: Set<StepID>

    public init(wrappedValue: Set<StepID>) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: any Decoder) throws {
        wrappedValue = Set(try [StepID](from: decoder))
    }

    public func encode(to encoder: any Encoder) throws {
        try wrappedValue.sorted().encode(to: encoder)
    }
}

extension KeyedDecodingContainer {
    /// A set of steps, or a dictionary keyed by step, that the file leaves out is empty: that is how an
    /// empty one is written.
    public func decode(_ type: SortedSteps.Type, forKey key: Key) throws -> SortedSteps {
        try decodeIfPresent(type, forKey: key) ?? SortedSteps(wrappedValue: [])
    }

    public func decode<Value>(_ type: KeyedBySteps<Value>.Type, forKey key: Key) throws -> KeyedBySteps<Value> {
        try decodeIfPresent(type, forKey: key) ?? KeyedBySteps(wrappedValue: [:])
    }
}

extension KeyedEncodingContainer {
    /// Empty, it is left out, as an id that is not known is. So an object whose every value is empty is
    /// written as `{}`, and fields a newer version kept inside it go with it (`UnknownFields`).
    public mutating func encode(_ value: SortedSteps, forKey key: Key) throws {
        if !value.wrappedValue.isEmpty { try encodeIfPresent(Optional(value), forKey: key) }
    }

    public mutating func encode<Value>(_ value: KeyedBySteps<Value>, forKey key: Key) throws {
        if !value.wrappedValue.isEmpty { try encodeIfPresent(Optional(value), forKey: key) }
    }
}

/// A dictionary keyed by step, written with the steps' names as keys so that the JSON reads as an object.
/// Keys this version does not know are dropped when reading. The state keeps the same dictionaries, so a
/// checkpoint is made for every change without building them again.
@propertyWrapper
public struct KeyedBySteps<Value: Codable & Equatable & Sendable>: Codable, Equatable, Sendable {
    public var wrappedValue: [StepID: Value]

    public init(wrappedValue: [StepID: Value]) {
        self.wrappedValue = wrappedValue
    }

    public init(from decoder: Decoder) throws {
        let named = try [String: Value](from: decoder)
        wrappedValue = Dictionary(uniqueKeysWithValues: named.compactMap { name, value in
            StepID(rawValue: name).map { ($0, value) }
        })
    }

    public func encode(to encoder: Encoder) throws {
        try Dictionary(uniqueKeysWithValues: wrappedValue.map { ($0.key.rawValue, $0.value) }).encode(to: encoder)
    }
}

extension WizardState {
    /// Takes over a saved checkpoint's progress, then shows the welcome screen, which offers to resume at
    /// the first unfinished step (so the screen the user was on need not be saved).
    /// The language given on the command line, if any, wins over the saved one.
    public mutating func restore(_ checkpoint: Checkpoint, keepLanguage: Bool) {
        let chosenLanguage = self.language
        saved = checkpoint
        if keepLanguage { self.language = chosenLanguage }
        // A step holding a value longer than Genesys accepts is not finished: the resume goes there, and its
        // screen says the limit.
        for step in StepID.allCases where status(step).isFinished
            && step.fields.contains(where: { Validation.lengthIssue($0, in: self) != nil }) {
            self.statuses[step] = .inProgress
        }
        screen = .welcome
        resumeChoice = 0
        focus = 0
        errors = [:]
    }
}

/// Why a checkpoint file could not be used.
public enum CheckpointProblem: Equatable, Sendable, Error {
    /// The file exists but holds nothing (for example after a crash of an editor or a full disk).
    case empty(path: String)
    /// The file is not valid JSON of the expected shape (truncated, edited by hand, another program's file);
    /// `field` names the faulty field when the JSON itself is sound.
    case corrupt(path: String, field: String?)
    /// Written by a newer omwizard: reading it might lose what that version knows.
    case newerVersion(path: String, found: Int, supported: Int)
    /// The file could not be read at all.
    case unreadable(path: String, detail: String)
    /// Something other than a file is at the path: a FIFO, a device, a folder.
    case notAFile(path: String)

    public var path: String {
        switch self {
        case .empty(let path), .corrupt(let path, _), .newerVersion(let path, _, _), .unreadable(let path, _),
             .notAFile(let path):
            return path
        }
    }
}
