import Testing
@testable import PracticeOrg

/// The trainer's view reads a trainee's setup from their org: what differs from the seed, as the wizard
/// reuses what exists by name.
@Suite struct SetupProgressTests {
    private let now = 1_795_000_000.0

    private func seeded() -> (Org, SeedBaseline) {
        let org = Org.seeded(generatedQueues: 3, now: now)
        return (org, SeedBaseline(org))
    }

    private func publish(_ org: inout Org, flow: String, queue: String) {
        let job = org.registerJob(uploadBase: "http://127.0.0.1/practice/uploads")
        try? org.upload(jobId: job.id, yaml: flowYAML(name: flow, queue: queue), dueAt: now)
        org.processDueJobs(now: now + 1)
    }

    @Test func theSeedAloneIsNothingDone() {
        let (org, seed) = seeded()
        #expect(org.setupProgress(since: seed) == SetupProgress(), "the seeded queue's member and route are not the trainee's")
    }

    @Test func reusingTheSeedsQueueCountsOnceTheTraineeChangesIt() throws {
        var (org, seed) = seeded()
        let soporte = try #require(org.queues.first { $0.name == "Soporte General" })
        let ana = try #require(org.users.first { $0.email == "ana.garcia@example.com" })
        try org.changeMembers(queueId: soporte.id, userIds: [ana.id], delete: false)
        #expect(org.setupProgress(since: seed) == SetupProgress(queue: "Soporte General", member: "Ana García"))
        // The seed's flow published again to it counts as theirs; the seed's route, unchanged, does not.
        publish(&org, flow: "Mensajes Entrantes Principal", queue: "Soporte General")
        #expect(org.setupProgress(since: seed).flow == "Mensajes Entrantes Principal", "a seeded flow published again")
        #expect(org.setupProgress(since: seed).route == nil && org.setupProgress(since: seed).integration == nil)
        // The seed's integration, its route bound to their own flow: both theirs.
        publish(&org, flow: "Flujo Propio", queue: "Soporte General")
        let flowId = try #require(org.flows.first { $0.name == "Flujo Propio" }?.id)
        _ = try org.bindRecipient(Org.fixedID(group: 5, 1), RecipientRequest(flow: EntityRef(id: flowId)), now: now)
        let progress = org.setupProgress(since: seed)
        #expect(progress.integration == "Legacy Web Chat" && progress.route == "Flujo Propio" && progress.flow == "Flujo Propio")
    }

    /// A room saved with numbered flows and resumed without them: flows the baseline does not know are the
    /// seed's, not a trainee's.
    @Test func aSeededFlowTheBaselineDoesNotKnowIsNotTheTrainees() {
        let org = Org.seeded(generatedQueues: 0, generatedFlows: 50, now: now)
        let baseline = SeedBaseline(Org.seeded(generatedQueues: 0, generatedFlows: 0, now: now))
        #expect(org.setupProgress(since: baseline) == SetupProgress())
    }

    @Test func theTraineesOwnChainFromIntegrationToQueue() throws {
        var (org, seed) = seeded()
        _ = try org.createQueue(CreateQueueRequest(name: "Cola Propia", description: nil), now: now)
        #expect(org.setupProgress(since: seed) == SetupProgress(queue: "Cola Propia"), "a new queue, no member yet")
        publish(&org, flow: "Flujo Propio", queue: "Cola Propia")
        let progress = org.setupProgress(since: seed)
        #expect(progress.flow == "Flujo Propio" && progress.member == nil)
        let integration = try org.createIntegration(
            OpenIntegrationRequest(name: "SF", outboundNotificationWebhookUrl: "https://example.com/sf",
                                   outboundNotificationWebhookSignatureSecretToken: "0123456789abcdef0", webhookHeaders: nil),
            now: now, completesAt: now + 1)
        #expect(org.setupProgress(since: seed).integration == nil, "Initiated is not done")
        org.completeDueIntegrations(now: now + 2)
        let flowId = try #require(org.flows.first { $0.name == "Flujo Propio" }?.id)
        _ = try org.bindRecipient(integration.id, RecipientRequest(flow: EntityRef(id: flowId)), now: now)
        #expect(org.setupProgress(since: seed) == SetupProgress(queue: "Cola Propia", flow: "Flujo Propio",
                                                                integration: "SF", route: "Flujo Propio"))
    }
}
