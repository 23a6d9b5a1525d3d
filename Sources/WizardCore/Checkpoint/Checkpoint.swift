/// What is saved after every change: enough to resume exactly where the user stopped.
/// Never holds a secret (no OAuth secret, no token, no webhook signature token).
public struct Checkpoint: Codable, Equatable, Sendable {
    /// Bumped whenever the shape changes; a file with a higher number is refused, never rewritten.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var language: Language
    public var mode: Mode
    public var answers: Answers
    @KeyedBySteps public var statuses: [StepID: StepStatus]
    /// Each finished step's answers when it was finished.
    @KeyedBySteps public var confirmed: [StepID: String]
    /// Absent in files from before Verify and Automatic modes.
    public var connection: ConnectionSettings?
    public var org: OrgRecord?
    /// Steps left to the admin in Automatic mode.
    public var manualSteps: [StepID]?
    /// Practice mode: Automatic or Verify against the practice org.
    public var practiceRuns: Mode?

    public init(schemaVersion: Int = Checkpoint.currentSchemaVersion, language: Language, mode: Mode,
                answers: Answers, statuses: [StepID: StepStatus], confirmed: [StepID: String],
                connection: ConnectionSettings? = nil, org: OrgRecord? = nil, manualSteps: [StepID]? = nil,
                practiceRuns: Mode? = nil) {
        self.schemaVersion = schemaVersion
        self.language = language
        self.mode = mode
        self.answers = answers
        self.statuses = statuses
        self.confirmed = confirmed
        self.connection = connection
        self.org = org
        self.manualSteps = manualSteps
        self.practiceRuns = practiceRuns
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
    /// The part of the state worth keeping across runs.
    public var checkpoint: Checkpoint {
        Checkpoint(
            language: language, mode: mode, answers: answers,
            statuses: statuses,
            confirmed: confirmed,
            connection: connection == ConnectionSettings() ? nil : connection,
            org: org == OrgRecord() ? nil : org,
            manualSteps: manualSteps.isEmpty ? nil : manualSteps.sorted(),
            practiceRuns: mode == .practice ? practiceRuns : nil
        )
    }

    /// True when `other` would save the same checkpoint; compared field by field, because building two
    /// checkpoints for every key pressed would cost more than the comparison.
    func persistsLike(_ other: WizardState) -> Bool {
        language == other.language && mode == other.mode && answers == other.answers
            && statuses == other.statuses && confirmed == other.confirmed && connection == other.connection
            && org == other.org && manualSteps == other.manualSteps && practiceRuns == other.practiceRuns
    }

    /// Takes over a saved checkpoint's progress, then shows the welcome screen, which offers to resume at
    /// the first unfinished step (so the screen the user was on need not be saved).
    /// The language given on the command line, if any, wins over the saved one.
    public mutating func restore(_ saved: Checkpoint, keepLanguage: Bool) {
        if !keepLanguage { language = saved.language }
        mode = saved.mode
        answers = saved.answers
        statuses = WizardState.allPending.merging(saved.statuses) { _, saved in saved }
        confirmed = saved.confirmed
        connection = saved.connection ?? ConnectionSettings()
        org = saved.org ?? OrgRecord()
        manualSteps = Set(saved.manualSteps ?? [])
        practiceRuns = saved.practiceRuns ?? .automatic
        // A step holding a value longer than Genesys accepts is not finished: the resume goes there, and its
        // screen says the limit.
        for step in StepID.allCases where status(step).isFinished
            && step.fields.contains(where: { Validation.lengthIssue($0, in: self) != nil }) {
            statuses[step] = .inProgress
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
