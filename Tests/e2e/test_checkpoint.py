"""Damaged, newer and locked checkpoints, status and reset, through the real binary."""
import json
import os
import stat
import subprocess

import checkpoints
from checkpoints import NO_ANSWERS, stopped_at_member
from conftest import run_cli, status_json
from wizard import BINARY


def write(path, text):
    os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)


def good_checkpoint(queue="Atención al Cliente"):
    return json.dumps(stopped_at_member(queue, queue_origin="existing"))


def test_a_checkpoint_of_version_1_resumes_where_it_stopped_and_is_rewritten_in_this_version(spawn, checkpoint):
    """A Practice run in Verify stopped at the member step, as omwizard wrote it before the mode was split
    into how and which org."""
    answers = {**NO_ANSWERS, "genesysAdmin": True, "salesforceAdmin": True, "packageInstalled": True,
               "queueName": "Atención al Cliente", "queueDone": True}
    write(checkpoint, json.dumps({
        "schemaVersion": 1, "language": "es", "mode": "practice", "practiceRuns": "verify", "answers": answers,
        "statuses": {"prerequisites": "done", "queue": "done", "member": "inProgress"},
        "confirmed": {"prerequisites": "", "queue": "new|Atención al Cliente"}}))
    w = spawn()
    w.wait_for("(•) Práctica")
    w.wait_for("Miembro")
    # Another language is a change, saved at once: in this version's shape, with nothing lost.
    w.press("right")
    w.wait_for("(•) Practice")
    w.pump(0.5)
    saved = json.load(open(checkpoint))
    assert saved["schemaVersion"] == checkpoints.SCHEMA_VERSION and saved["language"] == "en"
    assert saved["mode"] == {"how": "verify", "org": "practice"} and "practiceRuns" not in saved
    assert saved["answers"]["queueName"] == "Atención al Cliente" and saved["statuses"]["queue"] == "done"
    w.press("esc")
    w.type("y")
    assert w.finish() == 0


def test_corrupt_checkpoint_is_named_and_left_alone_on_quit(spawn, checkpoint):
    write(checkpoint, '{"schemaVersion": 1, "language": ')
    w = spawn("--lang", "en")
    w.wait_for("The saved progress cannot be read")
    w.wait_for(checkpoint)
    w.wait_for("no readable backup")
    w.type("q")
    assert w.finish() == 0
    assert open(checkpoint).read() == '{"schemaVersion": 1, "language": '


def test_corrupt_checkpoint_offers_the_backup(spawn, checkpoint):
    write(checkpoint + ".bak", good_checkpoint("Cola de respaldo"))
    write(checkpoint, "garbage")
    w = spawn("--lang", "es")
    w.wait_for("El archivo no es un progreso legible")
    w.wait_for("Existe una copia buena anterior")
    w.type("b")
    w.wait_for("Se recuperó la copia buena anterior")
    w.press("enter")
    w.wait_for("Paso 3 de 7: Miembro")
    w.wait_for("respaldo»")
    folder = os.path.dirname(checkpoint)
    assert [name for name in os.listdir(folder) if ".damaged-" in name], "the damaged file is kept aside"


def test_empty_and_newer_checkpoints_get_their_own_words(spawn, checkpoint):
    write(checkpoint, "")
    w = spawn("--lang", "en")
    w.wait_for("The file is empty")
    w.type("q")
    w.finish()
    write(checkpoint, '{"schemaVersion": 99}')
    w = spawn("--lang", "en")
    w.wait_for("A newer omwizard wrote this file (format 99")
    w.type("n")
    w.pump(0.3)
    assert w.shows("A newer omwizard wrote this file"), "N is not an answer here: nothing happens"
    w.type("f")
    w.wait_for("Starting fresh. The damaged file is kept beside it as default.json.damaged-")
    w.press("enter")
    w.wait_for("Step 1 of 7")
    w.press("space")
    w.pump(0.5)
    assert json.load(open(checkpoint))["schemaVersion"] == checkpoints.SCHEMA_VERSION


def test_status_of_a_corrupt_checkpoint_names_it_and_fails(home, checkpoint):
    write(checkpoint, "{broken")
    result = run_cli(home, "status", "--lang", "en")
    assert result.returncode == 1
    assert checkpoint in result.stderr and "cannot be read" in result.stderr
    assert open(checkpoint).read() == "{broken"
    as_json = run_cli(home, "status", "--json")
    assert as_json.returncode == 1
    report = json.loads(as_json.stdout)
    assert report["checkpoint"] == checkpoint and report["exists"] and "cannot be read" in report["error"]


def test_status_text_and_json(home, checkpoint):
    assert "No progress saved yet" in run_cli(home, "status", "--lang", "en").stdout
    assert status_json(home)["exists"] is False
    write(checkpoint, good_checkpoint())
    text = run_cli(home, "status", "--lang", "es").stdout
    assert "Cola" in text and "«Atención al Cliente» (existente)" in text and "Siguiente: Miembro" in text
    report = status_json(home)
    assert report["finished"] == 2 and report["next"] == "member"
    assert [step["status"] for step in report["steps"]][:3] == ["done", "skipped", "inProgress"]


def test_checkpoint_and_profile_options(home, tmp_path):
    custom = str(tmp_path / "elsewhere" / "acme.json")
    write(custom, good_checkpoint())
    assert status_json(home, "--checkpoint", custom)["checkpoint"] == custom
    assert status_json(home, "--profile", "acme")["checkpoint"].endswith("/omwizard/acme.json")
    for bad_name in ["../etc", "-x", ".hidden"]:
        bad = run_cli(home, "status", "--profile=" + bad_name, "--lang", "en")
        assert bad.returncode != 0 and "not a usable profile name" in bad.stderr, bad_name
    assert status_json(home, "--profile", "compañía")["checkpoint"].endswith("/omwizard/compañía.json")
    both = run_cli(home, "status", "--profile", "acme", "--checkpoint", custom)
    assert both.returncode != 0 and "give only one of them" in both.stderr


def test_reset_keeps_a_backup_that_later_saves_never_touch(spawn, home, checkpoint):
    assert "Nothing to reset" in run_cli(home, "reset", "--lang", "en").stdout
    write(checkpoint, good_checkpoint())
    result = run_cli(home, "reset", "--lang", "en")
    assert result.returncode == 0 and checkpoint + ".reset-" in result.stdout
    assert not os.path.exists(checkpoint)
    kept = [name for name in os.listdir(os.path.dirname(checkpoint)) if ".reset-" in name]
    assert len(kept) == 1
    # A new walk saves many times; the reset copy stays as it was.
    w = spawn("--lang", "en")
    w.wait_for("Welcome")
    w.press("enter", "space", "down", "space", "down", "space", "enter")
    w.wait_for("Step 2 of 7")
    w.pump(0.5)
    copy = json.load(open(os.path.join(os.path.dirname(checkpoint), kept[0])))
    assert copy["answers"]["queueName"] == "Atención al Cliente"


def test_reset_refuses_while_a_wizard_runs(spawn, home):
    w = spawn("--lang", "en")
    w.wait_for("Welcome")
    result = run_cli(home, "reset", "--lang", "en")
    assert result.returncode == 3 and "Another omwizard" in result.stderr


def test_start_over_in_the_wizard_keeps_a_copy_of_the_progress_it_clears(spawn, checkpoint):
    write(checkpoint, good_checkpoint(queue="Cola Guardada"))
    w = spawn("--lang", "en")
    w.wait_for("Resume at")
    # Progress is the third field; → picks "Start over", Enter asks, Y confirms.
    w.press("down", "down", "right", "enter")
    w.wait_for("Start over?")
    w.type("y")
    w.wait_for("Step 1 of 7")
    w.press("ctrl-c")
    w.type("y")
    assert w.finish() == 0
    folder = os.path.dirname(checkpoint)
    copies = [name for name in os.listdir(folder) if name.startswith("default.json.reset-")]
    assert len(copies) == 1
    with open(os.path.join(folder, copies[0])) as kept:
        assert json.load(kept)["answers"]["queueName"] == "Cola Guardada"
    with open(checkpoint) as current:
        assert json.load(current)["answers"]["queueName"] == ""


def test_a_fifo_at_the_checkpoints_path_is_refused_at_once(spawn, home, checkpoint):
    os.makedirs(os.path.dirname(checkpoint), mode=0o700, exist_ok=True)
    os.mkfifo(checkpoint)
    # Reading a FIFO waits for a writer that never comes: `status` must answer by itself.
    env = {"PATH": os.environ["PATH"], "HOME": home, "XDG_STATE_HOME": home, "LANG": "C.UTF-8"}
    result = subprocess.run([BINARY, "status", "--lang", "en"], env=env, capture_output=True, text=True,
                            stdin=subprocess.DEVNULL, timeout=10)
    assert result.returncode != 0 and "This is not a file" in result.stderr
    w = spawn("--lang", "es")
    w.wait_for("Esto no es un archivo")
    w.type("q")
    assert w.finish() == 0
    assert stat.S_ISFIFO(os.stat(checkpoint).st_mode), "left as it was"


def test_a_value_longer_than_genesys_takes_is_drawn_at_once_and_refused(spawn, checkpoint):
    # A megabyte-long queue name, as a hand edit or another program might leave it.
    write(checkpoint, good_checkpoint("Q" * 1_000_000))
    w = spawn("--lang", "en")
    w.wait_for("Resume at Queue")
    w.press("enter")
    w.wait_for("Too long: Genesys takes at most 200 characters here (this has 1000000).")
    w.press("down", "ctrl-u")
    w.type("Ventas")
    w.press("down", "space", "enter")
    w.wait_for("Step 3 of 7")
    with open(checkpoint) as file:
        assert json.load(file)["answers"]["queueName"] == "Ventas"


def test_fields_a_newer_version_wrote_survive_a_session(spawn, checkpoint):
    saved = json.loads(good_checkpoint())
    saved["answers"]["queueDescription"] = "Para Salesforce"
    saved["audit"] = {"created": ["queue-1"]}
    write(checkpoint, json.dumps(saved))
    w = spawn("--lang", "en")
    w.wait_for("Resume at Member")
    w.press("enter")
    w.wait_for("Step 3 of 7")
    w.type("ana@example.com")
    w.press("ctrl-c")
    w.type("y")
    assert w.finish() == 0
    with open(checkpoint) as file:
        kept = json.load(file)
    assert kept["answers"]["memberEmail"] == "ana@example.com"
    assert kept["answers"]["queueDescription"] == "Para Salesforce" and kept["audit"] == {"created": ["queue-1"]}


def test_the_top_help_shows_the_usual_options_and_variables_and_there_is_a_version(home):
    helped = run_cli(home, "--help")
    assert helped.returncode == 0
    for needle in ["--lang", "--mode", "--profile", "--api-base", "--region", "GENESYSCLOUD_OAUTHCLIENT_SECRET"]:
        assert needle in helped.stdout, needle
    version = run_cli(home, "--version")
    assert version.returncode == 0 and version.stdout.startswith("omwizard ")
    assert run_cli(home, "status", "--lang", "ES").returncode == 0, "a language code in capitals is read too"


def test_every_command_speaks_the_language_the_progress_was_made_in(home, checkpoint, spawn):
    """One rule: --lang, else the saved progress's language, else the environment's (here English)."""
    write(checkpoint, good_checkpoint())  # made in Spanish
    assert "Siguiente" in run_cli(home, "status").stdout
    w = spawn()
    w.wait_for("Bienvenida")
    locked = run_cli(home, "reset")
    assert locked.returncode == 3 and "Otro omwizard" in locked.stderr, locked.stderr
    w.press("esc")
    w.type("s")
    w.finish()
    reset = run_cli(home, "reset")
    assert reset.returncode == 0 and "Empezando de nuevo" in reset.stdout


def test_status_of_a_damaged_checkpoint_says_what_the_wizard_will_offer(home, checkpoint):
    write(checkpoint + ".bak", good_checkpoint("Cola de respaldo"))
    write(checkpoint, "garbage")
    result = run_cli(home, "status", "--lang", "en")
    assert result.returncode == 1
    assert "A previous good copy (.bak) exists" in result.stderr and "omwizard offers to go on from that copy" in result.stderr
