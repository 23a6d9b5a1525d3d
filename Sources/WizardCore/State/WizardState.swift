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
public struct WizardState: Equatable, Sendable {
    public var language: Language
    public var mode: Mode = .guided
    /// In Practice mode: how the steps are carried out against the practice org, Automatic or Verify.
    public var practiceRuns: Mode = .automatic
    public var screen: Screen = .welcome
    public var answers = Answers()
    public var statuses = WizardState.allPending
    /// Each finished step's answers as they were when it was finished; see `StepID.fingerprint`.
    public var confirmed: [StepID: String] = [:]

    /// How to reach the org (Verify, Automatic); saved, without the secret.
    public var connection = ConnectionSettings()
    /// The OAuth client secret. Held in memory only, never drawn in clear.
    public var clientSecret = ""
    /// The org's objects found or made, and the create in flight; saved.
    public var org = OrgRecord()
    /// Steps that Automatic mode leaves to the admin (G after a failure): their screens are the guided ones.
    public var manualSteps: Set<StepID> = []
    public var genesys = GenesysActivity()

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

    /// Every step pending. Filled by a loop: building it from an array of pairs set up that array's type
    /// first, a noticeable part of the wizard's start.
    static var allPending: [StepID: StepStatus] {
        var statuses = [StepID: StepStatus](minimumCapacity: StepID.allCases.count)
        for step in StepID.allCases { statuses[step] = .pending }
        return statuses
    }

    public init(language: Language, size: TerminalSize, context: SessionContext) {
        self.language = language
        self.size = size
        self.context = context
    }

    public func status(_ step: StepID) -> StepStatus { statuses[step] ?? .pending }

    /// How the steps are carried out: the mode, or in Practice mode the one it runs against the practice org.
    public var stepsMode: Mode { mode == .practice ? practiceRuns : mode }

    /// True when the wizard itself makes this step in the org (Automatic mode, and not left to the admin).
    public func isDoneByTheWizard(_ step: StepID) -> Bool {
        stepsMode.appliesItself && StepID.genesysSteps.contains(step) && !manualSteps.contains(step)
    }

    /// The first step that is not finished, or nil when every step is.
    public var firstUnfinishedStep: StepID? { StepID.allCases.first { !status($0).isFinished } }

    /// Where "resume" leads: the first unfinished step, or the summary when all are finished. When the wizard
    /// does the Genesys steps itself, their screens only collect answers: once every one is answered, the
    /// plan is where the work resumes.
    public var resumeScreen: Screen {
        if stepsMode.appliesItself {
            let unanswered = StepID.allCases.first { step in
                step != .salesforce && !status(step).isFinished
                    && (!isDoneByTheWizard(step) || confirmed[step] == nil)
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
        answers = Answers()
        statuses = WizardState.allPending
        confirmed = [:]
        secretToken = ""
        org = OrgRecord()
        manualSteps = []
    }

    /// Whether there is anything to resume: a step touched or an answer given.
    public var hasProgress: Bool {
        statuses.values.contains { $0 != .pending } || answers != Answers()
    }

    public var fields: [FieldID] { screen.fields(self) }

    /// The text a text field holds: in the answers, except the connection (saved on its own) and the two
    /// secrets (never saved). "" for a field that holds no text. A switch rather than key paths: this runs
    /// for every key typed and every frame, and a key path chosen at run time cost more than the edit.
    public internal(set) subscript(text field: FieldID) -> String {
        get {
            switch field {
            case .location: connection.location
            case .clientID: connection.clientID
            case .clientSecret: clientSecret
            case .secretToken: secretToken
            case .queueName: answers.queueName
            case .memberEmail: answers.memberEmail
            case .flowName: answers.flowName
            case .integrationName: answers.integrationName
            case .webhookURL: answers.webhookURL
            case .routeFlow: answers.routeFlow
            case .routeAddress: answers.routeAddress
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
            case .location: connection.location = newValue
            case .clientID: connection.clientID = newValue
            case .clientSecret: clientSecret = newValue
            case .secretToken: secretToken = newValue
            case .queueName: answers.queueName = newValue
            case .memberEmail: answers.memberEmail = newValue
            case .flowName: answers.flowName = newValue
            case .integrationName: answers.integrationName = newValue
            case .webhookURL: answers.webhookURL = newValue
            case .routeFlow: answers.routeFlow = newValue
            case .routeAddress: answers.routeAddress = newValue
            case .language, .mode, .resume, .practiceRuns, .genesysAdmin, .salesforceAdmin, .packageInstalled,
                 .queueOrigin, .queueDone, .memberOrigin, .memberDone, .flowOrigin, .flowDone, .integrationDone,
                 .routeDone, .salesforceSetup, .salesforceInstalledPackages, .salesforceConfigure,
                 .salesforceRetrieveOptions:
                break
            }
        }
    }

    public func isChecked(_ field: FieldID) -> Bool {
        field.checkboxPath.map { answers[keyPath: $0] } ?? false
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
    case summaryWritten(String)
    case summaryFailed(String, SaveFailure)
    case backupRestored
    /// Started over; the previous progress was copied to this file (nil while the copy is being made).
    case startedOver(String?)
    case damagedSetAside(String)
    /// F2 on the OAuth client secret, which is never copied.
    case secretNotCopied
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
