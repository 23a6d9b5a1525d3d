/// The terminal's size in character cells.
public struct TerminalSize: Equatable, Sendable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    /// The smallest size every screen is designed for.
    public static let minimum = TerminalSize(columns: 80, rows: 24)

    public var isLargeEnough: Bool { columns >= TerminalSize.minimum.columns && rows >= TerminalSize.minimum.rows }
}

/// Facts about this run that the screens mention but the user does not change.
public struct SessionContext: Equatable, Sendable {
    public var profile: String
    /// Where progress is saved, as shown to the user.
    public var checkpointPath: String
    /// Where the summary is written when the user asks for it.
    public var summaryPath: String
    /// The command that resumes this setup ("omwizard", "omwizard --profile acme", ...).
    public var resumeCommand: String

    public init(profile: String, checkpointPath: String, summaryPath: String, resumeCommand: String = "omwizard") {
        self.profile = profile
        self.checkpointPath = checkpointPath
        self.summaryPath = summaryPath
        self.resumeCommand = resumeCommand
    }
}

/// The one value that describes the wizard at any moment. `reduce` is the only thing that changes it.
/// What is saved is one value inside it, `saved`; its fields read as the state's own (`state.answers`).
@dynamicMemberLookup
public struct WizardState: Equatable, Sendable {
    /// The language, the mode, the answers, what is done, the connection and the org's ids: the checkpoint.
    public var saved: Checkpoint
    public var screen: Screen = .welcome

    /// The OAuth client secret. Held in memory only, never drawn in clear.
    public var clientSecret = ""
    public var genesys = GenesysActivity()
    /// How long a test message is followed, when the command line says (`test-message --wait`); else the
    /// mode's deadline.
    public var testMessageWaitSeconds: Int?

    /// The webhook signature token. Held in memory only: it never reaches the checkpoint.
    public var secretToken = ""
    public var secretRevealed = false

    /// On the welcome screen: 0 resumes where the checkpoint stopped, 1 starts over.
    public var resumeChoice = 0

    public var focus = 0
    /// Cursor position, in characters, inside the focused text field.
    public var cursor = 0
    public var errors: [FieldID: ValidationIssue] = [:]
    public var overlay: Overlay?
    public var notice: Notice?
    /// Set when the last save failed; cleared by the next successful one.
    public var unsavedBecause: SaveFailure?
    public var size: TerminalSize
    public var context: SessionContext
    public var hasQuit = false

    public subscript<Value>(dynamicMember field: WritableKeyPath<Checkpoint, Value>) -> Value {
        get { saved[keyPath: field] }
        set { saved[keyPath: field] = newValue }
    }

    public init(language: Language, size: TerminalSize, context: SessionContext) {
        saved = Checkpoint(language: language)
        self.size = size
        self.context = context
    }

    public func status(_ step: StepID) -> StepStatus { saved.statuses[step] ?? .pending }

    /// True when the wizard itself makes this step in the org (Automatic mode, and not left to the admin).
    public func isDoneByTheWizard(_ step: StepID) -> Bool {
        saved.mode.appliesItself && StepID.genesysSteps.contains(step) && !saved.manualSteps.contains(step)
    }

    /// The first step that is not finished, or nil when every step is.
    public var firstUnfinishedStep: StepID? { StepID.allCases.first { !status($0).isFinished } }

    /// Where "resume" leads: the first unfinished step, or the summary when all are finished. When the wizard
    /// does the Genesys steps itself, their screens only collect answers: once every one is answered, the
    /// plan is where the work resumes.
    public var resumeScreen: Screen {
        // An undo stopped halfway is finished before anything else.
        if saved.isUndoing { return .undo }
        if saved.mode.appliesItself {
            let unanswered = StepID.allCases.first { step in
                step != .salesforce && !status(step).isFinished
                    && (!isDoneByTheWizard(step) || saved.confirmed[step] == nil)
            }
            if let unanswered { return .step(unanswered) }
            if !genesysStepsFinished { return .plan }
        }
        return firstUnfinishedStep.map(Screen.step) ?? .summary
    }

    /// Whether every step done in Genesys Cloud is finished (the plan has nothing left to do).
    public var genesysStepsFinished: Bool { StepID.genesysSteps.allSatisfy { status($0).isFinished } }

    /// Forgets every answer and everything done (start over). The connection and the mode stay.
    public mutating func forgetProgress() {
        let kept = saved
        saved = Checkpoint(language: kept.language)
        (saved.mode, saved.connection) = (kept.mode, kept.connection)
        secretToken = ""
    }

    /// Whether there is anything to resume: a step touched or an answer given.
    public var hasProgress: Bool {
        saved.statuses.values.contains { $0 != .pending } || saved.answers != Answers()
    }

    public var fields: [FieldID] { screen.fields(self) }

    /// The text a text field holds: in the answers, except the connection (saved on its own) and the two
    /// secrets (never saved). "" for a field that holds no text. A switch rather than key paths: this runs
    /// for every key typed and every frame, and a key path chosen at run time cost more than the edit.
    public internal(set) subscript(text field: FieldID) -> String {
        get {
            switch field {
            case .location: saved.connection.location
            case .clientID: saved.connection.clientID
            case .clientSecret: clientSecret
            case .secretToken: secretToken
            case .queueName: saved.answers.queueName
            case .memberEmail: saved.answers.memberEmail
            case .flowName: saved.answers.flowName
            case .integrationName: saved.answers.integrationName
            case .webhookURL: saved.answers.webhookURL
            case .testMessageText: saved.answers.testMessageText
            // Every field that holds no text, listed so that a new text field cannot be forgotten here.
            case .language, .mode, .resume, .practiceRuns, .genesysAdmin, .salesforceAdmin, .packageInstalled,
                 .queueOrigin, .queueDone, .memberOrigin, .memberDone, .flowOrigin, .flowDone, .integrationDone,
                 .routeDone, .salesforceSetup, .salesforceInstalledPackages, .salesforceConfigure,
                 .salesforceRetrieveOptions:
                ""
            }
        }
        set {
            switch field {
            case .location: saved.connection.location = newValue
            case .clientID: saved.connection.clientID = newValue
            case .clientSecret: clientSecret = newValue
            case .secretToken: secretToken = newValue
            case .queueName: saved.answers.queueName = newValue
            case .memberEmail: saved.answers.memberEmail = newValue
            case .flowName: saved.answers.flowName = newValue
            case .integrationName: saved.answers.integrationName = newValue
            case .webhookURL: saved.answers.webhookURL = newValue
            case .testMessageText: saved.answers.testMessageText = newValue
            case .language, .mode, .resume, .practiceRuns, .genesysAdmin, .salesforceAdmin, .packageInstalled,
                 .queueOrigin, .queueDone, .memberOrigin, .memberDone, .flowOrigin, .flowDone, .integrationDone,
                 .routeDone, .salesforceSetup, .salesforceInstalledPackages, .salesforceConfigure,
                 .salesforceRetrieveOptions:
                break
            }
        }
    }

    public func isChecked(_ field: FieldID) -> Bool {
        field.checkboxPath.map { saved.answers[keyPath: $0] } ?? false
    }

    /// True while an unreadable checkpoint waits for the user's decision (nothing may be written then).
    public var isAwaitingCheckpointDecision: Bool {
        if case .damagedCheckpoint = overlay { return true }
        return false
    }

    public var focusedField: FieldID? {
        let fields = self.fields
        return fields.indices.contains(focus) ? fields[focus] : nil
    }
}

/// A panel drawn over the current screen that takes the keys until it closes.
public enum Overlay: Equatable, Sendable {
    case help
    case confirmQuit
    case confirmStartOver
    /// Esc during an undo: stop it here, keeping what is left?
    case confirmStopUndo
    /// The checkpoint could not be read. The file is left alone until the user chooses.
    case damagedCheckpoint(DamagedCheckpoint)
    /// The org's queues or flows, to pick one.
    case picker(Picker)
}

public struct DamagedCheckpoint: Equatable, Sendable {
    public var problem: CheckpointProblem
    /// The previous good copy, if one exists and reads correctly.
    public var backup: Checkpoint?

    public init(problem: CheckpointProblem, backup: Checkpoint?) {
        self.problem = problem
        self.backup = backup
    }
}

/// A one-line message under the fields, about what just happened.
public enum Notice: Equatable, Sendable {
    /// A finished step's answers changed, so these later steps need another look.
    case madeStale(StepID, [StepID])
    case copied(FieldID)
    case nothingToCopy
    case tokenGenerated
    /// The summary was written there; `replaced` when a summary was there before (the same profile's).
    case summaryWritten(String, replaced: Bool)
    case summaryFailed(String, SaveFailure)
    case backupRestored
    /// Started over; the previous progress was copied to this file (nil while the copy is being made).
    case startedOver(String?)
    case damagedSetAside(String)
    /// Starting over could not put the practice org back to its seed.
    case practiceOrgNotReset(PracticeResetFailure)
    /// A reused flow passed Verify's check, which cannot see which queue it transfers to.
    case flowQueueNotChecked(queue: String)
    /// A paste with a line break or a control character inside, refused in a one-line field.
    case pasteRefused
    /// A paste where no text field has the focus.
    case pasteNeedsATextField
    /// F2 on the OAuth client secret, which is never copied.
    case secretNotCopied
}

/// Why the practice org could not be put back to its seed.
public enum PracticeResetFailure: Error, Equatable, Sendable {
    /// Its file (no server running) could not be set aside.
    case file(SaveFailure)
    /// Its server did not answer in time.
    case noAnswer
    /// Its server answered with this HTTP status.
    case refused(status: Int)
}

/// Why a file could not be written, in terms the texts can explain.
public enum SaveFailure: Error, Equatable, Sendable {
    case diskFull
    case permissionDenied
    case readOnlyFileSystem
    /// The folder is gone or a part of the path is not a folder.
    case missingFolder
    /// Something other than a file (a FIFO, a device, a folder) is where a file should be.
    case notARegularFile
    case other(String)
}
