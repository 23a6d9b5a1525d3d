import GenesysClient
import GenesysSetup
import Testing
import WizardCore

/// The wizard's Genesys work against the practice org over real HTTP: what the plan and the checks see, and
/// that no step ever makes a second object.
@Suite struct SetupServiceTests {
    private func targets(_ known: OrgRecord = OrgRecord(), email: String = "ana.garcia@example.com") -> SetupTargets {
        SetupTargets(queueName: "Atención al Cliente SF", queueMustExist: false, memberEmail: email,
                     flowName: "Flujo SF", flowMustExist: false, integrationName: "Mensajería SF",
                     webhookURL: "https://example.com/unused", signatureToken: "a-token-longer-than-15", known: known)
    }

    private func connectedService(_ practice: PracticeConnection) async throws -> SetupService {
        var settings = GenesysClient.Settings()
        settings.pollSeconds = 0.1
        let service = SetupService(settings: settings, startPractice: { () throws(GenesysFailure) -> String in
            throw .practiceOrgFailed("not used")
        })
        let event = await service.perform(.connect(.org(location: "http://127.0.0.1:\(practice.port)",
                                                        clientID: PracticeDefaults.clientID,
                                                        secret: PracticeDefaults.clientSecret)))
        // Reached by address as a real org would be, it says it is a practice org (its Server header).
        #expect(event == .genesysConnected("http://127.0.0.1:\(practice.port)", practiceOrg: true))
        return service
    }

    /// One step as the plan carries it out: an unfinished result (an integration still being prepared, a
    /// route's earlier flow read) has its ids recorded, then the step is sent again to finish it. Returns whether the step reused what existed.
    private func apply(_ service: SetupService, _ step: StepID, _ known: inout OrgRecord, lookUpFirst: Bool = false) async throws -> StepResult {
        let first = try await applyOnce(service, step, &known, lookUpFirst: lookUpFirst)
        guard !first.finished else { return first }
        let wait = try await applyOnce(service, step, &known, lookUpFirst: false)
        #expect(wait.finished && (step == .route || wait.ids.integrationID == first.ids.integrationID))
        return StepResult(ids: wait.ids, reused: first.reused)
    }

    private func applyOnce(_ service: SetupService, _ step: StepID, _ known: inout OrgRecord, lookUpFirst: Bool) async throws -> StepResult {
        let event = await service.perform(.apply(step, targets(known), lookUpFirst: lookUpFirst))
        guard case .applied(step, let result) = event else {
            Issue.record("\(step): \(event)")
            throw CancellationError()
        }
        known.userID = result.ids.userID ?? known.userID
        known.queueID = result.ids.queueID ?? known.queueID
        known.flowID = result.ids.flowID ?? known.flowID
        known.integrationID = result.ids.integrationID ?? known.integrationID
        known.recipientID = result.ids.recipientID ?? known.recipientID
        known.routeBefore = known.routeBefore ?? result.ids.routeBefore
        // The flow's job is waited for once its id is known, and forgotten once its flow is.
        known.flowJobID = result.ids.flowID == nil ? result.ids.flowJobID ?? known.flowJobID : nil
        return result
    }

    @Test func aFullRunMakesEveryObjectOnceAndASecondRunReusesThem() async throws {
        try await PracticeConnection.run { practice in
            let service = try await connectedService(practice)
            guard case .surveyed(let before) = await service.perform(.survey(targets())) else { Issue.record("no survey"); return }
            #expect(before.userID != nil && before.queueID == nil && before.flow == nil && before.integration == nil)

            var known = OrgRecord()
            known.userID = before.userID
            #expect(try await apply(service, .queue, &known).reused == false)
            _ = try await apply(service, .member, &known)
            _ = try await apply(service, .flow, &known)
            #expect(try await apply(service, .integration, &known).reused == false)
            _ = try await apply(service, .route, &known)
            #expect(known.routeBefore == RouteBefore(flowID: nil), "the new integration's route started no flow")

            guard case .surveyed(let after) = await service.perform(.survey(targets())) else { Issue.record("no survey"); return }
            #expect(after.queueID == known.queueID && after.isMember && after.flow?.published == true)
            #expect(after.integration?.creation == .completed && after.integration?.routedFlow?.id == known.flowID
                    && after.integration?.routedFlow?.name == "Flujo SF")
            var fresh = OrgRecord()
            #expect(Plan.action(.route, WizardState.answers(for: targets()), after) == .alreadyDone)

            // A resumed run whose create may have happened looks it up first: nothing new is made, and what it
            // finds is what that create made. The flow is published again: a new version, never a second flow.
            #expect(try await apply(service, .queue, &fresh, lookUpFirst: true).reused == false)
            #expect(try await apply(service, .flow, &fresh, lookUpFirst: true).reused == false)
            #expect(try await apply(service, .integration, &fresh, lookUpFirst: true).reused == false)
            #expect(fresh.queueID == known.queueID && fresh.flowID == known.flowID && fresh.integrationID == known.integrationID)
            let client = practice.client
            #expect(try await client.queues(named: "Atención al Cliente SF").total == 1)
            #expect(try await client.inboundMessageFlows(named: "Flujo SF").total == 1)
        }
    }

    @Test func aDuplicateQueueNameFallsBackToTheExistingQueue() async throws {
        try await PracticeConnection.run { practice in
            let existing = try await practice.client.createQueue(named: "Atención al Cliente SF")
            let service = try await connectedService(practice)
            var known = OrgRecord()
            let result = try await apply(service, .queue, &known)
            #expect(result.reused && known.queueID == existing.id)
        }
    }

    @Test func aDuplicateIntegrationNameFallsBackToTheExistingIntegration() async throws {
        try await PracticeConnection.run { practice in
            let existing = try await practice.client.createOpenIntegration(name: "Mensajería SF", webhookURL: "https://example.com/x",
                                                                           signatureToken: "another-token-of-16+")
            let service = try await connectedService(practice)
            var known = OrgRecord()
            let result = try await apply(service, .integration, &known)
            #expect(result.reused && known.integrationID == existing.id)
        }
    }

    @Test func anIntegrationsIdComesBackBeforeGenesysHasCompletedIt() async throws {
        try await PracticeConnection.run({ $0.integrationDelay = 1 }) { practice in
            let service = try await connectedService(practice)
            var known = OrgRecord()
            let created = try await applyOnce(service, .integration, &known, lookUpFirst: false)
            let id = try #require(created.ids.integrationID)
            // No recipient yet: that comes with the completed integration, which the first call never waits for.
            #expect(!created.finished && !created.reused && created.ids.recipientID == nil)

            let ready = try await applyOnce(service, .integration, &known, lookUpFirst: false)
            #expect(ready.finished && ready.ids.integrationID == id && ready.ids.recipientID != nil)
            #expect(try await practice.client.openIntegration(id: id).createStatus == "Completed")
            #expect(try await practice.client.openIntegration(named: "Mensajería SF")?.id == id, "and only one was made")
        }
    }

    @Test func aKnownIntegrationThatWasDeletedOrRenamedIsReplacedByOneOfTheAnswersName() async throws {
        try await PracticeConnection.run { practice in
            let service = try await connectedService(practice)
            var known = OrgRecord()
            known.integrationID = "5b4c9f0e-0000-4000-8000-00000000dead"
            let remade = try await applyOnce(service, .integration, &known, lookUpFirst: false)
            let id = try #require(remade.ids.integrationID)
            #expect(!remade.finished && !remade.reused && id != "5b4c9f0e-0000-4000-8000-00000000dead")
            #expect(try await practice.client.openIntegration(named: "Mensajería SF")?.id == id)
            #expect(try await apply(service, .integration, &known).finished)

            // The seeded "Legacy Web Chat" stands for one renamed by hand: the answers name another.
            var renamed = OrgRecord()
            renamed.integrationID = try #require(try await practice.client.openIntegration(named: "Legacy Web Chat")?.id)
            let found = try await applyOnce(service, .integration, &renamed, lookUpFirst: false)
            #expect(found.ids.integrationID == id && found.reused && !found.finished, "the one of the answers' name")
        }
    }

    /// What the core finds missing for `step` in the facts a check collected from the org.
    private func findings(_ service: SetupService, _ step: StepID, _ known: OrgRecord = OrgRecord()) async -> [Finding]? {
        guard case .checked(step, let survey) = await service.perform(.check(step, targets(known))) else { return nil }
        var answers = Answers()
        (answers.queueName, answers.memberEmail, answers.flowName, answers.integrationName) =
            ("Atención al Cliente SF", "ana.garcia@example.com", "Flujo SF", "Mensajería SF")
        return Findings.of(step, answers, survey)
    }

    @Test func checksSayExactlyWhatIsMissing() async throws {
        try await PracticeConnection.run { practice in
            let service = try await connectedService(practice)
            let queue = try await practice.client.createQueue(named: "Atención al Cliente SF")
            var known = OrgRecord()
            known.queueID = queue.id
            guard case .checked(.member, let survey) = await service.perform(.check(.member, targets(known))) else {
                Issue.record("no check"); return
            }
            #expect(survey.ids.userID == "00000001-0000-4000-8000-000000000001" && survey.ids.queueID == queue.id)
            #expect(await findings(service, .member, known)
                    == [.notAMember(email: "ana.garcia@example.com", queue: "Atención al Cliente SF")])
            let user = try #require(try await practice.client.user(email: "ana.garcia@example.com"))
            try await practice.client.addMembers(userIDs: [user.id], queueID: queue.id)
            #expect(await findings(service, .member, known) == [])
            #expect(await findings(service, .flow) == [.flowMissing("Flujo SF")])
            #expect(await findings(service, .salesforce) == [.retrieveOptionsMissesIntegration("Mensajería SF")])
            #expect(await findings(service, .route) == [.integrationMissing("Mensajería SF")])
        }
    }

    @Test func aRouteCheckedWhileItsIntegrationIsStillBeingCreatedSaysSo() async throws {
        // The practice org keeps a new integration "Initiated" for 30 s: the check comes well before.
        try await PracticeConnection.run({ $0.integrationDelay = 30 }) { practice in
            let service = try await connectedService(practice)
            var known = OrgRecord()
            _ = try await apply(service, .queue, &known)
            _ = try await apply(service, .flow, &known)
            let started = try await applyOnce(service, .integration, &known, lookUpFirst: false)
            #expect(!started.finished)
            #expect(await findings(service, .route) == [.integrationNotReady("Mensajería SF")],
                    "not a missing route: Genesys has not made it yet")
            #expect(await findings(service, .integration) == [.integrationNotReady("Mensajería SF")])
        }
    }

    @Test func workBeforeALoginIsSaidToNeedOneNotCalledBadCredentials() async {
        let service = SetupService(startPractice: { () throws(GenesysFailure) -> String in throw .practiceOrgFailed("not used") })
        #expect(await service.perform(.survey(targets())) == .genesysFailed(.notConnected))
        #expect(await service.perform(.check(.queue, targets())) == .genesysFailed(.notConnected))
    }

    @Test func anUnknownUserBlocksTheMemberStepWithTheEmail() async throws {
        try await PracticeConnection.run { practice in
            let service = try await connectedService(practice)
            var known = OrgRecord()
            _ = try await apply(service, .queue, &known)
            let event = await service.perform(.apply(.member, targets(known, email: "nadie@example.com"), lookUpFirst: false))
            #expect(event == .genesysFailed(.blocked(.userMissing("nadie@example.com"))))
        }
    }

    /// Only the practice org's own `Server` header makes an org reached by address a practice org (F6 in
    /// Verify); any other answer, as Genesys's, leaves it a real org.
    @Test func anOrgIsAPracticeOrgOnlyWhenItsAnswersSaySo() async throws {
        try await PracticeConnection.run { practice in
            let service = SetupService(transport: ServerHeaderReplaced(), startPractice: { () throws(GenesysFailure) -> String in
                throw .practiceOrgFailed("not used")
            })
            let event = await service.perform(.connect(.org(location: "http://127.0.0.1:\(practice.port)",
                                                            clientID: PracticeDefaults.clientID, secret: PracticeDefaults.clientSecret)))
            #expect(event == .genesysConnected("http://127.0.0.1:\(practice.port)", practiceOrg: false))
        }
    }

    @Test func aWrongSecretOrRegionIsReportedBeforeAnything() async throws {
        try await PracticeConnection.run { practice in
            let service = SetupService(startPractice: { () throws(GenesysFailure) -> String in throw .practiceOrgFailed("x") })
            #expect(await service.perform(.connect(.org(location: "http://127.0.0.1:\(practice.port)", clientID: "omwizard-practice",
                                                        secret: "wrong"))) == .genesysFailed(.badCredentials))
            #expect(await service.perform(.connect(.org(location: "mars-1", clientID: "a", secret: "b")))
                    == .genesysFailed(.unknownLocation("mars-1")))
            #expect(await service.perform(.connect(.org(location: "http://example.com", clientID: "a", secret: "b")))
                    == .genesysFailed(.plainHTTPToAnotherHost))
            #expect(await service.perform(.connect(.practice)) == .genesysFailed(.practiceOrgFailed("x")))
        }
    }
}

extension WizardState {
    /// The answers that these targets come from, for `Plan.action`.
    static func answers(for targets: SetupTargets) -> Answers {
        var answers = Answers()
        answers.queueName = targets.queueName
        answers.memberEmail = targets.memberEmail
        answers.flowName = targets.flowName
        answers.integrationName = targets.integrationName
        return answers
    }
}

/// Passes requests to libcurl, and answers with another `Server` header, as a real org's would be.
private final class ServerHeaderReplaced: HTTPTransport {
    func send(_ request: TransportRequest, timeoutSeconds: Int) async throws(TransportFailure) -> TransportResponse {
        var response = try await CurlTransport().send(request, timeoutSeconds: timeoutSeconds)
        response.headers["server"] = "Genesys"
        return response
    }
}
