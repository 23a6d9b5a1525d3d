/// What is saved after every change: enough to resume exactly where the user stopped.
/// Never holds a secret (no OAuth secret, no token, no webhook signature token).
public struct Checkpoint: Codable, Equatable, Sendable {
    /// Bumped whenever the shape changes; a file with a higher number is refused, never rewritten.
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var language: Language
    public var mode: Mode
    public var answers: Answers
    /// Keyed by `StepID.rawValue` so the JSON reads as an object.
    public var statuses: [String: StepStatus]
    /// Keyed by `StepID.rawValue`: each finished step's answers when it was finished.
    public var confirmed: [String: String]
    /// Absent in files from before Verify and Automatic modes.
    public var connection: ConnectionSettings?
    public var org: OrgRecord?
    /// Steps left to the admin in Automatic mode.
    public var manualSteps: [StepID]?
    /// Practice mode: Automatic or Verify against the practice org.
    public var practiceRuns: Mode?

    public init(schemaVersion: Int = Checkpoint.currentSchemaVersion, language: Language, mode: Mode,
                answers: Answers, statuses: [String: StepStatus], confirmed: [String: String],
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

extension WizardState {
    /// The part of the state worth keeping across runs.
    public var checkpoint: Checkpoint {
        Checkpoint(
            language: language, mode: mode, answers: answers,
            statuses: Dictionary(uniqueKeysWithValues: statuses.map { ($0.key.rawValue, $0.value) }),
            confirmed: Dictionary(uniqueKeysWithValues: confirmed.map { ($0.key.rawValue, $0.value) }),
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
        statuses = Dictionary(uniqueKeysWithValues: StepID.allCases.map { step in
            (step, saved.statuses[step.rawValue] ?? .pending)
        })
        confirmed = Dictionary(uniqueKeysWithValues: saved.confirmed.compactMap { key, value in
            StepID(rawValue: key).map { ($0, value) }
        })
        connection = saved.connection ?? ConnectionSettings()
        org = saved.org ?? OrgRecord()
        manualSteps = Set(saved.manualSteps ?? [])
        practiceRuns = saved.practiceRuns ?? .automatic
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

    public var path: String {
        switch self {
        case .empty(let path), .corrupt(let path, _), .newerVersion(let path, _, _), .unreadable(let path, _):
            return path
        }
    }
}
