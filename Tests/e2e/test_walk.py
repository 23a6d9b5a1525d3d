"""A first-time admin's walk through the whole wizard, in each language, in a real pty."""
import json
import os
import random
import time

import pytest

from checkpoints import stopped_at_queue
from conftest import status_json

WORDS = {
    "es": {"prereq": "Paso 1 de 7: Requisitos", "queue": "Paso 2 de 7: Cola", "member": "Paso 3 de 7: Miembro",
           "flow": "Paso 4 de 7: Flujo", "integration": "Paso 5 de 7: Integración", "route": "Paso 6 de 7: Ruta",
           "salesforce": "Paso 7 de 7: Salesforce", "summary": "Resumen", "welcome": "Bienvenida",
           "resume": "Continuar en", "saved": "Resumen guardado en", "farewell": "Configuración registrada en",
           "token_error": "Genesys exige más de 15 caracteres", "required": "Obligatorio"},
    "en": {"prereq": "Step 1 of 7: Prerequisites", "queue": "Step 2 of 7: Queue", "member": "Step 3 of 7: Member",
           "flow": "Step 4 of 7: Flow", "integration": "Step 5 of 7: Integration", "route": "Step 6 of 7: Route",
           "salesforce": "Step 7 of 7: Salesforce", "summary": "Summary", "welcome": "Welcome",
           "resume": "Resume at", "saved": "Summary saved to", "farewell": "Setup recorded in",
           "token_error": "Genesys needs more than 15 characters", "required": "Required"},
}


def walk_to_queue(w, words):
    w.wait_for(words["welcome"])
    w.press("enter")
    w.wait_for(words["prereq"])
    w.press("space", "down", "space", "down", "space", "enter")
    w.wait_for(words["queue"])


def walk_to_flow(w, words, queue="Atención al Cliente", email="josé.núñez@example.com"):
    walk_to_queue(w, words)
    # Use an existing queue, typed with accents.
    w.press("left", "down", "ctrl-u")
    w.type(queue)
    w.wait_for(queue)
    w.press("down", "space", "enter")
    w.wait_for(words["member"])
    w.type(email)
    w.wait_for(email)
    w.press("down", "down", "space", "enter")
    w.wait_for(words["flow"])


@pytest.mark.parametrize("lang", ["es", "en"])
def test_full_walk_with_accented_names(spawn, home, checkpoint, lang):
    words = WORDS[lang]
    w = spawn("--lang", lang)
    walk_to_flow(w, words)
    assert w.shows("Atención al Cliente"), "the flow's instructions name the queue of step 2"
    w.press("down", "down", "space", "enter")
    w.wait_for(words["integration"])
    # The workshop's "123" is refused beside the field, in the user's language.
    w.press("down", "down", "ctrl-u")
    w.type("123")
    w.press("down", "space", "enter")
    w.wait_for(words["token_error"])
    assert w.shows(words["integration"])
    w.press("up", "f4")
    w.wait_gone(words["token_error"])
    w.press("enter")
    w.wait_for(words["route"])
    w.press("down", "down", "space", "enter")
    w.wait_for(words["salesforce"])
    assert w.shows("Atención al Cliente"), "Retrieve Options should list the queue"
    w.press("space", "down", "space", "down", "space", "down", "space", "enter")
    w.wait_for(words["summary"])
    assert w.shows("josé.núñez@example.com")
    w.type("w")
    w.wait_for(words["saved"])
    w.press("enter")
    assert w.finish() == 0
    assert words["farewell"].encode() in w.raw
    summary = open(os.path.join(home, "omwizard-summary-default.md"), encoding="utf-8").read()
    assert "Atención al Cliente" in summary
    report = status_json(home)
    assert report["finished"] == 7 and report["next"] is None
    assert report["answers"]["queueName"] == "Atención al Cliente"
    assert os.stat(checkpoint).st_mode & 0o777 == 0o600
    assert os.stat(os.path.dirname(checkpoint)).st_mode & 0o777 == 0o700


def test_language_follows_the_locale_even_one_not_installed(spawn):
    # es_ES.UTF-8 is not installed on a bare Debian: the wizard must still speak Spanish and draw accents.
    w = spawn(lang="es_ES.UTF-8")
    w.wait_for("Bienvenida")
    w.wait_for("(•) Español")
    assert w.shows("guía por el capítulo")
    w.press("right")
    w.wait_for("Welcome")


def test_back_and_escape_keep_what_was_typed(spawn):
    words = WORDS["en"]
    w = spawn("--lang", "en")
    w.wait_for(words["welcome"])
    w.press("enter")
    w.wait_for(words["prereq"])
    # Enter with nothing ticked: errors beside the fields; Esc still goes back.
    w.press("enter")
    w.wait_for("Needed before the chapter")
    w.press("esc")
    w.wait_for(words["welcome"])
    w.press("enter")
    w.wait_for(words["prereq"])
    w.press("space", "down", "space", "down", "space", "enter")
    w.wait_for(words["queue"])
    w.press("down", "ctrl-u")
    w.type("Half typed")
    w.press("enter")
    w.wait_for(words["queue"])
    w.press("esc")
    w.wait_for(words["prereq"])
    w.press("enter")
    w.wait_for("Half typed")


def test_resize_redraws_at_once(spawn):
    w = spawn("--lang", "en")
    w.wait_for("Welcome")
    w.press("enter")
    w.wait_for(WORDS["en"]["prereq"])
    w.resize(60, 20)
    w.wait_for("The terminal is too small")
    w.wait_for("60x20")
    w.resize(120, 40)
    w.wait_for(WORDS["en"]["prereq"])
    header = w.text.splitlines()[0]
    assert header.rstrip().endswith("profile default") and len(header.rstrip()) == 119
    assert "Ctrl-C Quit" in w.text.splitlines()[39]


def test_kill_9_mid_walk_then_resume_with_every_answer(spawn, home, checkpoint):
    words = WORDS["es"]
    w = spawn("--lang", "es")
    walk_to_flow(w, words)
    w.press("down")
    w.type("Flujo Señales")
    w.wait_for("Flujo Señales")
    # The wizard saves as soon as the keyboard is idle; give it that instant, as a person would.
    time.sleep(0.3)
    w.kill9()
    folder = os.path.dirname(checkpoint)
    w2 = spawn("--lang", "es")
    w2.wait_for(words["resume"] + " Flujo")
    assert not [name for name in os.listdir(folder) if ".tmp-" in name], "temp files swept at start"
    w2.press("enter")
    w2.wait_for(words["flow"])
    w2.wait_for("Flujo Señales")
    w2.press("esc")
    w2.wait_for(words["member"])
    assert w2.shows("josé.núñez@example.com")
    w2.press("esc")
    w2.wait_for(words["queue"])
    assert w2.shows("Atención al Cliente")


def test_too_small_terminal_asks_for_more_room(spawn):
    w = spawn("--lang", "es", cols=70, rows=20)
    w.wait_for("La terminal es demasiado pequeña")
    w.wait_for("70x20")
    w.resize(80, 24)
    w.wait_for("Bienvenida")
    w.resize(70, 20)
    w.wait_for("demasiado pequeña")
    w.press("ctrl-c")
    w.wait_for("¿Salir de omwizard?")
    w.type("s")
    assert w.finish() == 0


def test_quit_asks_first_and_leaves_the_terminal_clean(spawn):
    w = spawn("--lang", "en")
    w.wait_for("Welcome")
    w.type("q")
    w.wait_for("Quit omwizard?")
    w.type("n")
    w.wait_gone("Quit omwizard?")
    w.press("ctrl-c")
    w.wait_for("Quit omwizard?")
    w.type("y")
    assert w.finish() == 0
    # Nothing was typed: nothing was saved, and the wizard does not pretend otherwise.
    assert b"Progress saved" not in w.raw


def test_quitting_after_a_change_says_how_to_resume(spawn, checkpoint):
    w = spawn("--lang", "en", "--profile", "acme")
    w.wait_for("Welcome")
    w.press("enter")
    w.wait_for("Step 1 of 7")
    w.press("space", "ctrl-c")
    w.wait_for("Run “omwizard --profile acme” to resume.")
    w.type("y")
    assert w.finish() == 0
    assert "Run “omwizard --profile acme” to resume.".encode() in w.raw
    assert b"\x1b[?1049l" in w.raw, "the alternate screen is left"


def test_a_crash_still_restores_the_terminal(spawn):
    w = spawn("--lang", "en")
    w.wait_for("Welcome")
    w.child.kill(11)
    assert w.finish() == 128 + 11
    assert b"\x1b[?1049l" in w.raw


def test_sigterm_restores_the_terminal(spawn):
    w = spawn("--lang", "en")
    w.wait_for("Welcome")
    w.child.kill(15)
    assert w.finish() == 143
    assert b"\x1b[?1049l" in w.raw


@pytest.mark.parametrize("signal_number", [1, 15])
def test_sighup_and_sigterm_save_what_was_just_typed(spawn, checkpoint, signal_number):
    os.makedirs(os.path.dirname(checkpoint), mode=0o700)
    with open(checkpoint, "w", encoding="utf-8") as handle:
        json.dump(stopped_at_queue("Ventas"), handle)
    w = spawn()
    w.wait_for("Welcome")
    w.press("enter")
    w.wait_for("Step 2 of 7")
    w.press("tab")
    w.type(" Señal")
    w.wait_for("Ventas Señal")
    w.child.kill(signal_number)
    assert w.finish() == 128 + signal_number
    assert b"\x1b[?1049l" in w.raw, "the terminal is given back"
    assert json.load(open(checkpoint))["answers"]["queueName"] == "Ventas Señal"


def test_a_second_wizard_on_the_same_checkpoint_is_told(spawn, home, checkpoint):
    w = spawn("--lang", "en")
    w.wait_for("Welcome")
    second = spawn("--lang", "en")
    assert second.finish() == 3
    assert b"Another omwizard (process" in second.raw and checkpoint.encode() in second.raw
    other_profile = spawn("--lang", "en", "--profile", "acme")
    other_profile.wait_for("Welcome")


@pytest.fixture
def full_disk(tmp_path):
    """A 12 KiB tmpfs filled to the brim; skipped where mounting is not allowed."""
    import subprocess
    folder = tmp_path / "full"
    folder.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12k", "tmpfs", str(folder)],
                      capture_output=True).returncode != 0:
        pytest.skip("cannot mount a small tmpfs here")
    try:
        with open(folder / "filler", "wb") as filler:
            try:
                filler.write(b"\0" * 65536)
            except OSError:
                pass
        yield str(folder)
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True)


def test_a_full_disk_is_said_and_loses_nothing_silently(spawn, full_disk):
    w = spawn("--lang", "en", "--checkpoint", full_disk + "/progress.json")
    w.wait_for("Welcome")
    w.press("enter")
    w.wait_for("NOT SAVED: the disk is full")
    w.press("space")
    w.wait_for("NOT SAVED")
    assert w.shows("Step 1 of 7"), "the wizard goes on; the answers stay in memory"
    w.press("ctrl-c")
    w.wait_for("could NOT be saved")
    w.type("y")
    assert w.finish() == 1
    assert b"The last changes were NOT saved to" in w.raw


def test_a_key_typed_between_letters_or_past_the_box_shows_where_the_state_puts_it(spawn):
    # The terminal layer shows a key typed at the end of the text before the frame is drawn; wherever the key
    # goes, the frame must win.
    w = spawn("--lang", "en")
    walk_to_queue(w, WORDS["en"])
    w.press("down", "ctrl-u")
    w.type("Ventas")
    w.press("left", "left", "left")
    w.type("X")
    w.wait_for("[VenXtas ")
    # A symbol that terminals draw two cells wide is counted so: the cursor stands right after it.
    w.type("✅")
    w.wait_for("VenX✅tas")
    box = next(line for line in w.text.splitlines() if "Queue name" in line)
    assert w.screen.cursor.x == box.index("[") + 1 + len("VenX") + 2
    long_name = "Cola " + "abcdefghij" * 6 + "FIN"
    w.press("ctrl-u")
    w.type(long_name)
    w.wait_for("FIN")
    box = next(line for line in w.text.splitlines() if "Queue name" in line)
    assert box.rstrip().endswith("FIN ]") and "Cola" not in box


def test_a_secret_typed_never_reaches_the_terminal_in_clear(spawn):
    w = spawn("--lang", "en", "--mode", "verify")
    w.wait_for("Welcome")
    w.press("enter")
    w.wait_for("Connect to Genesys Cloud")
    w.press("down", "down")
    # Letters the screens never show: one of them in the output, even alone, would be the secret's.
    secret = "ЖЯЮЦЩЖЯЮЦЩ"
    w.type(secret)
    w.wait_for("•" * len(secret))
    assert not any(letter.encode() in w.raw for letter in secret)


def test_every_resize_is_drawn_without_a_key(spawn):
    """Resizes at random moments, right after a typed key (which the wizard then saves), with no key after
    them: each one is drawn by itself, at its size (the header ends at the last column). A resize that came
    while the wizard saved, just before it began to wait, used to stay undrawn until the next key."""
    w = spawn("--lang", "en")
    w.wait_for("Welcome")
    w.press("enter")
    w.wait_for(WORDS["en"]["prereq"])
    w.press("space", "down", "space", "down", "space", "enter")
    w.wait_for("Step 2 of 7")
    w.press("down", "ctrl-u")
    randomness = random.Random(12)
    sizes = [(80, 24), (100, 30), (90, 26), (120, 40)]
    for attempt in range(200):
        cols, rows = sizes[attempt % len(sizes)]
        w.child.send("abcdefghij"[attempt % 10] if attempt % 20 else "\x15")
        time.sleep(randomness.uniform(0, 0.004))
        w.screen.resize(rows, cols)
        w.child.setwinsize(rows, cols)
        deadline = time.time() + 2
        while True:
            w.pump(0.005)
            header = w.text.splitlines()[0].rstrip()
            if header.endswith("profile default") and len(header) == cols - 1:
                break
            assert time.time() < deadline, f"resize {attempt} to {cols}x{rows} not drawn:\n{w.text}"


@pytest.mark.parametrize("lang,said", [("en", "no description of the terminal “xterm-omwizard-unknown”"),
                                       ("es", "no tiene la descripción de la terminal «xterm-omwizard-unknown»")])
def test_a_terminal_this_machine_does_not_describe_gets_a_usual_one_and_a_word(spawn, lang, said):
    w = spawn("--lang", lang, env={"TERM": "xterm-omwizard-unknown"})
    w.wait_for("omwizard")
    assert said.encode() in w.raw and b"xterm-256color" in w.raw
    assert b"Error opening terminal" not in w.raw
    w.press("esc")
    w.type("y" if lang == "en" else "s")
    assert w.finish() == 0


def test_a_bracketed_paste_is_text_and_its_line_breaks_are_never_enter(spawn, checkpoint):
    os.makedirs(os.path.dirname(checkpoint), mode=0o700)
    with open(checkpoint, "w", encoding="utf-8") as handle:
        json.dump(stopped_at_queue(""), handle)
    w = spawn()
    w.wait_for("Welcome")
    assert b"\x1b[?2004h" in w.raw, "the terminal is asked for bracketed paste"
    w.press("enter")
    w.wait_for("Step 2 of 7")
    w.press("tab")
    w.child.send("\x1b[200~Ventas\nNorte\x1b[201~")
    w.wait_for("Not pasted: the text holds a line break")
    w.child.send("\x1b[200~Ventas Señal\r\n\x1b[201~")
    w.wait_for("Ventas Señal")
    w.pump(0.3)
    assert w.shows("Step 2 of 7"), "the line break did not press Enter"
    w.press("ctrl-c")
    w.type("y")
    assert w.finish() == 0
    assert b"\x1b[?2004l" in w.raw, "and it is switched off on the way out"
