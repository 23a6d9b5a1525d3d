@testable import SetupExports
import Testing
@testable import WizardCore

@Suite struct TerraformExportTests {
    private func checkpoint(queue: Origin = .new, flow: Origin = .new) -> Checkpoint {
        var checkpoint = Checkpoint(language: .es)
        checkpoint.answers.queueOrigin = queue
        checkpoint.answers.queueName = "Atención al Cliente"
        checkpoint.answers.memberEmail = "ana.garcia@example.com"
        checkpoint.answers.flowOrigin = flow
        checkpoint.answers.flowName = "Flujo \"Ñandú\" ${x}"
        checkpoint.answers.integrationName = "Mensajería"
        checkpoint.answers.webhookURL = "https://example.com/hook"
        return checkpoint
    }

    @Test func aNewSetupIsTheQueueWithItsMemberTheFlowFileAndTheIntegrationWithTheRouteAsAComment() {
        let files = TerraformExport.files(checkpoint())
        #expect(files.mainTF.contains(#"resource "genesyscloud_routing_queue" "queue""#))
        #expect(files.mainTF.contains("user_id  = data.genesyscloud_user.member.id"))
        #expect(files.mainTF.contains(#"filepath   = "${path.module}/flow.yaml""#))
        #expect(files.mainTF.contains("outbound_notification_webhook_signature_secret_token = var.webhook_signature_token"))
        #expect(files.mainTF.contains("# - PUT /api/v2/routing/message/recipients/"))
        #expect(files.flowYAML?.contains(#"name: "Atención al Cliente""#) == true)
    }

    @Test func namesAreNeverReadAsTemplatesNorBreakTheString() {
        #expect(TerraformExport.literal("Flujo \"Ñandú\" ${x} %{y} a\\b") == #""Flujo \"Ñandú\" $${x} %%{y} a\\b""#)
    }

    @Test func whatExistedBeforeIsReadNotManaged() {
        let files = TerraformExport.files(checkpoint(queue: .existing, flow: .existing))
        #expect(files.mainTF.contains(#"data "genesyscloud_routing_queue" "queue""#))
        #expect(!files.mainTF.contains(#"resource "genesyscloud_routing_queue""#))
        #expect(!files.mainTF.contains(#"resource "genesyscloud_flow""#) && files.flowYAML == nil)
    }
}
