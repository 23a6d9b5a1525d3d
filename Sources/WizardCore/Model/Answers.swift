/// Whether a step uses something that already exists in the org or has the user make it.
public enum Origin: String, Codable, Sendable {
    case existing
    case new
}

/// Everything the user has told the wizard that the checkpoint keeps. The webhook signature token is not
/// here but in `WizardState.secretToken`: it is a signing secret, so it never reaches the disk.
public struct Answers: Equatable, Codable, Sendable {
    public var genesysAdmin = false
    public var salesforceAdmin = false
    public var packageInstalled = false

    public var queueOrigin = Origin.new
    public var queueName = ""
    public var queueDone = false

    public var memberEmail = ""
    /// `.existing` when the user was already a member of the queue.
    public var memberOrigin = Origin.new
    public var memberDone = false

    public var flowOrigin = Origin.new
    public var flowName = ""
    public var flowDone = false

    public var integrationName = ""
    public var webhookURL = ""
    public var integrationDone = false

    public var routeFlow = ""
    public var routeAddress = ""
    public var routeDone = false

    public var salesforceSetup = false
    public var salesforceInstalledPackages = false
    public var salesforceConfigure = false
    public var salesforceRetrieveOptions = false

    /// What the test message says (suggested in the user's language, editable).
    public var testMessageText = ""

    public init() {}
}
