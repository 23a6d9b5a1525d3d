/// The words of scripted runs (`omwizard export answers`, `omwizard apply`), in one language (a part of
/// `Texts`).
public struct ScriptedTexts: Sendable {
    /// The answers file's first comment lines, written from a profile.
    public var fileHeader: @Sendable (_ profile: String) -> [String]
    /// The comment above a key of the answers file.
    public var keyComment: @Sendable (AnswersFileKey) -> [String]
    /// What is wrong, after "file:line: key: " (the wizard's field texts say `.invalid`).
    public var problem: @Sendable (AnswersFileProblem) -> String
    /// An org's heading: its profile and where it is.
    public var orgHeading: @Sendable (_ profile: String, _ location: String) -> String
    /// Before the plan: the org is being read.
    public var lookingUp: String
    /// The plan is empty: every Genesys step is already done.
    public var nothingToDo: String
    /// `--profile` given twice, or two profiles whose variables' suffix is the same (acme-eu, acme.eu).
    public var profileRepeated: @Sendable (_ profile: String) -> String
    public var profilesShareVariables: @Sendable (_ first: String, _ second: String, _ suffix: String) -> String
    public var parallelRange: String
    /// The question before anything changes, for this many orgs.
    public var confirm: @Sendable (_ orgs: Int) -> String
    /// Without a terminal, and without --yes.
    public var needsYes: String
    public var cancelled: String
    public var planOnly: String
    /// The profile's credentials are neither in the environment nor given by the command.
    public var noCredentials: @Sendable (_ profile: String, _ variables: [String]) -> String
    /// The credentials command failed, or printed no id or secret.
    public var credentialsCommandFailed: @Sendable (_ command: String, _ reason: String) -> String
    public var credentialsCommandIncomplete: @Sendable (_ command: String, _ missing: [String]) -> String
    /// The org's region or address is known neither from the environment nor from the saved setup.
    public var noLocation: @Sendable (_ profile: String, _ variable: String) -> String
    /// The profile's setup is half undone: apply would fight the undo.
    public var undoUnderWay: @Sendable (_ command: String) -> String
    /// The checks at the end, like Verify's.
    public var checking: String
    public var checked: String
    /// What is left to the admin, and how to come back to it in the wizard.
    public var leftToYou: @Sendable (_ resumeCommand: String) -> String
    /// The final table's head: the org, then one column per step (named as the steps are), the test
    /// message, Salesforce and the time.
    public var tableOrg: String
    public var tableTest: String
    public var tableTime: String
    /// One cell of the final table.
    public var outcome: @Sendable (ScriptedOutcome) -> String
    /// The line under the table: how many orgs ended how.
    public var totals: @Sendable (_ done: Int, _ leftToYou: Int, _ failed: Int) -> String
}

/// What became of a step, or of the test message, in one org: a cell of the final table.
public enum ScriptedOutcome: String, Equatable, Sendable, Codable {
    /// Made here by this setup (created, added, published, bound), in this run or an earlier one.
    case made
    /// Found in the org as the answers want it, and used.
    case reused
    /// `--plan-only`: what the plan would do.
    case willMake
    case willReuse
    /// Done by the admin, by hand (Guided mode, or a step given back to them).
    case byHand
    case failed
    /// Cannot be done as answered (say, no user has the email): nothing started.
    case blocked
    /// Done, but the check at the end found it otherwise.
    case checkFailed
    /// Not reached: an earlier step failed, or it was not asked for.
    case notReached
    /// The test message reached the setup's queue and member; or did not.
    case reached
    case notDelivered
    /// Salesforce's Retrieve Options: only the admin can do it.
    case leftToYou
    case done
}
