/// How the wizard reaches the org in Verify and Automatic modes. Kept in the checkpoint; the OAuth client
/// secret is not (it lives in `WizardState.clientSecret`, in memory only).
public struct ConnectionSettings: Codable, Equatable, Sendable {
    /// A region key ("eu-west-1"), a region domain ("mypurecloud.ie") or an API base URL.
    public var location = ""
    public var clientID = ""

    public init(location: String = "", clientID: String = "") {
        self.location = location
        self.clientID = clientID
    }
}

/// The org's objects that the wizard found or made, by id. The intent (`creating`) is saved before a create
/// is sent, and the id after it answers: a run that was killed in between looks the object up by name
/// before creating anything, so that a resume never makes a second one.
public struct OrgRecord: Codable, Equatable, Sendable {
    /// The org these ids belong to (a region or an address, or "practice"): ids of another org are dropped.
    /// Its name stays as the checkpoint has always written it, so that a resume keeps its ids.
    public var orgName: String?
    public var userID: String?
    public var queueID: String?
    public var flowID: String?
    public var integrationID: String?
    /// The message route's address: Genesys gives the integration's own id, but the API names it apart.
    public var recipientID: String?
    /// The Architect job publishing the flow, saved once its file is uploaded: a run stopped meanwhile waits
    /// for that job's flow rather than publish again, and knows the flow as its own.
    public var flowJobID: String?
    /// The step whose create was sent and not yet answered: what a look-up then finds of that name was made
    /// by this setup (the plan creates only what its survey did not find).
    public var creating: StepID?
    /// What this setup made through the API (a queue, a member added, a flow, an integration, a route bound):
    /// each step's object as `identity(of:)` named it when it was made. An undo removes a step's object only
    /// while the record still names that one; what was reused or done by hand is never here.
    @KeyedBySteps public var made: [StepID: String] = [:]
    /// What the route started before this setup bound it, read just before the bind: what an undo puts back.
    public var routeBefore: RouteBefore?

    public init() {}
}

/// The flow a message route started before the setup bound it: none (`flowID` nil), or that flow.
public struct RouteBefore: Codable, Equatable, Sendable {
    public var flowID: String?

    public init(flowID: String?) {
        self.flowID = flowID
    }
}

/// Where the wizard connects: an org (region or API base, client id, secret), or the practice org that the
/// wizard starts on this machine.
public enum ConnectionTarget: Equatable, Sendable {
    case org(location: String, clientID: String, secret: String)
    case practice
}

/// What the Genesys steps are about: the user's answers and the ids known so far.
public struct SetupTargets: Equatable, Sendable {
    public var queueName: String
    /// "Use an existing queue": the wizard must not create one.
    public var queueMustExist: Bool
    public var memberEmail: String
    public var flowName: String
    public var flowMustExist: Bool
    public var integrationName: String
    public var webhookURL: String
    /// The webhook signature token (a secret: only in memory).
    public var signatureToken: String
    public var known: OrgRecord

    public init(queueName: String, queueMustExist: Bool, memberEmail: String, flowName: String, flowMustExist: Bool,
                integrationName: String, webhookURL: String, signatureToken: String, known: OrgRecord) {
        self.queueName = queueName
        self.queueMustExist = queueMustExist
        self.memberEmail = memberEmail
        self.flowName = flowName
        self.flowMustExist = flowMustExist
        self.integrationName = integrationName
        self.webhookURL = webhookURL
        self.signatureToken = signatureToken
        self.known = known
    }
}

/// Work in Genesys Cloud that the service layer carries out; its results come back as events.
public enum GenesysWork: Equatable, Sendable {
    /// Log in; answered by `.genesysConnected` or `.genesysFailed`.
    case connect(ConnectionTarget)
    /// Look up what already exists (reads in parallel); answered by `.surveyed`.
    case survey(SetupTargets)
    /// Carry out one step; answered by `.applied`. `lookUpFirst` when an earlier attempt may have created
    /// the object already (a retry, or a resume after the wizard was stopped mid-create).
    case apply(StepID, SetupTargets, lookUpFirst: Bool)
    /// Look up the facts one step's check needs (what the admin did by hand); answered by `.checked`.
    case check(StepID, SetupTargets)
    /// One page of the org's queues or inbound message flows whose name contains `query`, searched by the
    /// server; answered by `.searched` or `.searchFailed`.
    case search(PickerKind, query: String, page: Int)
    /// Send the test message (ending first a test conversation a stopped run left); answered by
    /// `.testMessageSent` with its conversation's id.
    case sendTestMessage(TestMessageRequest)
    /// Follow its conversation to a queue, then end it; answered by `.testMessageFollowed`.
    case followTestMessage(TestMessageRequest, conversationID: String)
    /// Take one object of the setup out of the org; answered by `.removed`.
    case remove(Removal)
    /// End a test conversation that a stopped run left open; answered by `.testConversationEnded`.
    case endTestConversation(String)

    /// Whether the work may go out only once the checkpoint before it is on disk: a create, whose intent a
    /// stopped run needs to look for what it made; a removal, recorded as under way; a test message, which
    /// needs a checkpoint that can record its conversation for a stopped run to end it.
    public var needsSavedProgress: Bool {
        switch self {
        case .apply, .remove, .sendTestMessage: true
        // Following ends the test conversation: it goes out even when the save before it failed.
        case .connect, .survey, .check, .search, .followTestMessage, .endTestConversation: false
        }
    }
}

/// What a picker lists.
public enum PickerKind: Equatable, Sendable {
    case queue
    case flow

    /// The answer a picked name fills, and the choice that picking sets to "use an existing one".
    public var nameField: FieldID { self == .queue ? .queueName : .flowName }
    public var originField: FieldID { self == .queue ? .queueOrigin : .flowOrigin }
    public var originPath: WritableKeyPath<Answers, Origin> { self == .queue ? \.queueOrigin : \.flowOrigin }
}

/// A list of what exists in the org, searched by the server as the user types: one page in memory, however
/// large the org.
public struct Picker: Equatable, Sendable {
    public static let pageSize = 10

    public var kind: PickerKind
    public var query: String
    public var page = 1
    public var names: [String] = []
    /// How many match in the whole org, when the server says.
    public var total: Int?
    public var selection = 0
    public var loading = true
    public var failure: GenesysFailure?

    public init(kind: PickerKind, query: String) {
        self.kind = kind
        self.query = query
    }

    public var pageCount: Int { max(1, ((total ?? names.count) + Picker.pageSize - 1) / Picker.pageSize) }
}

/// One page of a picker's search, as the server answered it.
public struct PickerPage: Equatable, Sendable {
    public var names: [String]
    public var total: Int?

    public init(names: [String], total: Int?) {
        self.names = names
        self.total = total
    }
}

/// How far Genesys has got with creating an integration (its `createStatus`).
public enum IntegrationCreation: Equatable, Sendable {
    /// Still being created: its route does not exist yet.
    case inProgress
    case completed
    /// Genesys ended the creation in Error: the integration cannot be used.
    case failed
}

/// What exists in the org for the setup: facts only, collected by the service layer. What they mean for a
/// step is for `Findings` and `Plan` to say. A Verify check collects only the facts of its step; the others
/// keep their defaults, which no finding of that step reads.
public struct Survey: Equatable, Sendable {
    public var userID: String?
    public var queueID: String?
    /// The queue's name as the org spells it (the look-up ignores case).
    public var queueName: String?
    public var isMember = false
    /// The inbound message flow of the answers' name, if there is one.
    public var flow: Flow?
    /// The Open Messaging integration of the answers' name, if there is one.
    public var integration: Integration?
    /// What Salesforce's Retrieve Options would list (surveyed for the Salesforce step only).
    public var retrieveOptionsListsQueue = false
    public var retrieveOptionsListsIntegration = false

    public init() {}

    public struct Flow: Equatable, Sendable {
        public var id: String
        public var published: Bool
        /// As the org spells it.
        public var name: String?

        public init(id: String, published: Bool, name: String? = nil) {
            self.id = id
            self.published = published
            self.name = name
        }
    }

    public struct Integration: Equatable, Sendable {
        public var id: String
        /// As the org spells it.
        public var name: String?
        /// The address of its message route, which the API names apart from the integration.
        public var recipientID: String
        public var creation: IntegrationCreation
        /// The flow its message route starts now: its id, and its name when Genesys gives one. A route exists
        /// only once the integration is created.
        public var routedFlow: (id: String, name: String?)?

        public init(id: String, name: String? = nil, recipientID: String? = nil, creation: IntegrationCreation = .completed,
                    routedFlow: (id: String, name: String?)? = nil) {
            self.id = id
            self.name = name
            self.recipientID = recipientID ?? id
            self.creation = creation
            self.routedFlow = creation == .completed ? routedFlow : nil
        }

        public static func == (lhs: Integration, rhs: Integration) -> Bool {
            lhs.id == rhs.id && lhs.name == rhs.name && lhs.recipientID == rhs.recipientID && lhs.creation == rhs.creation
                && lhs.routedFlow?.id == rhs.routedFlow?.id && lhs.routedFlow?.name == rhs.routedFlow?.name
        }
    }

    /// The ids of what was found, as the setup records them: a flow only once it is published.
    public var ids: OrgRecord {
        var ids = OrgRecord()
        (ids.userID, ids.queueID) = (userID, queueID)
        (ids.integrationID, ids.recipientID) = (integration?.id, integration?.recipientID)
        ids.flowID = flow?.published == true ? flow?.id : nil
        return ids
    }
}

/// What the plan will do for one step.
public enum PlanAction: Equatable, Sendable {
    case create
    /// Use the object of this name that already exists (no duplicate, ever).
    case reuse
    /// Add the user to the queue.
    case add
    /// Bind the route to the flow; `replacing` names the other flow the route starts now, if it starts one.
    case bind(replacing: String?)
    /// Wait until Genesys has finished creating the integration of that name, then use it.
    case awaitCreation
    /// Nothing to do: already as it should be.
    case alreadyDone
    /// Cannot go on: the reason says what is missing.
    case blocked(Finding)
}

/// What a step carried out in the org.
public struct StepResult: Equatable, Sendable {
    public var ids: OrgRecord
    /// True when nothing had to be created or changed.
    public var reused: Bool
    /// False after the first of a step's two calls (an integration, found or made; a flow's publishing job,
    /// started): its id is recorded, then the step is sent again to wait until Genesys has completed it.
    public var finished: Bool

    public init(ids: OrgRecord, reused: Bool, finished: Bool = true) {
        self.ids = ids
        self.reused = reused
        self.finished = finished
    }
}

/// Something missing or wrong in the org, found by a survey or a check.
public enum Finding: Equatable, Sendable {
    case queueMissing(String)
    case userMissing(String)
    case notAMember(email: String, queue: String)
    case flowMissing(String)
    case flowNotPublished(String)
    /// "Create a new one", but a flow of that name exists that the wizard did not make: publishing would
    /// overwrite it.
    case flowNameTaken(String)
    case integrationMissing(String)
    case integrationNotReady(String)
    /// Its creation ended in Error in Genesys: it must be deleted or another name chosen.
    case integrationBroken(String)
    case routeMissing(integration: String)
    /// The route starts another flow (`current`) than the one of step 4.
    case routeToOtherFlow(integration: String, flow: String, current: String)
    case retrieveOptionsMissesQueue(String)
    case retrieveOptionsMissesIntegration(String)

    /// The step whose answers or work this is about: where Esc leads to mend it.
    public var step: StepID {
        switch self {
        case .queueMissing: return .queue
        case .userMissing, .notAMember: return .member
        case .flowMissing, .flowNotPublished, .flowNameTaken: return .flow
        case .integrationMissing, .integrationNotReady, .integrationBroken: return .integration
        case .routeMissing, .routeToOtherFlow: return .route
        case .retrieveOptionsMissesQueue, .retrieveOptionsMissesIntegration: return .salesforce
        }
    }
}

/// Why work in Genesys Cloud failed, in terms the texts can explain.
public enum GenesysFailure: Error, Equatable, Sendable {
    case badCredentials
    /// Work was asked of the org before a login: the wizard must connect again.
    case notConnected
    /// The region or API base answers, but not as Genesys's login service (a 404 from /oauth/token).
    case notALoginService(status: Int)
    /// A token refused right after a new login: the OAuth client was revoked or changed meanwhile.
    case tokenRefused
    case missingPermission(String)
    case notFound(operation: String, detail: String)
    case duplicate(operation: String)
    case rejected(status: Int, message: String)
    case rateLimited(retryAfterSeconds: Int)
    case serverError(status: Int)
    case timeout
    case unreachable(String)
    case tls(String)
    case noHTTPLibrary(String)
    case unexpectedResponse(String)
    case flowPublishFailed(String)
    case integrationFailed(String)
    case practiceOrgFailed(String)
    /// The practice org's program is not beside omwizard (only omwizard was built); the path it was looked for at.
    case practiceProgramMissing(String)
    case blocked(Finding)
    /// The location is neither a region nor an API base.
    case unknownLocation(String)
    case plainHTTPToAnotherHost
    /// The request could not be sent at all (not a network outage): the detail says why.
    case requestFailed(String)
    /// The intent of a create could not be saved, so the create was not sent.
    case progressNotSaved(SaveFailure)
    /// The route was accepted, but reading it back does not show the flow (yet).
    case routeNotTaken(integration: String)
    /// The wizard connected to another org than the one where this setup made objects (or has an undo or a
    /// test conversation under way): its record stays, and nothing is done in the other org.
    case setupInAnotherOrg(recorded: String, connected: String)
}

/// What the wizard is waiting for from Genesys Cloud.
public enum GenesysBusy: Equatable, Sendable {
    case connecting
    case surveying
    case applying(StepID)
    case checking(StepID)
    case sendingTestMessage
    case followingTestMessage(deadlineSeconds: Int)
    case removing(Removal)
}

/// Where the wizard's dealings with Genesys Cloud stand: one phase at a time, so that a failure, a wait and
/// a check's findings can never be held together.
public enum GenesysPhase: Equatable, Sendable {
    case idle
    case working(GenesysBusy)
    /// A step's object exists and Genesys is finishing it (an integration being created, a flow's publishing
    /// job): the wait alone cannot tell whether the setup made it, so the call that found or made it says.
    case awaiting(StepID, reused: Bool)
    /// What a Verify check found missing for the step on screen.
    case found([Finding])
    /// What the test message just sent found (its record is saved too).
    case tested(TestMessageOutcome)
    /// F6 in Practice + Verify: the step's facts are being read, to make only what the plan would make.
    case lookingBeforeMaking(StepID)
    /// `step`: the step whose work failed, which R retries (nil when a connection or a look-up failed).
    /// `reusedBeforeTheWait`: what `awaiting` knew when the wait failed, for the retry's wait.
    case failed(GenesysFailure, step: StepID?, reusedBeforeTheWait: Bool? = nil)
}

/// The wizard's dealings with Genesys Cloud in this run; nothing here is saved.
public struct GenesysActivity: Equatable, Sendable {
    /// Where the wizard is logged in, as the connection and plan screens name it ("eu-west-1",
    /// "127.0.0.1:41234"); nil until it is.
    public var connectedTo: String?
    /// Whether the org logged in to says it is a practice org (its answers' `Server` header): a trainer's
    /// room reached by address in Verify or Automatic mode, as much as the org Practice mode starts.
    public var connectedToPracticeOrg = false
    public var phase = GenesysPhase.idle
    /// What the plan's look-up found (nil until it answers, and while it runs again).
    public var survey: Survey?
    /// The screen to show once connected (a resume goes back where it stopped).
    public var afterConnecting: Screen?
    /// Animation frame of the progress indicator, advanced by `.tick`.
    public var spinnerFrame = 0

    public init() {}

    public var connected: Bool { connectedTo != nil }

    /// What the wizard waits for, if anything. Waiting for Genesys to finish a step is applying it.
    public var busy: GenesysBusy? {
        switch phase {
        case .working(let busy): busy
        case .awaiting(let step, _): .applying(step)
        case .lookingBeforeMaking(let step): .checking(step)
        case .idle, .found, .failed, .tested: nil
        }
    }

    public var failure: GenesysFailure? {
        if case .failed(let failure, _, _) = phase { return failure }
        return nil
    }

    /// The step whose work failed: R retries it.
    public var failedStep: StepID? {
        if case .failed(_, let step, _) = phase { return step }
        return nil
    }

    public var findings: [Finding] {
        if case .found(let findings) = phase { return findings }
        return []
    }
}

/// What G does on the plan after a failure, if anything.
public enum ByHandChoice: Equatable, Sendable {
    /// The failed step is left to the admin, on its guided screen.
    case leaveToTheAdmin(StepID)
    /// The step left to the admin, which the plan now waits for, goes back to the wizard.
    case giveBackToTheWizard(StepID)
}

/// What the practice org is unless told otherwise (documented in the README): shared by the practice org
/// and by the wizard's Practice mode, which starts it.
public enum PracticeDefaults {
    /// The one OAuth client it accepts.
    public static let clientID = "omwizard-practice"
    public static let clientSecret = "practice-secret-do-not-use-in-production"
    /// A user of its seed, offered as the member in Practice mode so that a demo needs no guessing.
    public static let memberEmail = "ana.garcia@example.com"
    /// The `Server` header of its answers: how the wizard knows an org reached by address (a trainer's
    /// room) is a practice org, whose steps F6 may make, as there are no admin pages to make them in.
    public static let serverName = "omwizard-practice"
}
