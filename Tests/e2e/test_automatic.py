"""Verify, Automatic and Practice modes of the real binary in a real pty, against practice orgs on loopback."""
import json
import os
import time

import pytest

from conftest import run_cli
from practice_org import CLIENT

QUEUE = "Atención al Cliente SF"
FLOW = "Flujo Señales SF"
INTEGRATION = "Mensajería Ñandú"
EMAIL = "ana.garcia@example.com"

TEXTS = {
    "en": {"connect": "Practise with", "prereq": "Step 1 of 7", "plan": "Create the queue", "done": "The Genesys steps are done",
           "summary": "Every step is finished", "not_member": "is not a member of the queue", "flow_step": "Step 4 of 7",
           "retry": "R Retry", "test": "Sends a message through the integration", "reached": "The message reached the queue"},
    "es": {"connect": "Practicar con", "prereq": "Paso 1 de 7", "plan": "Crear la cola", "done": "Los pasos de Genesys están hechos",
           "summary": "Todos los pasos están terminados", "not_member": "no es miembro de la cola", "flow_step": "Paso 4 de 7",
           "retry": "R Reintentar", "test": "Envía un mensaje por la integración", "reached": "El mensaje llegó a la cola"},
}


def practice_state(home):
    with open(os.path.join(home, "omwizard", "default.practice-org.json")) as file:
        return json.load(file)


def integrations(org):
    """The integrations of a saved practice org (each is stored with when its creation completes)."""
    return [entry["integration"] for entry in org["integrations"]]


def count_named(objects, name):
    return sum(1 for item in objects if item["name"] == name)


def tick_prerequisites(wizard, texts):
    """Ticks every box of the prerequisites (Practice asks one fewer: no Salesforce org to be the admin of)."""
    wizard.wait_for(texts["prereq"])
    wizard.pump(0.2)
    for _ in range(wizard.text.count("[ ]")):
        wizard.press("space", "down")
    wizard.press("enter")


def give_answers(wizard, texts, existing_queue=None):
    """From the prerequisites to the plan: accented names typed as a person would; with `existing_queue`, step 2
    uses that queue of the org."""
    tick_prerequisites(wizard, texts)
    if existing_queue:
        wizard.press("left")
    wizard.press("down", "ctrl-u")
    wizard.type(existing_queue or QUEUE)
    # Practice mode offers a user of its org; the email is typed over it all the same.
    wizard.press("enter", "ctrl-u")
    wizard.type(EMAIL)
    wizard.press("enter", "down", "ctrl-u")
    wizard.type(FLOW)
    wizard.press("enter", "ctrl-u")
    wizard.type(INTEGRATION)
    wizard.press("enter", "enter")


ORG_CLIENT = {"GENESYSCLOUD_OAUTHCLIENT_ID": CLIENT[0], "GENESYSCLOUD_OAUTHCLIENT_SECRET": CLIENT[1]}


def connect_to(spawn, server, mode):
    """A wizard in `mode` against a hand-started practice org, its OAuth client given by the environment:
    connected, on step 1. The secret never shows on the connection screen."""
    wizard = spawn("--lang", "en", "--mode", mode, "--api-base", server.base, env=ORG_CLIENT)
    wizard.wait_for("omwizard")
    wizard.press("enter")
    wizard.wait_for("Connect to Genesys Cloud")
    assert wizard.shows(server.base) and CLIENT[1] not in wizard.text
    wizard.press("enter")
    wizard.wait_for("Step 1 of 7")
    return wizard


def carry_out_plan(wizard, texts):
    """From the plan screen, ready: Enter, the Genesys steps, the test message (which must reach the queue),
    then Salesforce and the summary."""
    wizard.press("enter")
    wizard.wait_for(texts["done"], timeout=30)
    wizard.press("enter")
    wizard.wait_for(texts["test"])
    wizard.press("enter")
    wizard.wait_for(texts["reached"], timeout=20)
    wizard.press("enter")
    finish_salesforce(wizard, texts)


def start_practice(spawn, language, *options):
    wizard = spawn("--lang", language, *options)
    wizard.wait_for("omwizard")
    # Guided is first; one step left wraps round to Practice, the last mode.
    wizard.press("down", "left", "enter")
    wizard.wait_for(TEXTS[language]["connect"])
    wizard.press("enter")
    return wizard


def finish_salesforce(wizard, texts):
    wizard.press("space", "down", "space", "down", "space", "down", "space", "enter")
    wizard.wait_for(texts["summary"])
    wizard.press("enter")
    assert wizard.finish() == 0


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_full_practice_run_makes_every_object_once(spawn, home, language):
    texts = TEXTS[language]
    wizard = start_practice(spawn, language)
    give_answers(wizard, texts)
    wizard.wait_for(texts["plan"])
    assert wizard.shows(QUEUE) and wizard.shows(INTEGRATION)
    carry_out_plan(wizard, texts)

    org = practice_state(home)
    assert count_named(org["queues"], QUEUE) == 1
    assert count_named(org["flows"], FLOW) == 1
    assert count_named(integrations(org), INTEGRATION) == 1
    flow_id = next(flow["id"] for flow in org["flows"] if flow["name"] == FLOW)
    integration_id = next(item["id"] for item in integrations(org) if item["name"] == INTEGRATION)
    route = next(recipient for recipient in org["recipients"] if recipient["id"] == integration_id)
    assert route["flow"]["id"] == flow_id
    queue_id = next(queue["id"] for queue in org["queues"] if queue["name"] == QUEUE)
    assert [member["user"]["email"] for member in org["members"][queue_id]] == [EMAIL]
    # Neither secret reached a file.
    for name in os.listdir(os.path.join(home, "omwizard")):
        with open(os.path.join(home, "omwizard", name), "rb") as file:
            content = file.read()
        assert CLIENT[1].encode() not in content, name
    with open(os.path.join(home, "omwizard", "default.json")) as file:
        saved = json.load(file)
    assert saved["mode"] == {"how": "automatic", "org": "practice"} and saved["org"]["integrationID"] == integration_id
    assert "creating" not in saved["org"]

    # A trainer's next demonstration: reset sets the practice org aside with the progress, and says so in the
    # language the run was made in.
    result = run_cli(home, "reset")
    said = "organización de práctica" if language == "es" else "practice org"
    assert result.returncode == 0 and said in result.stdout
    folder = os.path.join(home, "omwizard")
    assert not os.path.exists(os.path.join(folder, "default.practice-org.json"))
    assert any(name.startswith("default.practice-org.json.reset-") for name in os.listdir(folder))


BUSY = {"queue": "Creating the queue", "flow": "Publishing the flow", "integration": "Creating the integration"}
# Each create answers a second late, once: long enough to be killed in the middle of it.
SLOW_CREATE = {"queue": "POST /api/v2/routing/queues", "flow": "POST /api/v2/flows/jobs",
               "integration": "POST /api/v2/conversations/messaging/integrations/open"}


def practice_run_busy_with(spawn, step, fault):
    """A Practice run in English with `fault` injected, its plan started and `step` under way."""
    texts = TEXTS["en"]
    wizard = start_practice(spawn, "en", "--practice-fault", fault)
    give_answers(wizard, texts)
    wizard.wait_for(texts["plan"])
    wizard.press("enter")
    wizard.wait_for(BUSY[step], timeout=30)
    return wizard


def resume_and_finish(spawn):
    """After a kill -9: a new run resumes at the plan, starts the practice org again and finishes."""
    # The practice org started by the killed wizard notices and stops within a fraction of a second.
    time.sleep(0.5)
    texts = TEXTS["en"]
    resumed = spawn("--lang", "en")
    resumed.wait_for("Resume at Plan")
    resumed.press("enter")
    resumed.wait_for(texts["connect"])
    resumed.press("enter")
    resumed.wait_for("Enter Do it", timeout=30)
    carry_out_plan(resumed, texts)


@pytest.mark.parametrize("step", ["queue", "flow", "integration"])
def test_a_kill_during_a_create_then_a_resume_leaves_one_of_each(spawn, home, step):
    wizard = practice_run_busy_with(spawn, step, f"latency:1000 {SLOW_CREATE[step]} x1")
    time.sleep(0.3)
    wizard.kill9()
    # Killed mid-create: the intent was on disk before the request went out.
    with open(os.path.join(home, "omwizard", "default.json")) as file:
        assert json.load(file)["org"]["creating"] == step
    resume_and_finish(spawn)

    org = practice_state(home)
    assert count_named(org["queues"], QUEUE) == 1
    assert count_named(org["flows"], FLOW) == 1
    assert count_named(integrations(org), INTEGRATION) == 1


def saved_checkpoint_when(home, condition, timeout=10.0):
    """The checkpoint on disk, once `condition` holds for it."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with open(os.path.join(home, "omwizard", "default.json")) as file:
                saved = json.load(file)
            if condition(saved):
                return saved
        except (OSError, ValueError):
            pass  # not written yet, or being replaced
        assert time.monotonic() < deadline, "the checkpoint never got there"
        time.sleep(0.02)


def test_a_kill_while_genesys_prepares_the_integration_then_a_resume_leaves_one(spawn, home):
    # The integration's first read answers 1.5 s late: the wizard waits for Genesys to complete it.
    wizard = practice_run_busy_with(spawn, "integration",
                                    "latency:1500 GET /api/v2/conversations/messaging/integrations/open/ x1")
    # The create has answered: its id is on disk before the wait, and no create is pending any more.
    saved = saved_checkpoint_when(home, lambda saved: saved.get("org", {}).get("integrationID"))
    assert "creating" not in saved["org"] and saved["statuses"]["integration"] != "done"
    wizard.kill9()
    resume_and_finish(spawn)

    org = practice_state(home)
    assert count_named(integrations(org), INTEGRATION) == 1
    with open(os.path.join(home, "omwizard", "default.json")) as file:
        resumed = json.load(file)
    assert resumed["org"]["integrationID"] == saved["org"]["integrationID"]
    assert resumed["statuses"]["integration"] == "done", "made by this setup: done, not found already there"


def test_a_kill_while_architect_publishes_then_a_resume_calls_the_flow_made_not_reused(spawn, home):
    # The job's first read answers 1.5 s late: the wizard waits for Architect to publish the flow.
    wizard = practice_run_busy_with(spawn, "flow", "latency:1500 GET /api/v2/flows/jobs/ x1")
    # The job has its file: its id is on disk before the wait.
    saved = saved_checkpoint_when(home, lambda saved: saved.get("org", {}).get("flowJobID"))
    assert saved["statuses"]["flow"] != "done"
    wizard.kill9()
    resume_and_finish(spawn)

    assert count_named(practice_state(home)["flows"], FLOW) == 1
    with open(os.path.join(home, "omwizard", "default.json")) as file:
        resumed = json.load(file)
    assert resumed["statuses"]["flow"] == "done", "made by this setup: done, not found already there"
    assert "flowJobID" not in resumed["org"]
    assert "(reused)" not in run_cli(home, "status").stdout.split("Flow")[1].splitlines()[0]


def test_practice_runs_verify_too(spawn, home):
    wizard = spawn("--lang", "en")
    wizard.wait_for("omwizard")
    wizard.press("down", "left", "enter")
    wizard.wait_for(TEXTS["en"]["connect"])
    wizard.press("right", "enter")
    wizard.wait_for("Step 1 of 7")
    assert not wizard.shows("admin of the Salesforce org"), "a practice run has no Salesforce org"
    tick_prerequisites(wizard, TEXTS["en"])
    wizard.wait_for("Step 2 of 7")
    # Ticked as done, but nobody made it: Verify says what is missing in the practice org.
    wizard.press("down", "down", "space", "enter")
    wizard.wait_for("No queue named")
    assert wizard.shows("Step 2 of 7")


def test_verify_reports_a_missing_membership_then_passes_once_it_is_fixed(spawn, server_factory):
    server = server_factory()
    wizard = connect_to(spawn, server, "verify")
    wizard.press("space", "down", "space", "down", "space", "enter")
    # The seeded queue "Ventas", used as it is.
    wizard.press("space", "down")
    wizard.type("Ventas")
    wizard.press("down", "space", "enter")
    wizard.wait_for("Step 3 of 7")
    wizard.type(EMAIL)
    wizard.press("down", "down", "space", "enter")
    wizard.wait_for(TEXTS["en"]["not_member"])
    assert wizard.shows("Step 3 of 7")

    _, token = server.token()
    _, queues = server.request("GET", "/api/v2/routing/queues?name=Ventas", token=token["access_token"])
    _, users = server.request("POST", "/api/v2/users/search",
                              json.dumps({"query": [{"type": "EXACT", "fields": ["email"], "value": EMAIL}]}),
                              token=token["access_token"])
    server.request("POST", f"/api/v2/routing/queues/{queues['entities'][0]['id']}/members",
                   json.dumps([{"id": users["results"][0]["id"]}]), token=token["access_token"])
    wizard.press("enter")
    wizard.wait_for(TEXTS["en"]["flow_step"])


def test_a_failed_create_is_retried_without_a_duplicate(spawn, server_factory, home):
    # The first create of a queue answers 503: the retry looks the queue up before creating it, and one is made.
    server = server_factory("--fault", "status:503 POST /api/v2/routing/queues x1")
    wizard = connect_to(spawn, server, "automatic")
    give_answers(wizard, TEXTS["en"])
    wizard.wait_for(TEXTS["en"]["plan"])
    wizard.press("enter")
    wizard.wait_for(TEXTS["en"]["retry"], timeout=30)
    assert wizard.shows("(503)")
    wizard.type("r")
    wizard.wait_for(TEXTS["en"]["done"], timeout=30)
    _, token = server.token()
    _, queues = server.request("GET", "/api/v2/routing/queues?name=" + "Atenci%C3%B3n%20al%20Cliente%20SF",
                               token=token["access_token"])
    assert queues["total"] == 1


def test_the_queue_picker_searches_a_large_org_through_the_server(spawn, server_factory):
    server = server_factory("--queues", "20000")
    wizard = connect_to(spawn, server, "automatic")
    wizard.press("space", "down", "space", "down", "space", "enter")
    wizard.wait_for("F5: pick from the org's queues")
    wizard.press("f5")
    wizard.wait_for("20004 in all")
    wizard.press("pgdn")
    wizard.wait_for("Page 2 of 2001")
    wizard.type("Queue 1999")
    wizard.wait_for("Practice Queue 19999")
    assert wizard.shows("10 in all")
    wizard.press("up", "enter")
    wizard.wait_gone("Queues of the org")
    assert wizard.shows("(•) Use an existing one") and wizard.shows("[Practice Queue 19999")


@pytest.mark.parametrize("language", ["en", "es"])
def test_practice_in_verify_makes_each_step_with_f6_and_checks_it(spawn, home, language):
    """A room practising Verify has no admin pages to click in: F6 makes the step on the practice org, as the
    admin would, and the wizard then checks it like any other."""
    steps = ["Step {} of 7", "Paso {} de 7"][language == "es"]
    wizard = spawn("--lang", language)
    wizard.wait_for("omwizard")
    wizard.press("down", "left", "enter")
    wizard.wait_for(TEXTS[language]["connect"])
    wizard.press("right", "enter")
    tick_prerequisites(wizard, TEXTS[language])
    wizard.wait_for(steps.format(2))
    assert wizard.shows("F6")
    wizard.press("down", "ctrl-u")
    wizard.type(QUEUE)
    for number in (3, 4, 5, 6):
        wizard.press("f6")
        wizard.wait_for(steps.format(number), timeout=30)
    # After the route, the test message proves what F6 made, in Verify as in Automatic.
    wizard.press("f6")
    wizard.wait_for(TEXTS[language]["test"], timeout=30)
    wizard.press("enter")
    wizard.wait_for(TEXTS[language]["reached"], timeout=20)
    wizard.press("enter")
    wizard.wait_for(steps.format(7))
    org = practice_state(home)
    assert count_named(org["queues"], QUEUE) == 1
    flow = next(flow for flow in org["flows"] if flow["name"].startswith(("Salesforce", "Flujo")))
    route = [recipient for recipient in org["recipients"] if (recipient.get("flow") or {}).get("id") == flow["id"]]
    assert route, "the route starts the flow the wizard published"
    wizard.press("ctrl-c")
    wizard.type("y" if language == "en" else "s")
    assert wizard.finish() == 0
