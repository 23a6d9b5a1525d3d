"""The test message that proves the route, and the undo that removes exactly what a setup made: the real
binary (full screen in a pty, and `omwizard test-message` / `omwizard undo`) against practice orgs on loopback."""
import json
import os
import subprocess
import time

import pytest

import checkpoints
from conftest import run_cli
from practice_org import CLIENT, Server, smallest_flow_file
from test_automatic import (EMAIL, FLOW, INTEGRATION, QUEUE, TEXTS, connect_to, finish_salesforce, give_answers,
                            practice_state, start_practice)
from wizard import BINARY

SAID = {
    "en": {"reached": "The message reached the queue", "undo_screen": "Undo this setup", "remove": "Remove the queue",
           "undone": "Undone. A new run starts from step 2", "undone_note": "This setup was undone",
           "kept_reused": "it existed before this setup", "resume": "Resume at Queue"},
    "es": {"reached": "El mensaje llegó a la cola", "undo_screen": "Deshacer esta configuración", "remove": "Quitar la cola",
           "undone": "Deshecho. Una nueva ejecución empieza desde el paso 2", "undone_note": "Esta configuración se deshizo",
           "kept_reused": "ya existía antes de esta configuración", "resume": "Continuar en Cola"},
}
UNDO_KEY = {"en": "u", "es": "d"}
# What a setup makes and an undo removes; jobs and conversations are the org's history, which Genesys keeps.
SETUP_OBJECTS = ["users", "queues", "members", "flows", "integrations", "recipients", "flowTransfers"]


def practice_path(home):
    return os.path.join(home, "omwizard", "default.practice-org.json")


def saved_practice_org_before(home):
    """The practice org as it is before any setup, saved where Practice mode keeps it; returns its objects."""
    os.makedirs(os.path.join(home, "omwizard"), exist_ok=True)
    server = Server("--state", practice_path(home))
    status, _ = server.request("POST", "/practice/save", "{}")
    assert status == 204
    server.stop()
    return setup_objects(practice_state(home))


def setup_objects(org):
    return {key: org[key] for key in SETUP_OBJECTS}


def checkpoint_of(home):
    with open(os.path.join(home, "omwizard", "default.json")) as file:
        return json.load(file)


def run_until_the_summary(wizard, texts, language):
    """From the plan: the Genesys steps, the test message (which must reach the queue), Salesforce; stops on
    the summary."""
    wizard.press("enter")
    wizard.wait_for(texts["done"], timeout=30)
    wizard.press("enter")
    wizard.wait_for(texts["test"])
    wizard.press("enter")
    wizard.wait_for(SAID[language]["reached"], timeout=20)
    wizard.press("enter")
    wizard.press("space", "down", "space", "down", "space", "down", "space", "enter")
    wizard.wait_for(texts["summary"])


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_test_message_reaches_the_queue_then_the_undo_leaves_the_practice_org_as_it_was(spawn, home, language):
    before = saved_practice_org_before(home)
    texts = TEXTS[language]
    wizard = start_practice(spawn, language)
    give_answers(wizard, texts)
    wizard.wait_for(texts["plan"])
    run_until_the_summary(wizard, texts, language)

    # The test conversation reached the queue of step 2 and was ended: nobody waits in the queue for an agent.
    saved = checkpoint_of(home)
    assert saved["testMessage"]["outcome"] == {"reachedQueue": {"queue": QUEUE}}
    conversation_id = saved["testMessage"]["conversationID"]
    assert wizard.shows(conversation_id), "the summary names the test conversation"
    time.sleep(0.3)
    conversations = practice_state(home)["conversations"]
    assert [conversation["id"] for conversation in conversations] == [conversation_id]
    participants = conversations[0]["participants"]
    assert [(p["purpose"], p.get("queue", {}).get("name")) for p in participants] == [("customer", None), ("acd", QUEUE)]
    assert all(p["state"] == "disconnected" for p in participants)
    assert set(saved["org"]["made"]) == {"queue", "member", "flow", "integration", "route"}
    assert saved["org"]["routeBefore"] == {}, "the new integration's route started no flow before"

    # Undo from the summary: the plan first, then every removal, last made first.
    wizard.type(UNDO_KEY[language])
    wizard.wait_for(SAID[language]["undo_screen"])
    assert wizard.shows(SAID[language]["remove"]) and wizard.shows(INTEGRATION)
    wizard.press("enter")
    wizard.wait_for(SAID[language]["undone"], timeout=20)
    wizard.press("enter")
    wizard.wait_for(SAID[language]["undone_note"])
    assert wizard.shows(SAID[language]["resume"]), "a new run starts from the first Genesys step"
    wizard.press("esc")
    wizard.type("y" if language == "en" else "s")
    assert wizard.finish() == 0

    time.sleep(0.3)
    assert setup_objects(practice_state(home)) == before
    saved = checkpoint_of(home)
    assert saved["undo"]["finished"] is True and "testMessage" not in saved
    assert all(saved["statuses"][step] == "pending" for step in ["queue", "member", "flow", "integration", "route"])
    assert saved["answers"]["queueName"] == QUEUE, "the answers stay for a new run"


def cli(home, *args, env=None):
    full_env = {"PATH": os.environ["PATH"], "HOME": home, "XDG_STATE_HOME": home, "LANG": "C.UTF-8", **(env or {})}
    return subprocess.run([BINARY, *args], env=full_env, cwd=home, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=60)


ORG_ENV = {"GENESYSCLOUD_OAUTHCLIENT_ID": CLIENT[0], "GENESYSCLOUD_OAUTHCLIENT_SECRET": CLIENT[1]}


def test_each_broken_path_gets_its_own_sentence_and_every_test_conversation_is_ended(spawn, server_factory, home):
    server = server_factory()
    wizard = connect_to(spawn, server, "automatic")
    give_answers(wizard, TEXTS["en"])
    wizard.wait_for(TEXTS["en"]["plan"])
    run_until_the_summary(wizard, TEXTS["en"], "en")
    wizard.press("enter")
    assert wizard.finish() == 0
    _, token = server.token()
    token = token["access_token"]
    org = server.request("GET", "/practice/state")[1]
    queue_id = next(queue["id"] for queue in org["queues"] if queue["name"] == QUEUE)
    integration_id = next(item["integration"]["id"] for item in org["integrations"]
                          if item["integration"]["name"] == INTEGRATION)
    user_id = next(user["id"] for user in org["users"] if user["email"] == EMAIL)
    seeded_flow = next(flow["id"] for flow in org["flows"] if flow["name"] == "Mensajes Entrantes Principal")
    own_flow = next(flow["id"] for flow in org["flows"] if flow["name"] == FLOW)

    def test_message(expected_status, sentence, *options):
        result = cli(home, "test-message", "--wait", "3", *options, env=ORG_ENV)
        assert result.returncode == expected_status and sentence in result.stdout, result.stdout + result.stderr
        assert CLIENT[1] not in result.stdout + result.stderr

    test_message(0, "The message reached the queue “Atención al Cliente SF”")

    # Nobody on the queue: the member of step 3 was removed by hand.
    assert server.request("DELETE", f"/api/v2/routing/queues/{queue_id}/members/{user_id}", token=token)[0] == 204
    test_message(1, f"but {EMAIL} is not a member of it")
    test_message(1, f"pero {EMAIL} no es miembro", "--lang", "es")
    server.request("POST", f"/api/v2/routing/queues/{queue_id}/members", json.dumps([{"id": user_id}]), token=token)

    # The route starts a flow that transfers to another queue: that queue is named.
    server.request("PUT", f"/api/v2/routing/message/recipients/{integration_id}",
                   json.dumps({"flow": {"id": seeded_flow}}), token=token)
    test_message(1, "The message went to the queue “Soporte General”, not “Atención al Cliente SF”")

    # A flow published without a transfer: the conversation is made but never reaches a queue.
    nowhere = smallest_flow_file("Flujo sin cola", QUEUE).replace("transferToAcd", "disconnect")
    job = server.publish_flow(token, nowhere)
    assert job["status"] == "Success", job
    server.request("PUT", f"/api/v2/routing/message/recipients/{integration_id}",
                   json.dumps({"flow": {"id": job["flow"]["id"]}}), token=token)
    test_message(1, "The conversation never reached a queue")

    # The route unbound: no conversation at all.
    server.request("PUT", f"/api/v2/routing/message/recipients/{integration_id}", "{}", token=token)
    test_message(1, "No conversation was made")

    conversations = server.request("GET", "/practice/state")[1]["conversations"]
    assert len(conversations) == 6, "one per test that had somewhere to go, the unbound route's never made"
    assert all(p["state"] == "disconnected" for conversation in conversations for p in conversation["participants"])
    server.request("PUT", f"/api/v2/routing/message/recipients/{integration_id}",
                   json.dumps({"flow": {"id": own_flow}}), token=token)


def test_a_test_message_speaks_spanish_and_needs_a_connection(home, checkpoint):
    os.makedirs(os.path.dirname(checkpoint))
    with open(checkpoint, "w") as file:
        json.dump(checkpoints.stopped_at_member("Ventas", language="es"), file)
    result = cli(home, "test-message")
    assert result.returncode == 2 and "El modo guiado no tiene conexión" in result.stderr


def practice_setup(spawn, home, language="en", existing_queue=None):
    """A full Automatic practice run; with `existing_queue`, step 2 uses that queue of the org."""
    before = saved_practice_org_before(home)
    texts = TEXTS[language]
    wizard = start_practice(spawn, language)
    give_answers(wizard, texts, existing_queue)
    wizard.wait_for("Enter Do it" if language == "en" else "Enter Hacerlo", timeout=30)
    run_until_the_summary(wizard, texts, language)
    wizard.press("enter")
    assert wizard.finish() == 0
    time.sleep(0.3)
    return before


def test_undo_keeps_what_the_setup_reused(spawn, home):
    before = practice_setup(spawn, home, existing_queue="Ventas")
    result = cli(home, "undo", "--yes")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "• Kept the queue “Ventas” (it existed before this setup)" in result.stdout
    assert "✓ Removed the integration “Mensajería Ñandú”" in result.stdout
    assert "✓ Removed ana.garcia@example.com from the queue" in result.stdout
    assert "Remove the queue" not in result.stdout
    after = setup_objects(practice_state(home))
    assert after == before, "Ventas kept as it was before: its member added by the setup removed, nothing else"


def test_a_kill_during_the_undo_then_a_rerun_finishes_without_an_error(spawn, home):
    before = practice_setup(spawn, home)
    env = {"PATH": os.environ["PATH"], "HOME": home, "XDG_STATE_HOME": home, "LANG": "C.UTF-8"}
    undo = subprocess.Popen([BINARY, "undo", "--yes", "--practice-fault", "latency:3000 DELETE /api/v2/flows x1"],
                            env=env, cwd=home, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    while True:
        undo_record = checkpoint_of(home).get("undo") or {}
        if "flow" in (undo_record.get("underway") or {}):
            break
        assert time.monotonic() < deadline, "the flow's removal never started"
        time.sleep(0.05)
    undo.kill()
    undo.wait()
    # Killed with the flow's removal sent: recorded before it went out, the integration's already done.
    undo_record = checkpoint_of(home)["undo"]
    assert len(undo_record["results"]) == 1 and not undo_record["finished"]
    time.sleep(0.5)

    result = cli(home, "undo", "--yes")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Undone." in result.stdout
    assert setup_objects(practice_state(home)) == before
    status = json.loads(run_cli(home, "status", "--json").stdout)
    assert status is not None


def test_undo_in_guided_mode_says_where_to_click_last_first_and_asks_before_recording_it(home, checkpoint):
    os.makedirs(os.path.dirname(checkpoint))
    walk = checkpoints.stopped_at_member("Cola Nueva", language="en")
    walk["statuses"].update({"member": "done", "flow": "done", "integration": "done", "route": "done"})
    walk["answers"].update({"memberEmail": EMAIL, "flowName": FLOW, "integrationName": INTEGRATION})
    with open(checkpoint, "w") as file:
        json.dump(walk, file)

    refused = cli(home, "undo")
    assert refused.returncode == 2 and "add --yes" in refused.stderr
    lines = [line for line in refused.stdout.splitlines() if line[:2] in ("1.", "2.", "3.", "4.", "5.")]
    assert [line.split(" ")[2] for line in lines] == ["the", "the", EMAIL, "the"]
    assert lines[0].startswith(f"1. Remove the integration “{INTEGRATION}”: Admin › Message › Platforms")
    assert "flow" in lines[1] and "queue" in lines[3], "last made first; the route goes with its integration"
    assert checkpoint_of(home)["statuses"]["queue"] == "done", "nothing recorded without a yes"

    spanish = cli(home, "undo", "--lang", "es")
    assert spanish.returncode == 2 and f"1. Quitar la integración «{INTEGRATION}»: Administración › Mensaje" in spanish.stdout
    assert "añada --yes" in spanish.stderr

    done = cli(home, "undo", "--yes")
    assert done.returncode == 0 and "Undone." in done.stdout
    assert checkpoint_of(home)["statuses"]["queue"] == "pending"


def test_an_undo_refuses_an_org_other_than_the_setups(server_factory, home, checkpoint):
    server = server_factory()
    os.makedirs(os.path.dirname(checkpoint))
    walk = checkpoints.stopped_at_member("Ventas", language="en")
    walk["mode"] = {"how": "automatic", "org": "real"}
    walk["connection"] = {"location": server.base, "clientID": CLIENT[0]}
    walk["org"] = {"orgName": "127.0.0.1:1", "queueID": "00000004-0000-4000-8000-000000000002",
                   "made": {"queue": "00000004-0000-4000-8000-000000000002"}}
    with open(checkpoint, "w") as file:
        json.dump(walk, file)
    result = cli(home, "undo", "--yes", env=ORG_ENV)
    assert result.returncode == 1 and "nothing was done there" in result.stderr, result.stdout + result.stderr
    saved = checkpoint_of(home)
    assert saved["org"]["queueID"] == "00000004-0000-4000-8000-000000000002" and "undo" not in saved
    queues = [queue["name"] for queue in server.request("GET", "/practice/state")[1]["queues"]]
    assert "Ventas" in queues


def test_an_object_that_cannot_be_removed_is_kept_on_request_and_the_undo_goes_on(spawn, home):
    practice_setup(spawn, home)
    failing = "status:500 DELETE /api/v2/flows"
    stopped = cli(home, "undo", "--yes", "--practice-fault", failing)
    assert stopped.returncode == 1 and "--keep-failed" in stopped.stderr, stopped.stdout + stopped.stderr
    assert checkpoint_of(home)["undo"]["underway"] is not None, "the failed removal stays to be retried"

    kept = cli(home, "undo", "--yes", "--keep-failed", "--practice-fault", failing)
    assert kept.returncode == 0, kept.stdout + kept.stderr
    assert f"• Kept the flow “{FLOW}”: you chose to keep it" in kept.stdout and "Undone." in kept.stdout
    org = practice_state(home)
    assert [flow["name"] for flow in org["flows"] if flow["name"] == FLOW] == [FLOW]
    assert not [queue for queue in org["queues"] if queue["name"] == QUEUE]
    assert checkpoint_of(home)["org"]["flowID"], "the kept flow stays known, for a new run to publish it again"


def test_a_test_conversation_left_open_by_a_kill_is_ended_when_the_wizard_connects_again(spawn, home):
    practice_setup(spawn, home)
    env = {"PATH": os.environ["PATH"], "HOME": home, "XDG_STATE_HOME": home, "LANG": "C.UTF-8"}
    slow_follow = "latency:3000 GET /api/v2/conversations/messages x1"
    test = subprocess.Popen([BINARY, "test-message", "--practice-fault", slow_follow], env=env, cwd=home,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 20
    # Sent and recorded, not yet followed to the end: the record has no outcome.
    while "outcome" in checkpoint_of(home)["testMessage"]:
        assert time.monotonic() < deadline, "the test message was never recorded as followed"
        time.sleep(0.05)
    open_id = checkpoint_of(home)["testMessage"]["conversationID"]
    test.kill()
    test.wait()
    time.sleep(0.5)

    wizard = spawn("--lang", "en")
    wizard.wait_for("Resume at")
    wizard.press("enter")
    wizard.wait_for(TEXTS["en"]["connect"])
    wizard.press("enter")
    deadline = time.monotonic() + 10
    while "testMessage" in checkpoint_of(home):
        assert time.monotonic() < deadline, "the open test conversation was not ended"
        wizard.pump(0.1)
    wizard.press("ctrl-c")
    wizard.type("y")
    assert wizard.finish() == 0
    time.sleep(0.3)
    conversation = next(c for c in practice_state(home)["conversations"] if c["id"] == open_id)
    assert all(p["state"] == "disconnected" for p in conversation["participants"])
