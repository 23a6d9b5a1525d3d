"""`omwizard export answers` and `omwizard apply`: the real binaries, real answers files, and practice orgs on
loopback, one per profile."""
import json
import os
import subprocess
import time

from conftest import run_cli
from practice_org import CLIENT
from test_exports import FLOW as EXPORTED_FLOW, QUEUE as EXPORTED_QUEUE, finished_setup
from wizard import BINARY

QUEUE = 'Atención "Clientes" #1'
FLOW = "Flujo Ñandú"
INTEGRATION = "Mensajería SF"
EMAIL = "ana.garcia@example.com"

ANSWERS = f"""version: 1
language: es
queue:
  name: {json.dumps(QUEUE)}
member:
  email: {EMAIL}
flow:
  name: {FLOW}
integration:
  name: {INTEGRATION}
  webhook_url: https://example.com/hook
"""


def suffix(profile):
    return "".join(c if c.isalnum() else "_" for c in profile.upper())


def credentials(profile, server):
    """The profile's credentials, as apply reads them from the environment."""
    name = suffix(profile)
    return {f"GENESYSCLOUD_OAUTHCLIENT_ID_{name}": CLIENT[0], f"GENESYSCLOUD_OAUTHCLIENT_SECRET_{name}": CLIENT[1],
            f"GENESYSCLOUD_REGION_{name}": server.base}


def apply(home, *args, env=None, lang="C.UTF-8"):
    environment = {"PATH": os.environ["PATH"], "HOME": home, "XDG_STATE_HOME": home, "LANG": lang, **(env or {})}
    return subprocess.run([BINARY, "apply", *args], env=environment, cwd=home, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120)


def write(home, name, text):
    path = os.path.join(home, name)
    with open(path, "w") as file:
        file.write(text)
    return path


def org_state(server):
    """The practice org as it is now (its state file is written a few milliseconds after a change)."""
    status, state = server.request("GET", "/practice/state")
    assert status == 200
    return state


def setup_objects(state):
    """A practice org's objects by name, as the setup sees them: each queue's members, each flow and where it
    transfers, each integration's webhook and the flow its route starts."""
    users = {user["id"]: user["email"] for user in state["users"]}
    queues = {queue["name"]: sorted(users[member["id"]] for member in state["members"].get(queue["id"], []))
              for queue in state["queues"]}
    flows = {flow["name"]: (flow.get("publishedVersion") is not None, sorted(state["flowTransfers"].get(flow["id"], [])))
             for flow in state["flows"] if not flow.get("deleted")}
    integrations = {entry["integration"]["name"]: entry["integration"]["outboundNotificationWebhookUrl"]
                    for entry in state["integrations"]}
    routes = {recipient["name"]: (recipient.get("flow") or {}).get("name") for recipient in state["recipients"]}
    return {"queues": queues, "flows": flows, "integrations": integrations, "routes": routes}


def count_named(state, kind, name):
    items = [entry.get("integration", entry) for entry in state[kind]]
    return sum(1 for item in items if item["name"] == name and not item.get("deleted"))


def test_an_exported_answers_file_applied_to_a_fresh_org_makes_the_same_objects(home, checkpoint, server_factory):
    # A setup finished in the wizard, exported; applied to a fresh org; exported again from there, the same file;
    # applied to a second fresh org, the same objects in both.
    finished_setup(checkpoint, language="es")
    exported = run_cli(home, "export", "answers", "-o", "first.yaml")
    assert exported.returncode == 0, exported.stderr
    with open(os.path.join(home, "first.yaml")) as file:
        first = file.read()
    assert "version: 1" in first and "# " in first and "practice-secret" not in first

    servers = [server_factory(), server_factory()]
    # One org's credentials come from the environment, the other's from a command the user names.
    with open(os.path.join(home, "b.env"), "w") as file:
        file.write(f"GENESYSCLOUD_OAUTHCLIENT_ID={CLIENT[0]}\nexport GENESYSCLOUD_OAUTHCLIENT_SECRET='{CLIENT[1]}'\n"
                   f"GENESYSCLOUD_REGION={servers[1].base}\n")
    result = apply(home, "--answers", "first.yaml", "--profile", "a", "--yes", env=credentials("a", servers[0]))
    assert result.returncode == 3, result.stdout + result.stderr
    assert CLIENT[1] not in result.stdout + result.stderr
    again = run_cli(home, "export", "answers", "--profile", "a", "-o", "second.yaml")
    assert again.returncode == 0, again.stderr
    with open(os.path.join(home, "second.yaml")) as file:
        second = file.read()
    assert second.replace("«a»", "«default»") == first, "what apply saved exports as the file it was given"

    result = apply(home, "--answers", "second.yaml", "--profile", "b", "--yes", "--credentials-command", "cat {profile}.env")
    assert result.returncode == 3, result.stdout + result.stderr
    made = [setup_objects(org_state(server)) for server in servers]
    assert made[0] == made[1]
    assert made[0]["queues"][EXPORTED_QUEUE] == [EMAIL]
    assert made[0]["flows"][EXPORTED_FLOW] == (True, [EXPORTED_QUEUE])
    assert made[0]["routes"][INTEGRATION] == EXPORTED_FLOW


def test_bad_answers_files_name_the_file_line_and_key_and_change_nothing(home, server_factory):
    server = server_factory()
    env = {**credentials("default", server), "HOOK": "123"}
    lines = ANSWERS.splitlines()
    cases = {
        "wrong-type.yaml": (lines[:3] + ["  name: [a, b]"] + lines[4:], 4, "queue.name", "must be a text"),
        "unknown-key.yaml": (lines + ["  colour: blue"], len(lines) + 1, "integration.colour", "no such key"),
        "short-token.yaml": (lines + ["  webhook_token_env: HOOK"], len(lines) + 1, "integration.webhook_token_env",
                             "more than 15 characters (this has 3)."),
        "missing.yaml": (lines[:-1], 9, "integration.webhook_url", "missing"),
    }
    for name, (content, line, key, words) in cases.items():
        write(home, name, "\n".join(content) + "\n")
        result = apply(home, "--answers", name, "--yes", env=env)
        assert result.returncode == 2, (name, result.stdout, result.stderr)
        assert f"{name}:{line}: {key}: " in result.stderr and words in result.stderr, (name, result.stderr)
    # Bad options are bad input too: profiles that would read one org's variables, a --parallel out of range.
    for options in (("--profile", "acme-eu", "--profile", "acme.eu"), ("--parallel", "17")):
        result = apply(home, "--answers", "missing.yaml", *options, env=env)
        assert result.returncode == 2, (options, result.stderr)
    assert "ACME_EU" in apply(home, "--answers", "x", "--profile", "acme-eu", "--profile", "acme.eu").stderr
    # In Spanish, the same place and the wizard's Spanish words.
    result = apply(home, "--answers", "missing.yaml", "--yes", env=env, lang="es_ES.UTF-8")
    assert "missing.yaml:9: integration.webhook_url: falta" in result.stderr, result.stderr
    assert not os.path.exists(os.path.join(home, "omwizard", "default.json")), "nothing was saved"
    _, token = server.token()
    _, queues = server.request("GET", "/api/v2/routing/queues?pageSize=100", token=token["access_token"])
    assert all(queue["name"] != QUEUE for queue in queues["entities"])


def test_three_orgs_with_a_fault_on_one_then_a_rerun_finishes_only_that_one(home, server_factory):
    write(home, "answers.yaml", ANSWERS)
    orgs = ("north", "south", "east")
    servers = {name: server_factory(*(["--fault", "status:500 POST /api/v2/conversations/messaging/integrations/open x1"] if name == "east" else []))
               for name in orgs}
    env = {key: value for name, server in servers.items() for key, value in credentials(name, server).items()}
    profiles = [arg for name in orgs for arg in ("--profile", name)]

    # --plan-only: each org's plan, and no org nor checkpoint changed.
    before = {name: org_state(server) for name, server in servers.items()}
    planned = apply(home, "--answers", "answers.yaml", *profiles, "--plan-only", env=env)
    assert planned.returncode == 0, planned.stdout + planned.stderr
    assert planned.stdout.count("Publish the flow") == 3 and "--plan-only" in planned.stdout
    assert {name: org_state(server) for name, server in servers.items()} == before
    assert not os.path.exists(os.path.join(home, "omwizard", "north.json"))

    # Without a terminal, nothing changes without --yes.
    refused = apply(home, "--answers", "answers.yaml", *profiles, env=env)
    assert refused.returncode == 2 and "--yes" in refused.stdout
    assert {name: org_state(server) for name, server in servers.items()} == before
    assert not os.path.exists(os.path.join(home, "omwizard", "north.json")), "no progress saved before the yes"

    first = apply(home, "--answers", "answers.yaml", *profiles, "--yes", "--json", "--parallel", "2", env=env)
    assert first.returncode == 1, first.stdout + first.stderr
    reports = {report["profile"]: report for report in map(json.loads, first.stdout.splitlines())}
    assert set(reports) == set(orgs)
    assert reports["north"]["result"] == reports["south"]["result"] == "leftToYou"
    assert reports["east"]["result"] == "failed" and "(500)" in reports["east"]["problem"]
    assert reports["east"]["steps"]["flow"] == "made" and reports["east"]["steps"]["integration"] == "failed"
    assert reports["east"]["steps"]["route"] == "notReached"
    assert reports["north"]["steps"] == {"queue": "made", "member": "made", "flow": "made", "integration": "made",
                                         "route": "made", "salesforce": "leftToYou"}
    assert "FAILED" in first.stderr, "the table, on standard error beside the JSON"

    second = apply(home, "--answers", "answers.yaml", *profiles, "--yes", env=env)
    assert second.returncode == 3, second.stdout + second.stderr
    assert "[east] ✓ Integration “Mensajería SF”: done" in second.stdout
    assert "[east] ✓ Flow" not in second.stdout and "[north] ✓" not in second.stdout.replace("[north] ✓ Checked", ""), \
        "what is done is not done again"
    for name, server in servers.items():
        state = org_state(server)
        assert count_named(state, "queues", QUEUE) == 1, name
        assert count_named(state, "flows", FLOW) == 1, name
        assert count_named(state, "integrations", INTEGRATION) == 1, name
        assert setup_objects(state)["routes"][INTEGRATION] == FLOW, name


def test_exit_status_says_done_failed_or_left_to_you(home, server_factory):
    write(home, "answers.yaml", ANSWERS)
    server = server_factory()
    env = credentials("solo", server)
    # An org without credentials fails by itself, and names the variables it needs.
    missing = apply(home, "--answers", "answers.yaml", "--profile", "solo", "--profile", "none", "--yes", "--test-message",
                    env=env)
    assert missing.returncode == 1, missing.stdout + missing.stderr
    assert "GENESYSCLOUD_OAUTHCLIENT_ID_NONE and GENESYSCLOUD_OAUTHCLIENT_SECRET_NONE" in missing.stdout
    assert "[solo] ✓ The message reached the queue" in missing.stdout
    # Once the admin has done Salesforce's step in the wizard, the org is done: 0.
    path = os.path.join(home, "omwizard", "solo.json")
    with open(path) as file:
        saved = json.load(file)
    saved["statuses"]["salesforce"] = "done"
    with open(path, "w") as file:
        json.dump(saved, file)
    done = apply(home, "--answers", "answers.yaml", "--profile", "solo", "--yes", "--json", env=env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert json.loads(done.stdout)["result"] == "done"
    # A file that is not there is bad input.
    assert apply(home, "--answers", "none.yaml", env=env).returncode == 2


def test_a_kill_during_apply_then_a_rerun_leaves_one_of_each(home, server_factory):
    # Architect takes three seconds: apply is killed while it waits for the job, then run again.
    write(home, "answers.yaml", ANSWERS)
    server = server_factory("--job-delay", "3")
    env = credentials("default", server)
    environment = {"PATH": os.environ["PATH"], "HOME": home, "XDG_STATE_HOME": home, "LANG": "C.UTF-8", **env}
    process = subprocess.Popen([BINARY, "apply", "--answers", "answers.yaml", "--yes"], env=environment, cwd=home,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    path = os.path.join(home, "omwizard", "default.json")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        if os.path.exists(path):
            with open(path) as file:
                try:
                    if json.load(file).get("org", {}).get("flowJobID"):
                        break
                except json.JSONDecodeError:
                    pass
        time.sleep(0.05)
    else:
        raise AssertionError("apply never started publishing")
    process.kill()
    process.wait()
    with open(path) as file:
        assert CLIENT[1] not in file.read(), "the secret is never saved"
    rerun = apply(home, "--answers", "answers.yaml", "--yes", "--json", env=env)
    assert rerun.returncode == 3, rerun.stdout + rerun.stderr
    report = json.loads(rerun.stdout)
    assert report["steps"]["flow"] == "made", "the flow its job made is this setup's, not reused"
    state = org_state(server)
    for kind, name in (("queues", QUEUE), ("flows", FLOW), ("integrations", INTEGRATION)):
        assert count_named(state, kind, name) == 1, kind


def test_output_to_a_pipe_holds_no_escape_sequence_and_no_secret(home, server_factory):
    write(home, "answers.yaml", ANSWERS)
    server = server_factory()
    result = apply(home, "--answers", "answers.yaml", "--yes", "--test-message", env=credentials("default", server))
    assert result.returncode == 3, result.stdout + result.stderr
    output = result.stdout + result.stderr
    assert "\x1b" not in output and "\r" not in output
    assert CLIENT[1] not in output


def test_the_wizard_itself_never_loads_the_yaml_library():
    # Yams brings all of Foundation (9 MiB, 5 ms at every start): only omwizard-apply may link it.
    apply_program = os.path.join(os.path.dirname(BINARY), "omwizard-apply")
    for program, expected in ((BINARY, False), (apply_program, True)):
        with open(program, "rb") as file:
            code = file.read()
        # Swift's mangled names of the two modules, linked statically or not.
        assert (b"4Yams" in code) == expected, program
        assert (b"s10Foundation" in code) == expected, program
