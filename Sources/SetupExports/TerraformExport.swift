import GenesysClient
import WizardCore

/// The setup as CX-as-Code for Genesys's Terraform provider (`mypurecloud/genesyscloud`): a `main.tf`, and
/// the flow's Archy file beside it. Resource and attribute names are the provider's (its docs, v1.84):
/// `genesyscloud_routing_queue` with a `members` block, `genesyscloud_flow` with `filepath`,
/// `genesyscloud_conversations_messaging_integrations_open`. The message route has no resource in the
/// provider, so it is written as a comment that says how to bind it.
public enum TerraformExport {
    /// The file beside `main.tf` that holds the flow.
    public static let flowFileName = "flow.yaml"

    public struct Files: Equatable, Sendable {
        public var mainTF: String
        /// The Archy YAML, when the setup publishes its own flow (nil for a flow it reused).
        public var flowYAML: String?
    }

    public static func files(_ checkpoint: Checkpoint) -> Files {
        let answers = checkpoint.answers
        var blocks = [header, variables, member(answers)]
        blocks.append(queue(answers))
        let ownFlow = answers.flowOrigin == .new
        blocks.append(ownFlow ? flowResource(answers) : reusedFlow(answers))
        blocks.append(integration(answers))
        blocks.append(route(answers, ownFlow: ownFlow))
        let flowYAML = ownFlow ? InboundMessageFlowDocument.yaml(flowName: answers.flowName, queueName: answers.queueName) : nil
        return Files(mainTF: blocks.joined(separator: "\n"), flowYAML: flowYAML)
    }

    private static let header = """
        # Made by omwizard: the Genesys steps of «Creating a Message Flow and Open Messaging Integration».
        # terraform init && terraform apply -var webhook_signature_token=... (GENESYSCLOUD_* variables for the org)
        terraform {
          required_providers {
            genesyscloud = {
              source  = "mypurecloud/genesyscloud"
              # From 1.69.0 the provider hashes the flow's file itself (file_content_hash is read-only).
              version = ">= 1.69.0"
            }
          }
        }

        """

    // The webhook token is a secret: never written here, given when applying.
    private static let variables = """
        variable "webhook_signature_token" {
          description = "The Open Messaging webhook's signature secret token (more than 15 characters)."
          type        = string
          sensitive   = true
        }

        """

    private static func member(_ answers: Answers) -> String {
        """
        data "genesyscloud_user" "member" {
          email = \(literal(answers.memberEmail))
        }

        """
    }

    private static func queue(_ answers: Answers) -> String {
        if answers.queueOrigin == .existing {
            return """
                # The queue existed before the setup. The provider manages members only as part of the queue
                # resource: add \(comment(answers.memberEmail)) by hand, or import the queue
                # (terraform import genesyscloud_routing_queue.queue <queue id>) and manage it here.
                data "genesyscloud_routing_queue" "queue" {
                  name = \(literal(answers.queueName))
                }

                """
        }
        return """
            resource "genesyscloud_routing_queue" "queue" {
              name = \(literal(answers.queueName))
              members {
                user_id  = data.genesyscloud_user.member.id
                ring_num = 1
              }
            }

            """
    }

    /// The flow's name and queue are in its file, which names the queue literally (as Architect publishes it):
    /// a queue made here must exist first.
    private static func flowResource(_ answers: Answers) -> String {
        // Aligned as `terraform fmt` aligns them.
        guard answers.queueOrigin == .new else {
            return """
                resource "genesyscloud_flow" "inbound_message" {
                  filepath = "${path.module}/\(flowFileName)"
                }

                """
        }
        return """
            resource "genesyscloud_flow" "inbound_message" {
              filepath   = "${path.module}/\(flowFileName)"
              depends_on = [genesyscloud_routing_queue.queue]
            }

            """
    }

    private static func reusedFlow(_ answers: Answers) -> String {
        """
        # The flow \(comment(answers.flowName)) existed before the setup: it is not managed here (Archy's
        # `archy export` can write its file, for a genesyscloud_flow resource).

        """
    }

    private static func integration(_ answers: Answers) -> String {
        """
        resource "genesyscloud_conversations_messaging_integrations_open" "integration" {
          name                                                 = \(literal(answers.integrationName))
          outbound_notification_webhook_url                    = \(literal(answers.webhookURL))
          outbound_notification_webhook_signature_secret_token = var.webhook_signature_token
        }

        """
    }

    private static func route(_ answers: Answers, ownFlow: Bool) -> String {
        let flow = ownFlow ? "genesyscloud_flow.inbound_message.id" : "the id of the flow \(comment(answers.flowName))"
        return """
            # The message route: Genesys's provider has no resource for it (a recipient and the flow it starts).
            # Bind it once the integration exists, in one of these ways:
            # - omwizard (Automatic or Verify), which binds and checks it, then sends a test message through it;
            # - Menu > Orchestration > Routing > Message Routing > Add: the flow \(comment(answers.flowName)),
            #   the address \(comment(answers.integrationName));
            # - PUT /api/v2/routing/message/recipients/<the integration's id> {"flow": {"id": "<flow id>"}},
            #   with <flow id> = \(flow).

            """
    }

    /// A string as HCL writes it: quotes, backslashes and line breaks escaped, and `${` and `%{` doubled so
    /// that a name is never read as a template.
    static func literal(_ text: String) -> String {
        var escaped = ""
        var previous: Character?
        for character in text {
            switch character {
            case "\"": escaped += "\\\""
            case "\\": escaped += "\\\\"
            case "\n": escaped += "\\n"
            case "\r": escaped += "\\r"
            case "\t": escaped += "\\t"
            case "{" where previous == "$": escaped += "${"
            case "{" where previous == "%": escaped += "%{"
            default: escaped.append(character)
            }
            previous = character
        }
        return "\"" + escaped + "\""
    }

    /// A name inside a comment: on one line.
    private static func comment(_ name: String) -> String {
        "«" + name.split(whereSeparator: \.isNewline).joined(separator: " ") + "»"
    }
}
