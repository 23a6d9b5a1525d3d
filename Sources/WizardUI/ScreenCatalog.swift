import WizardCore

/// One screen worth showing reviewers: a state reached by real events, and the file it is written to.
public struct ScreenSample: Sendable {
    public var fileName: String
    public var state: WizardState
}

/// Every screen of the wizard, reached through `reduce` exactly as a user would reach it. Screens/ is
/// these states rendered at 80x24; the snapshot test renders them again and compares.
public enum ScreenCatalog {
    public static let size = TerminalSize.minimum
    /// The too-small screen is shown at a size the wizard refuses.
    public static let smallSize = TerminalSize(columns: 60, rows: 18)
    public static let sampleToken = "Zq7mK2pX9vR4tW8nB3cD6fH5jL2sQ9yA"

    public static func samples(_ language: Language) -> [ScreenSample] {
        let queueName = "Atención al Cliente"
        let start = Driver.start(language)
        let prerequisites = start.keys(.enter)
        let queue = prerequisites.keys(.character(" "), .down, .character(" "), .down, .character(" "), .enter)
        let existingQueue = queue.keys(.character(" "), .down).typing(queueName)
        let member = existingQueue.keys(.down, .character(" "), .enter).typing("ana.garcia@example.com")
        let flow = member.keys(.down, .down, .character(" "), .enter)
        let existingFlow = flow.keys(.character(" "), .down).typing("Flujo de Mensajes Principal")
        let integration = flow.keys(.down, .down, .character(" "), .enter)
        let integrationError = integration.keys(.down, .control("u")).typing("http://whatever.com")
            .keys(.down, .control("u")).typing("123").keys(.enter)
        let route = integration.keys(.down, .down, .down, .character(" "), .enter)
        let salesforce = route.keys(.down, .down, .character(" "), .enter)
        let summary = salesforce.keys(.character(" "), .down, .character(" "), .down, .character(" "), .down,
                                      .character(" "), .enter)
        // Back from the summary to the queue, a different queue name: later steps become stale.
        let stale = summary.keys(.escape, .escape, .escape, .escape, .escape, .escape, .down, .control("u"))
            .typing("Ventas").keys(.down, .character(" "), .enter)
        let resumed = Driver(state: {
            var state = start.state
            state.restore(flow.state.saved, keepLanguage: true)
            return state
        }())
        let damaged = Driver(state: {
            var state = start.state
            state.overlay = .damagedCheckpoint(DamagedCheckpoint(
                problem: .corrupt(path: start.state.context.checkpointPath, field: nil),
                backup: flow.state.saved))
            return state
        }())
        var tooSmall = queue.state
        tooSmall.size = smallSize

        // Automatic mode: the connection, the answers, then the plan from a survey of the org.
        let connect = start.keys(.down, .right, .right, .enter).typing("eu-west-1").keys(.down).typing("3f1c9a52-admin-client")
            .keys(.down).typing("not-a-real-secret")
        let answered = connect.keys(.enter).send(.genesysConnected("eu-west-1"))
            .keys(.character(" "), .down, .character(" "), .down, .character(" "), .enter)
            .keys(.down, .control("u")).typing(queueName).keys(.enter)
            .typing("ana.garcia@example.com").keys(.enter, .enter, .enter, .enter)
        var survey = Survey()
        survey.userID = "u-1"
        survey.flow = Survey.Flow(id: "f-1", published: false)
        let plan = answered.send(.surveyed(survey))
        // The integration of that name exists, and its route starts another flow: binding replaces it.
        var routed = survey
        routed.flow = nil
        routed.integration = Survey.Integration(id: "i-1", routedFlow: ("f-2", "Mensajes Entrantes Principal"))
        let planRebind = answered.send(.surveyed(routed))
        let planFailed = plan.keys(.enter).send(.genesysFailed(.missingPermission("routing:queue:add")))
        // Verify: the queue is there; the user is, but not in the queue.
        var queueThere = Survey()
        queueThere.queueID = "q-1"
        var notInTheQueue = queueThere
        notInTheQueue.userID = "u-1"
        let verifyMember = start.keys(.down, .right, .enter).typing("mypurecloud.ie").keys(.down).typing("3f1c9a52-admin-client")
            .keys(.down).typing("not-a-real-secret").keys(.enter).send(.genesysConnected("eu-west-1"))
            .keys(.character(" "), .down, .character(" "), .down, .character(" "), .enter)
            .keys(.character(" "), .down).typing(queueName).keys(.down, .character(" "), .enter)
            .send(.checked(.queue, queueThere))
            .typing("ana.garcia@example.com").keys(.down, .down, .character(" "), .enter)
        let automaticQueue = connect.keys(.enter).send(.genesysConnected("eu-west-1"))
            .keys(.character(" "), .down, .character(" "), .down, .character(" "), .enter)
        let picker = automaticQueue.keys(.function(5)).typing("Queue 12")
            .send(.searched(.queue, query: "Queue 12", page: 1,
                            PickerPage(names: (0...9).map { "Practice Queue 1200\($0)" }, total: 1111)))
            .keys(.down, .down)
        // A queue name typed past what Genesys takes; a login address that is not Genesys's; a pipe where the
        // checkpoint should be.
        let queueTooLong = queue.keys(.down, .control("u")).typing(String(repeating: "Atención ", count: 23))
        let wrongAddress = connect.keys(.enter).send(.genesysFailed(.notALoginService(status: 404)))
        let notAFile = Driver(state: {
            var state = start.state
            state.overlay = .damagedCheckpoint(DamagedCheckpoint(
                problem: .notAFile(path: start.state.context.checkpointPath), backup: nil))
            return state
        }())
        // Practice + Verify: the practice org has no pages to click in; F6 makes the step there.
        let practiceVerifyQueue = start.keys(.down, .left, .enter, .right, .enter).send(.genesysConnected("127.0.0.1:41234"))
            .keys(.character(" "), .down, .character(" "), .enter)
        // Verify on a trainer's room reached by address: the org says it is a practice org, so F6 is offered too.
        let roomVerifyQueue = start.keys(.down, .right, .enter).typing("http://192.168.1.20:8787").keys(.down).typing("trainee-07")
            .keys(.down).typing("not-a-real-secret").keys(.enter).send(.genesysConnected("http://192.168.1.20:8787", practiceOrg: true))
            .keys(.character(" "), .down, .character(" "), .down, .character(" "), .enter)
        let finding = verifyMember.send(.checked(.member, notInTheQueue))

        // Automatic mode carries out its plan; the test message follows the route; the summary offers the undo.
        var made = OrgRecord()
        (made.userID, made.queueID, made.flowID, made.integrationID, made.recipientID) = ("u-1", "q-1", "f-1", "i-1", "i-1")
        let testMessage = plan.keys(.enter).send(.applied(.queue, StepResult(ids: made, reused: false)))
            .send(.applied(.member, StepResult(ids: made, reused: false))).send(.applied(.flow, StepResult(ids: made, reused: false)))
            .send(.applied(.integration, StepResult(ids: made, reused: false)))
            .send(.applied(.route, StepResult(ids: made, reused: false))).keys(.enter)
        let request = testMessage.state.saved.testMessageRequest(
            text: testMessage.state.answers.testMessageText, nickname: Texts.for(language).testMessage.nickname)
        let following = testMessage.keys(.enter)
            .send(.testMessageSent(request ?? TestMessageRequest(integrationID: "", queueID: "", queueName: "", memberUserID: nil,
                                                                 memberEmail: "", text: "", nickname: ""),
                                   conversationID: "7c0d7e5e-31b4-4c6e-9a57-2f3b1c1f0a11"))
        let reached = following.send(.testMessageFollowed(conversationID: "7c0d7e5e-31b4-4c6e-9a57-2f3b1c1f0a11",
                                                          .reachedQueue(queue: queueName)))
        let otherQueue = following.send(.testMessageFollowed(conversationID: "7c0d7e5e-31b4-4c6e-9a57-2f3b1c1f0a11",
                                                             .otherQueue("Soporte General")))
        let testedSummary = reached.keys(.enter, .character(" "), .down, .character(" "), .down, .character(" "), .down,
                                         .character(" "), .enter)
            .send(.checked(.salesforce, {
                var seen = Survey()
                (seen.retrieveOptionsListsQueue, seen.retrieveOptionsListsIntegration) = (true, true)
                return seen
            }()))
        let undo = testedSummary.typing(KeyCommand.undo.name(language).lowercased())
        let undone = UndoPlan.of(undo.state.saved).removals.reduce(undo.keys(.enter)) { $0.send(.removed($1, .removed)) }

        return [
            ("01-welcome", start), ("02-welcome-resume", resumed), ("03-prerequisites", prerequisites),
            ("04-prerequisites-error", prerequisites.keys(.enter)), ("05-queue", queue),
            ("06-queue-existing", existingQueue), ("07-member", member), ("08-flow", flow),
            ("09-flow-existing", existingFlow), ("10-integration", integration),
            ("11-integration-error", integrationError), ("12-route", route), ("13-salesforce", salesforce),
            ("14-summary", summary), ("15-stale", stale), ("16-help", queue.keys(.function(1))),
            ("17-quit", queue.keys(.control("c"))), ("18-start-over", resumed.keys(.down, .down, .right, .enter)),
            ("19-damaged-checkpoint", damaged),
        ].map { ScreenSample(fileName: $0.0 + ".txt", state: $0.1.state) }
            + [ScreenSample(fileName: "20-too-small.txt", state: tooSmall)]
            + [
                ("21-connect", connect), ("22-connect-practice", start.keys(.down, .left, .enter)),
                ("23-plan", plan), ("24-plan-failed", planFailed), ("25-verify-finding", finding),
                ("26-queue-picker", picker), ("27-automatic-queue", automaticQueue),
                ("28-plan-rebind", planRebind), ("29-automatic-help", automaticQueue.keys(.function(1))),
                ("30-queue-too-long", queueTooLong), ("31-connect-not-genesys", wrongAddress),
                ("32-checkpoint-not-a-file", notAFile), ("33-practice-verify-queue", practiceVerifyQueue),
                ("34-test-message", testMessage), ("35-test-message-following", following),
                ("36-test-message-reached", reached), ("37-test-message-other-queue", otherQueue),
                ("38-summary-tested", testedSummary), ("39-undo-plan", undo), ("40-undo-done", undone),
                ("41-welcome-undone", undone.keys(.enter)), ("42-undo-guided", summary.typing(KeyCommand.undo.name(language).lowercased())),
                ("43-room-verify-queue", roomVerifyQueue),
            ].map { ScreenSample(fileName: $0.0 + ".txt", state: $0.1.state) }
    }

    public static let sampleContext = SessionContext(
        profile: "default",
        checkpointPath: "/home/admin/.local/state/omwizard/default.json",
        summaryPath: "/home/admin/omwizard-summary-default.md"
    )
}

/// Feeds events to `reduce` the way the service layer does, answering the token effect with a fixed token
/// so that every render is the same on every run. Other effects need no answer to draw a screen.
public struct Driver: Sendable {
    public var state: WizardState

    public init(state: WizardState) {
        self.state = state
    }

    public static func start(_ language: Language, size: TerminalSize = ScreenCatalog.size) -> Driver {
        Driver(state: WizardState(language: language, size: size, context: ScreenCatalog.sampleContext))
    }

    public func send(_ event: Event) -> Driver {
        var (state, effects) = reduce(self.state, event)
        for effect in effects where effect == .generateSecretToken {
            state = reduce(state, .secretTokenGenerated(ScreenCatalog.sampleToken)).0
        }
        return Driver(state: state)
    }

    public func keys(_ keys: Key...) -> Driver {
        keys.reduce(self) { $0.send(.key($1)) }
    }

    public func typing(_ text: String) -> Driver {
        text.reduce(self) { $0.send(.key(.character($1))) }
    }
}
