"""The line mode (--accessible), on the real binary: through a pipe, and in a pty whose TERM is dumb."""
import io
import json
import os
import re
import subprocess

import pexpect
import pytest

from conftest import status_json
from wizard import BINARY, Wizard

YES = {"en": "y", "es": "sí"}

# Every answer of a Guided walk, in the order asked; "" keeps the value in brackets.
def guided_answers(language):
    yes = YES[language]
    return [
        "", "1",                                   # the language the command line chose, Guided
        yes, yes, yes,                             # step 1
        "", "Atención al Cliente", yes,            # a new queue, with an accented name
        "josé.núñez@example.com", "", yes,         # step 3
        "", "", yes,                               # step 4, the suggested name
        "", "", "copy", "", yes,                   # step 5: name, address, the token made for it (shown once)
        yes,                                       # step 6
        yes, yes, yes, yes,                        # step 7
        "1",                                       # the summary: finish
    ]


def practice_answers(language):
    yes = YES[language]
    return [
        "", "4", "",                               # Practice, Automatic
        yes, yes,                                  # step 1 (no Salesforce admin to be on a practice org)
        "", "Cola Señales",                        # step 2: a new queue (the seed has "Atención al Cliente")
        "",                                        # step 3: the practice org's user
        "", "",                                    # step 4
        "", "", "",                                # step 5
        "",                                        # step 6, which the wizard binds: go on
        "",                                        # the plan: carry it out
        "",                                        # go on
        "", "",                                    # send the test message, then go on
        yes, yes, yes, yes,                        # step 7
        "1",                                       # finish
    ]


def environment(home, **extra):
    return {"PATH": os.environ["PATH"], "HOME": home, "XDG_STATE_HOME": home, "LANG": "C.UTF-8", **extra}


def through_a_pipe(home, answers, *args, **extra):
    return subprocess.run([BINARY, *args], env=environment(home, **extra), cwd=home, capture_output=True,
                          input=("\n".join(answers) + "\n").encode("utf-8"), timeout=120)


def assert_plain(output):
    assert b"\x1b" not in output, "an escape byte"
    assert b"\r" not in output, "a carriage return"
    assert b"\x07" not in output


FULL_SCREEN_KEYS = ["F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "Esc", "Space", "Espacio", "Tab", "Ctrl"]


def assert_no_key_names(output):
    """Nothing the line mode says names a key of the full screen (a word of its own, not a part of one)."""
    for key in FULL_SCREEN_KEYS:
        assert not re.search(r"\b" + key + r"\b", output), key


def in_a_dumb_terminal(home, *args, **extra):
    child = pexpect.spawn(BINARY, list(args), env=environment(home, TERM="dumb", **extra), cwd=home,
                          dimensions=(24, 80), encoding="utf-8", timeout=30)
    child.delaybeforesend = None
    # Everything the terminal showed: the wizard's output and the terminal's own echo of what was typed.
    child.logfile_read = io.StringIO()
    return child


def shown(child):
    text = child.logfile_read.getvalue()
    assert "\x1b" not in text, "an escape sequence"
    return text


def finished_through_a_pipe(home, answers, language):
    """Runs the whole setup from a pipe; its output, once every step is finished and nothing odd was printed."""
    result = through_a_pipe(home, answers, "--lang", language)
    output = result.stdout.decode("utf-8")
    assert result.returncode == 0, output + result.stderr.decode()
    assert_plain(result.stdout)
    assert_plain(result.stderr)
    assert status_json(home)["finished"] == 7, output
    return output


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_guided_walk_through_a_pipe(home, language):
    output = finished_through_a_pipe(home, guided_answers(language), language)
    said = {"en": ("Input or output is not a terminal", "Step 5 of 7: Integration", "Summary", "Every step is finished."),
            "es": ("La entrada o la salida no es una terminal", "Paso 5 de 7: Integración", "Resumen", "Todos los pasos están terminados.")}
    for line in said[language]:
        assert line in output, line
    answers = status_json(home)["answers"]
    assert answers["queueName"] == "Atención al Cliente" and answers["memberEmail"] == "josé.núñez@example.com"
    # The webhook token: shown once, asked for with copy, on its own line; never in the checkpoint.
    token = re.search(r"\]: \n(\S{16,})\n", output).group(1)
    assert len(token) > 15 and output.count(token) == 1
    assert token not in open(os.path.join(home, "omwizard", "default.json")).read()


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_practice_automatic_run_through_a_pipe(home, language):
    output = finished_through_a_pipe(home, practice_answers(language), language)
    assert_no_key_names(output)
    saved = json.load(open(os.path.join(home, "omwizard", "default.json")))
    assert saved["org"]["queueID"] and saved["org"]["flowID"] and saved["org"]["integrationID"]
    assert saved["testMessage"]["outcome"]["reachedQueue"]["queue"] == "Cola Señales"
    plan = {"en": ("2. Create the queue “Cola Señales”", "6. Route → “Salesforce External Routing Flow”: done"),
            "es": ("2. Crear la cola «Cola Señales»", "6. Ruta → «Flujo Salesforce Enrutamiento Externo»: hecho")}
    for line in plan[language]:
        assert line in output, output


def test_a_wrong_value_back_quit_and_resume_in_a_dumb_terminal(home):
    child = in_a_dumb_terminal(home, "--lang", "en")
    child.expect_exact("TERM is dumb or not set")
    for prompt, answer in [("Language", ""), ("Mode (1 to 4) [1]: ", "1"),
                           ("Genesys Cloud CX org (yes or no) [no]: ", "maybe")]:
        child.expect_exact(prompt)
        child.sendline(answer)
    child.expect_exact("Error: Answer yes or no.")
    for prompt, answer in [("Genesys Cloud CX org (yes or no) [no]: ", "y"), ("Salesforce org (yes or no) [no]: ", "y"),
                           ("is installed (yes or no) [no]: ", "y"), ("Queue: 1 Use an existing one, 2 Create a new one [2]: ", ""),
                           ("Queue name [", "Ventas"), ("The queue exists in Genesys Cloud (yes or no) [no]: ", "y"),
                           ("User's email: ", "nope")]:
        child.expect_exact(prompt)
        child.sendline(answer)
    child.expect_exact("Error: User's email: Not an email address (like name@example.com).")
    child.expect_exact("User's email [nope]: ")
    child.sendline("back")
    child.expect_exact("Step 2 of 7: Queue (done)")
    child.expect_exact("Queue: 1 Use an existing one, 2 Create a new one [2]: ")
    child.sendline("quit")
    child.expect_exact("Run “omwizard” to resume.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    # Again: the setup resumes at the first step not finished, with what was typed there.
    child = in_a_dumb_terminal(home, "--lang", "en")
    child.expect_exact("Saved progress: 2 of 7 steps finished.")
    for prompt in ["Language", "Mode (1 to 4) [1]: ", "Progress: 1 Resume at Member, 2 Start over [1]: "]:
        child.expect_exact(prompt)
        child.sendline("")
    child.expect_exact("Step 3 of 7: Member")
    child.expect_exact("User's email [nope]: ")
    child.sendline("ana@example.com")
    child.expect_exact("Membership: ")
    child.sendline("?")
    child.expect_exact("back: the question before")
    child.sendline("status")
    child.expect_exact("Step 2 of 7: Queue: “Ventas” (new)")
    child.sendline("quit")
    child.expect(pexpect.EOF)
    child.close()
    shown(child)
    assert status_json(home)["answers"]["memberEmail"] == "ana@example.com"


def test_the_oauth_secret_is_never_echoed_nor_shown(home, server_factory):
    server = server_factory()
    secret = "not-the-real-secret-0123456789"
    child = in_a_dumb_terminal(home, "--lang", "en", "--mode", "verify", "--api-base", server.base,
                               GENESYSCLOUD_OAUTHCLIENT_ID="nobody")
    for prompt in ["Language", "Mode (1 to 4) [2]: ", "Region or address [" + server.base + "]: ", "Client id [nobody]: "]:
        child.expect_exact(prompt)
        child.sendline("")
    child.expect_exact("Client secret (not shown as you type): ")
    child.sendline(secret)
    child.expect_exact("Error: Genesys Cloud refused the login")
    child.expect_exact("Client secret (not shown as you type) [kept]: ")
    child.sendline("copy")
    child.expect_exact("The client secret is never copied")
    child.sendline("quit")
    child.expect(pexpect.EOF)
    child.close()
    assert secret not in shown(child)
    saved = os.path.join(home, "omwizard", "default.json")
    assert not os.path.exists(saved) or secret not in open(saved).read()


def test_a_checkpoint_moves_between_the_two_front_ends(home, spawn):
    # Line by line to the member's screen.
    answers = ["", "1", "y", "y", "y", "", "Señales", "y", "quit"]
    assert through_a_pipe(home, answers, "--lang", "en").returncode == 0
    # The full screen resumes there, with the queue's name.
    w = spawn("--lang", "en")
    w.wait_for("Resume at Member")
    w.press("enter")
    w.wait_for("Step 3 of 7")
    w.type("eva@example.com")
    w.press("esc")
    w.wait_for("Señales")
    w.press("ctrl-c")
    w.wait_for("Quit omwizard?")
    w.type("y")
    assert w.finish() == 0
    # And the line mode takes it back: the email typed on the full screen, at the queue's screen left.
    result = through_a_pipe(home, ["", "", "", "", "", "quit"], "--lang", "en")
    output = result.stdout.decode("utf-8")
    assert "Resume at Member" in output
    assert "User's email [eva@example.com]: " in output, output
    assert_plain(result.stdout)


def test_a_long_wait_says_it_is_still_going(home):
    answers = ["", "4", "", "y", "y", "", "", "", "", "", "", "", "", "", "", "", "quit"]
    result = through_a_pipe(home, answers, "--lang", "en",
                            "--practice-fault", "latency:5600 POST /api/v2/conversations/messaging/integrations/open x1")
    output = result.stdout.decode("utf-8")
    assert result.returncode == 0, output
    at = output.index("Creating the integration")
    assert "Still working: 5 seconds." in output[at:], output
    assert "Finished after " in output[at:]
    assert output.index("5. Integration") > output.index("Finished after ")


def test_ctrl_c_at_a_question_stops_with_the_progress_saved(home):
    child = in_a_dumb_terminal(home, "--lang", "es")
    child.expect_exact("Idioma")
    child.sendline("")
    child.expect_exact("Modo (1 a 4) [1]: ")
    child.sendline("")
    child.expect_exact("Paso 1 de 7")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.signalstatus is None and child.exitstatus == 130
    assert status_json(home)["next"] == "prerequisites"


def test_with_no_input_at_all_it_says_why_and_changes_nothing(home):
    result = subprocess.run([BINARY, "--lang", "en"], env=environment(home), cwd=home, capture_output=True,
                            stdin=subprocess.DEVNULL, timeout=30)
    output = result.stdout.decode("utf-8")
    assert result.returncode == 0
    assert output.startswith("Input or output is not a terminal: omwizard asks its questions line by line")
    assert "The input ended." in output
    assert not os.path.exists(os.path.join(home, "omwizard", "default.json"))


def answer_in_a_dumb_terminal(home, answers, *args):
    """Answers each question as it comes: a question is output that ends with ": " and then waits."""
    child = in_a_dumb_terminal(home, *args)
    for answer in answers:
        waited = ""
        while True:
            try:
                waited += child.read_nonblocking(65536, timeout=0.3)
            except pexpect.TIMEOUT:
                if waited.endswith(": ") or shown(child).endswith(": "):
                    break
            except pexpect.EOF:
                raise AssertionError(f"ended before {answer!r}:\n{shown(child)[-2000:]}")
        child.sendline(answer)
    child.expect(pexpect.EOF, timeout=60)
    child.close()
    return child


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_guided_walk_in_a_dumb_terminal(home, language):
    child = answer_in_a_dumb_terminal(home, guided_answers(language), "--lang", language)
    assert child.exitstatus == 0, shown(child)[-2000:]
    assert ("TERM is dumb" if language == "en" else "TERM es dumb") in shown(child)
    assert status_json(home)["finished"] == 7
    # Long lines are broken between words, short of the terminal's 80 columns (what was typed aside).
    lines = shown(child).replace("\r\n", "\n").split("\n")
    assert max(len(line) for line in lines if "[" not in line) <= 79


@pytest.mark.parametrize("language", ["en", "es"])
def test_a_practice_automatic_run_in_a_dumb_terminal(home, language):
    child = answer_in_a_dumb_terminal(home, practice_answers(language), "--lang", language)
    assert child.exitstatus == 0, shown(child)[-2000:]
    assert status_json(home)["finished"] == 7
    saved = json.load(open(os.path.join(home, "omwizard", "default.json")))
    assert saved["testMessage"]["outcome"]["reachedQueue"]["queue"] == "Cola Señales"


@pytest.mark.parametrize("language", ["en", "es"])
def test_nothing_said_names_a_key_of_the_full_screen(home, language):
    # Without copy: the token it prints is random, and could hold any of these words.
    answers = [answer for answer in guided_answers(language)[:-1] if answer != "copy"] + ["?", "help", "4", "quit"]
    assert_no_key_names(through_a_pipe(home, answers, "--lang", language).stdout.decode())


def test_automatic_on_an_org_reached_by_its_address(home, server_factory):
    """The same plan on an org the wizard logs in to with an OAuth client, as with a real one."""
    server = server_factory()
    answers = ["", "3", "", "", "",              # Automatic; the address, the client and its secret as given
               "y", "y", "y", "", "Cola Remota", "ana.garcia@example.com", "", "", "", "", "",
               "", "", "",                       # the route's screen, carry out the plan, go on
               "3",                              # no test message
               "y", "y", "y", "y", "1"]
    result = through_a_pipe(home, answers, "--lang", "en", "--api-base", server.base,
                            GENESYSCLOUD_OAUTHCLIENT_ID="omwizard-practice",
                            GENESYSCLOUD_OAUTHCLIENT_SECRET="practice-secret-do-not-use-in-production")
    output = result.stdout.decode()
    assert result.returncode == 0, output
    assert "Client secret (not shown as you type) [kept]: " in output
    assert "practice-secret-do-not-use-in-production" not in output
    assert "5. Integration “Salesforce External Routing Messaging”: done" in output
    assert status_json(home)["finished"] == 7


SGR_COLOUR = re.compile(rb"\x1b\[[0-9;]*(?:3[0-9]|38;5;[0-9]+)[;m]")


@pytest.mark.parametrize("no_color", [None, "1"])
def test_the_full_screen_still_honours_no_color(spawn, no_color):
    w = spawn("--lang", "en", env={"NO_COLOR": no_color} if no_color else None)
    w.wait_for("Welcome")
    w.press("enter")
    w.wait_for("Step 1 of 7")
    w.press("enter")
    w.wait_for("Needed before the chapter")
    coloured = SGR_COLOUR.search(w.raw) is not None
    assert coloured == (no_color is None)
    w.press("f1")
    w.wait_for("line by line: omwizard --accessible")


def test_practice_verify_with_make_then_the_undo_in_spanish(home):
    """Verify on the practice org: the wizard makes each step (hacer), checks it, sends the test message; then
    the undo removes it all, each removal said as it is answered."""
    answers = ["", "4", "2",                      # Práctica, Verificar
               "sí", "sí",                        # paso 1
               "", "Cola Verificada", "hacer",    # paso 2: made, then checked
               "", "", "hacer",                   # paso 3
               "", "", "hacer",                   # paso 4
               "", "", "", "hacer",               # paso 5
               "hacer",                           # paso 6
               "1", "1",                          # the test message, go on
               "sí", "sí", "sí", "sí",            # paso 7
               "3", "1",                          # deshacer, quitarlos
               "2"]                               # salir
    result = through_a_pipe(home, answers, "--lang", "es")
    output = result.stdout.decode("utf-8")
    assert result.returncode == 0, output
    assert_plain(result.stdout)
    for said in ["Creando la cola «Cola Verificada»…", "Publicando el flujo", "El mensaje llegó a la cola «Cola Verificada»",
                 "✓ Quitado: la cola «Cola Verificada»", "Deshecho."]:
        assert said in output, said
    assert output.index("Comprobando en Genesys Cloud…") < output.index("Paso 3 de 7")
    assert_no_key_names(output)
    again = through_a_pipe(home, ["", "", "", "salir"], "--lang", "es").stdout.decode("utf-8")
    assert "Progreso: 1 Continuar en Cola" in again, again


def test_start_over_and_a_damaged_file(home):
    first = through_a_pipe(home, ["", "1", "y", "y", "y", "", "Ventas", "quit"], "--lang", "en")
    # quit is its own answer: where the progress is, said once, by the farewell.
    assert first.returncode == 0 and "Your progress is saved in" not in first.stdout.decode()
    assert first.stdout.decode().count("Run “omwizard” to resume.") == 1
    # Start over: said what it does, asked, then the old progress is kept beside the new one.
    result = through_a_pipe(home, ["", "", "2", "maybe", "y", "quit"], "--lang", "en")
    output = result.stdout.decode("utf-8")
    assert "Every answer and step status will be cleared." in output
    assert "Error: Answer yes or no." in output
    assert "Starting over. The previous progress is kept beside it as default.json.reset-" in output
    assert status_json(home)["finished"] == 0
    # A damaged file: Enter changes nothing; the choice to start fresh is explicit.
    folder = os.path.join(home, "omwizard")
    with open(os.path.join(folder, "default.json"), "w") as file:
        file.write('{"version": 3, not json')
    for name in os.listdir(folder):
        if name.endswith(".bak"):
            os.remove(os.path.join(folder, name))
    kept = through_a_pipe(home, [""], "--lang", "en").stdout.decode("utf-8")
    assert "Error: The saved progress cannot be read" in kept and "1. Quit, and change nothing" in kept
    assert open(os.path.join(folder, "default.json")).read() == '{"version": 3, not json'
    fresh = through_a_pipe(home, ["2", "quit"], "--lang", "en").stdout.decode("utf-8")
    assert "Starting fresh. The damaged file is kept beside it as default.json.damaged-" in fresh


def test_ctrl_c_while_the_integration_is_made_then_the_run_finishes_it(home):
    answers = ["", "4", "", "y", "y", "", "", "", "", "", "", "", "", "", ""]
    child = pexpect.spawn(BINARY, ["--lang", "en", "--practice-fault",
                                   "latency:8000 POST /api/v2/conversations/messaging/integrations/open x1"],
                          env=environment(home, TERM="dumb"), cwd=home, encoding="utf-8", timeout=30)
    child.logfile_read = io.StringIO()
    for answer in answers:
        child.expect(r": $")
        child.sendline(answer)
    child.expect_exact("Creating the integration")
    child.sendintr()
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130, shown(child)
    assert "Run “omwizard” to resume." in shown(child)
    # Again: the plan finds what the stopped run sent, and makes nothing twice.
    # Language, mode, resume, how to practise; carry out the plan, go on; no test message; Salesforce; finish.
    result = through_a_pipe(home, ["", "", "", "", "", "", "3", "y", "y", "y", "y", "1"], "--lang", "en")
    output = result.stdout.decode("utf-8")
    assert result.returncode == 0, output
    assert status_json(home)["finished"] == 7, output
    saved = json.load(open(os.path.join(home, "omwizard", "default.json")))
    assert saved["org"]["integrationID"]
