"""`omwizard export`: the saved setup as CX-as-Code for Genesys's Terraform provider and as an Archy file, read
back by a real HCL parser and published on a practice org."""
import json
import os

import hcl2

import checkpoints
from conftest import run_cli
from practice_org import Server

QUEUE = 'Atención "Clientes" ${region}'
FLOW = "Flujo Ñandú"


def finished_setup(checkpoint, queue_origin="new", flow_origin="new", language="en"):
    answers = {**checkpoints.NO_ANSWERS, "genesysAdmin": True, "salesforceAdmin": True, "packageInstalled": True,
               "queueOrigin": queue_origin, "queueName": QUEUE, "queueDone": True,
               "memberEmail": "ana.garcia@example.com", "memberDone": True, "flowOrigin": flow_origin,
               "flowName": FLOW, "flowDone": True, "integrationName": "Mensajería SF",
               "webhookURL": "https://example.com/hook", "integrationDone": True, "routeDone": True}
    walk = {"schemaVersion": checkpoints.SCHEMA_VERSION, "language": language, "mode": {"how": "guided"},
            "answers": answers, "statuses": {step: "done" for step in
                                             ("prerequisites", "queue", "member", "flow", "integration", "route")},
            "confirmed": {}, **checkpoints.NOT_CONNECTED}
    os.makedirs(os.path.dirname(checkpoint), exist_ok=True)
    with open(checkpoint, "w") as file:
        json.dump(walk, file)


def read_hcl(path):
    """A file parsed by python-hcl2, block labels without the quotes it keeps on them."""
    def unquoted(node):
        if isinstance(node, dict):
            return {key.strip('"'): unquoted(value) for key, value in node.items()}
        if isinstance(node, list):
            return [unquoted(item) for item in node]
        return node
    with open(path) as file:
        return unquoted(hcl2.load(file))


def hcl_string(value):
    """A string as HCL's template syntax writes it, unescaped as Terraform reads it."""
    return json.loads(value).replace("$${", "${").replace("%%{", "%{")


def test_terraform_files_parse_and_name_the_setups_objects_with_the_route_as_a_comment(home, checkpoint):
    finished_setup(checkpoint)
    folder = os.path.join(home, "tf")
    result = run_cli(home, "export", "terraform", "-o", folder)
    assert result.returncode == 0 and "main.tf" in result.stdout and "flow.yaml" in result.stdout, result.stderr
    with open(os.path.join(folder, "main.tf")) as file:
        text = file.read()
    parsed = read_hcl(os.path.join(folder, "main.tf"))
    resources = {kind: body for block in parsed["resource"] for kind, body in block.items()}
    queue = resources["genesyscloud_routing_queue"]["queue"]
    assert hcl_string(queue["name"]) == QUEUE, "quotes and ${ survive as the name, never as a template"
    assert queue["members"][0]["user_id"] == "${data.genesyscloud_user.member.id}"
    flow = resources["genesyscloud_flow"]["inbound_message"]
    assert flow["filepath"] == '"${path.module}/flow.yaml"'
    integration = resources["genesyscloud_conversations_messaging_integrations_open"]["integration"]
    assert hcl_string(integration["name"]) == "Mensajería SF"
    assert integration["outbound_notification_webhook_signature_secret_token"] == "${var.webhook_signature_token}"
    variables = {name: body for block in parsed["variable"] for name, body in block.items()}
    assert variables["webhook_signature_token"]["sensitive"] is True
    users = {name: body for block in parsed["data"] for kind, named in block.items() for name, body in named.items()}
    assert hcl_string(users["member"]["email"]) == "ana.garcia@example.com"
    providers = parsed["terraform"][0]["required_providers"][0]["genesyscloud"]
    assert hcl_string(providers["source"]) == "mypurecloud/genesyscloud"
    assert "routing/message/recipients" in text and "has no resource for it" in text, "the route, as a comment"

    # The flow's file publishes on a practice org, as the flow that transfers to the queue.
    server = Server()
    try:
        _, token = server.token()
        token = token["access_token"]
        server.request("POST", "/api/v2/routing/queues", json.dumps({"name": QUEUE}), token=token)
        with open(os.path.join(folder, "flow.yaml")) as file:
            job = server.publish_flow(token, file.read())
        assert job["status"] == "Success", job
    finally:
        server.stop()


def test_what_existed_before_is_read_not_managed_and_archy_says_whose_file_it_is(home, checkpoint):
    finished_setup(checkpoint, queue_origin="existing", flow_origin="existing", language="es")
    result = run_cli(home, "export", "terraform", "-o", os.path.join(home, "tf"))
    assert result.returncode == 0 and "Escrito:" in result.stdout
    parsed = read_hcl(os.path.join(home, "tf", "main.tf"))
    kinds = {kind for block in parsed["resource"] for kind in block}
    assert kinds == {"genesyscloud_conversations_messaging_integrations_open"}
    assert not os.path.exists(os.path.join(home, "tf", "flow.yaml"))
    archy = run_cli(home, "export", "archy")
    assert archy.returncode == 2 and "archy export" in archy.stderr and "ya existía" in archy.stderr

    finished_setup(checkpoint)
    archy = run_cli(home, "export", "archy", "-o", "flujo.yaml")
    assert archy.returncode == 0
    assert f'name: "{FLOW}"' in open(os.path.join(home, "flujo.yaml")).read()


def test_a_damaged_checkpoint_is_named_as_such_by_every_command_that_reads_it(home, checkpoint):
    os.makedirs(os.path.dirname(checkpoint))
    with open(checkpoint, "w") as file:
        file.write('{"schemaVersion": 3, "language": ')
    for command in (["export", "terraform"], ["undo", "--yes"], ["test-message"], ["status"]):
        result = run_cli(home, *command)
        assert result.returncode == 1 and "cannot be read" in result.stderr, (command, result.stderr)
    assert open(checkpoint).read() == '{"schemaVersion": 3, "language": ', "left as it was"
