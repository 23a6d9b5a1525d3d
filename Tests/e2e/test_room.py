"""A trainer's room: `omwizard practice --trainees N` (the real binary, on loopback), trainees connecting with
the wizard and with apply as they would to a real org, and the trainer's view, `omwizard practice room`."""
import base64
import os
import re
import signal
import stat
import subprocess

from conftest import run_cli
from practice_org import CLIENT, Server
from test_apply import ANSWERS, apply, write
from test_line_mode import environment, through_a_pipe
from wizard import BINARY


def start_room(home, trainees, *more):
    """A room whose state and clients' file are in `home`; returns the server and what it printed for the
    trainer after the first line (the table, where the clients are, how to connect and to watch)."""
    server = Server("--trainees", str(trainees), "--state", os.path.join(home, "room.json"),
                    "--clients-file", os.path.join(home, "clients.txt"), *more)
    return server, announcement(server.process.stdout)


def announcement(stream):
    """What a room's start prints, read up to its last line, the command that watches the room."""
    lines = []
    while not lines or not lines[-1].startswith("Watch the room"):
        lines.append(stream.readline().rstrip("\n"))
    return lines


def clients_of(home):
    """(id, secret) of each trainee, from the file the trainer hands out."""
    text = open(os.path.join(home, "clients.txt")).read()
    return re.findall(r"GENESYSCLOUD_OAUTHCLIENT_ID=(\S+) GENESYSCLOUD_OAUTHCLIENT_SECRET=(\S+)", text)


def room_once(home, server, *args):
    result = run_cli(home, "practice", "room", "--port", str(server.port), "--once", *args)
    assert result.returncode == 0, result.stderr
    return result.stdout.splitlines()


def token_of(server, client):
    status, body = server.token(client)
    assert status == 200, body
    return body["access_token"]


def row(lines, client_id):
    return next(line for line in lines if f" {client_id} " in line)


def apply_as(home, server, client, profile):
    """`omwizard apply` for one trainee, their client in the environment as for a real org."""
    name = profile.upper()
    return apply(home, "--answers", "answers.yaml", "--profile", profile, "--yes", "--test-message",
                 env={f"GENESYSCLOUD_OAUTHCLIENT_ID_{name}": client[0], f"GENESYSCLOUD_OAUTHCLIENT_SECRET_{name}": client[1],
                      f"GENESYSCLOUD_REGION_{name}": server.base})


def test_each_trainee_has_a_client_and_an_org_no_other_token_reaches(home):
    server, said = start_room(home, 3)
    try:
        clients = clients_of(home)
        assert [client[0] for client in clients] == ["trainee-01", "trainee-02", "trainee-03"]
        assert len({client[1] for client in clients}) == 3
        # The table the trainer sees holds the same clients as the file, which only they can read.
        for number, (client_id, secret) in enumerate(clients, 1):
            assert f"{number}  {client_id}  {secret}" in said
        assert stat.S_IMODE(os.stat(os.path.join(home, "clients.txt")).st_mode) == 0o600
        assert stat.S_IMODE(os.stat(os.path.join(home, "room.json")).st_mode) == 0o600
        assert "Each trainee pastes their line of that file in a terminal, then runs:" in said
        assert f"  omwizard --mode automatic --api-base {server.base} (or --mode verify)" in said
        assert server.token(CLIENT)[0] == 401, "a room has no shared client"

        write(home, "answers.yaml", ANSWERS)
        done = apply_as(home, server, clients[1], "t2")
        assert done.returncode in (0, 3), done.stdout + done.stderr
        assert "reached" in done.stdout or "llegó" in done.stdout

        # Trainee 1 tries trainee 2's queue, members, integration and route.
        state = server.request("GET", "/practice/state?trainee=2")[1]
        queue = next(q for q in state["queues"] if q["name"] == 'Atención "Clientes" #1')
        integration = next(i["integration"] for i in state["integrations"] if i["integration"]["name"] == "Mensajería SF")
        first = token_of(server, clients[0])
        for path in [f"/api/v2/routing/queues/{queue['id']}", f"/api/v2/routing/queues/{queue['id']}/members",
                     f"/api/v2/conversations/messaging/integrations/open/{integration['id']}",
                     f"/api/v2/routing/message/recipients/{integration['id']}"]:
            assert server.request("GET", path, token=first)[0] == 404, path
        assert server.request("DELETE", f"/api/v2/routing/queues/{queue['id']}", token=first)[0] == 404
        assert server.request("PUT", f"/api/v2/routing/message/recipients/{integration['id']}", '{}', token=first)[0] == 404
        assert server.request("GET", "/api/v2/routing/queues?name=Atenci%C3%B3n*", token=first)[1]["total"] == 1, \
            "trainee 1 sees only the seed's queue"
        second = token_of(server, clients[1])
        assert server.request("GET", f"/api/v2/routing/queues/{queue['id']}", token=second)[0] == 200

        # Trainee 3's call fails: the trainer's view marks them.
        third = token_of(server, clients[2])
        assert server.request("POST", "/api/v2/routing/queues", "{}", token=third)[0] == 400
        lines = room_once(home, server, "--lang", "en")
        assert lines[0] == f"Practice room · 3 trainees · http://127.0.0.1:{server.port}"
        assert row(lines, "trainee-02").count("✓") == 6
        assert "✓" not in row(lines, "trainee-01") and "✓" not in row(lines, "trainee-03")
        assert row(lines, "trainee-03").startswith("! 3 trainee-03")
        assert "! trainee-03: POST /api/v2/routing/queues → 400" in lines[-1]
        spanish = room_once(home, server, "--lang", "es")
        assert spanish[0].startswith("Sala de práctica · 3 participantes")
        assert "Participante" in spanish[2] and "Último cambio" in spanish[2]
    finally:
        server.stop()


def test_a_trainee_runs_the_wizard_itself_against_their_org(home):
    server, _ = start_room(home, 2)
    try:
        client = clients_of(home)[0]
        answers = ["", "3", "", "", "",             # Automatic; the address, the client and its secret as given
                   "y", "y", "y", "", "Cola Aprendiz", "ana.garcia@example.com", "", "", "", "", "",
                   "", "", "",                      # the route's screen, carry out the plan, go on
                   "", "",                          # send the test message, go on
                   "y", "y", "y", "y", "1"]
        result = through_a_pipe(home, answers, "--lang", "en", "--mode", "automatic", "--api-base", server.base,
                                GENESYSCLOUD_OAUTHCLIENT_ID=client[0], GENESYSCLOUD_OAUTHCLIENT_SECRET=client[1])
        output = result.stdout.decode()
        assert result.returncode == 0, output
        assert client[1] not in output
        lines = room_once(home, server)
        assert row(lines, "trainee-01").count("✓") == 6 and "Cola Apr" in row(lines, "trainee-01")
        assert "✓" not in row(lines, "trainee-02")
    finally:
        server.stop()


def test_a_trainee_in_verify_mode_has_each_step_made_there_in_spanish(home):
    """Verify against a room reached by address, as against a real org: the org says it is a practice org,
    which has no pages to click in, so `hacer` (F6) makes each step there, and the wizard checks it."""
    server, _ = start_room(home, 2)
    try:
        client = clients_of(home)[1]
        answers = ["", "2", "", "", "",                     # Verificar; the address, the client and its secret as given
                   "sí", "sí", "sí",                        # paso 1
                   "", "Cola Verificada", "hacer",          # paso 2
                   "ana.garcia@example.com", "hacer",       # paso 3
                   "", "", "hacer",                         # paso 4
                   "", "", "", "hacer",                     # paso 5
                   "hacer",                                 # paso 6
                   "1", "1",                                # the test message, go on
                   "sí", "sí", "sí", "sí", "1"]
        result = through_a_pipe(home, answers, "--lang", "es", "--mode", "verify", "--api-base", server.base,
                                GENESYSCLOUD_OAUTHCLIENT_ID=client[0], GENESYSCLOUD_OAUTHCLIENT_SECRET=client[1])
        output = result.stdout.decode()
        assert result.returncode == 0, output
        assert f"Organización de práctica en {server.base}: no tiene páginas donde hacer clic." in output
        assert "El mensaje llegó a la cola «Cola Verificada»" in output
        assert client[1] not in output
        assert row(room_once(home, server, "--lang", "es"), "trainee-02").count("✓") == 6
    finally:
        server.stop()


def test_the_room_resumes_with_its_clients_and_resets_one_trainee_or_all(home):
    server, said = start_room(home, 2)
    clients = clients_of(home)
    token = token_of(server, clients[1])
    assert server.request("POST", "/api/v2/routing/queues", '{"name": "Cola Guardada"}', token=token)[0] == 200
    server.stop()

    # More trainees than before: the first two keep their clients and their orgs; the newcomer gets a seed.
    server, again = start_room(home, 3)
    try:
        assert clients_of(home)[:2] == clients
        assert [line for line in again if "trainee-0" in line][:2] == [line for line in said if "trainee-0" in line]
        lines = room_once(home, server)
        assert "✓ Cola Gua" in row(lines, "trainee-02")
        assert server.request("POST", "/practice/reset?trainee=1")[0] == 204
        assert "✓ Cola Gua" in row(room_once(home, server), "trainee-02"), "one trainee's reset leaves the others"
        assert server.request("POST", "/practice/reset?trainee=2")[0] == 204
        assert "✓" not in row(room_once(home, server), "trainee-02")
        assert server.request("POST", "/practice/reset?trainee=4")[0] == 400
        assert server.request("GET", "/practice/state")[0] == 400, "a room's state is one trainee's: ?trainee=N"
    finally:
        server.stop()
    # Fewer trainees than the saved room: refused, the file untouched.
    before = open(os.path.join(home, "room.json")).read()
    state = os.path.join(home, "room.json")
    refused = subprocess.run([BINARY, "practice", "--port", "0", "--trainees", "2", "--state", state],
                             capture_output=True, text=True, timeout=30, env=environment(home))
    assert refused.returncode == 1
    assert f"{state} holds a room of 3 trainees: start with --trainees 3 or more." in refused.stderr
    # In the trainer's language.
    refused = subprocess.run([BINARY, "practice", "--port", "0", "--trainees", "2", "--state", state],
                             capture_output=True, text=True, timeout=30, env=environment(home, LANG="es_ES.UTF-8"))
    assert f"{state} guarda una sala de 3 participantes: iníciela con --trainees 3 o más." in refused.stderr
    assert open(os.path.join(home, "room.json")).read() == before


def test_the_room_is_live_in_a_terminal_in_the_trainers_language(home, spawn):
    server, _ = start_room(home, 30)
    try:
        view = spawn("practice", "room", "--port", str(server.port), lang="es_ES.UTF-8")
        view.wait_for("Sala de práctica · 30 participantes")
        view.wait_for("participantes 1–20 de 30")
        assert view.shows("trainee-20") and not view.shows("trainee-21")
        view.press("pgdn")
        view.wait_for("participantes 11–30 de 30")
        # A trainee's change shows within a second or so, without a key.
        token = token_of(server, clients_of(home)[29])
        assert server.request("POST", "/api/v2/routing/queues", '{"name": "Cola Treinta"}', token=token)[0] == 200
        view.wait_for("✓ Cola")
        view.type("q")
        view.finish()
        assert view.child.exitstatus == 0
    finally:
        server.stop()


def test_practice_room_says_plainly_when_no_org_answers(home):
    result = run_cli(home, "practice", "room", "--port", "1", "--once")
    assert result.returncode == 1
    assert result.stderr.startswith("Cannot read the room at http://127.0.0.1:1: ")
    assert "Start the practice org (omwizard practice), or give its --host and --port." in result.stderr
    assert result.stdout == ""


def test_listen_opts_in_to_another_address_and_the_view_follows_it(home):
    """Another loopback address stands in for a network one (tests stay on loopback): the program listens
    there alone, tells trainees that address, and the view reads the room there."""
    server = subprocess.Popen([BINARY, "practice", "--port", "0", "--trainees", "2", "--listen", "127.0.0.2",
                               "--clients-file", os.path.join(home, "clients.txt")],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment(home))
    try:
        lines = announcement(server.stdout)
        port = re.search(r"http://127\.0\.0\.2:(\d+)", lines[0]).group(1)
        assert f"--api-base http://127.0.0.2:{port}" in "\n".join(lines)
        assert lines[-1] == f"Watch the room: omwizard practice room --host 127.0.0.2 --port {port}"
        # A trainee's scripted run reaches it at that address, with their client.
        write(home, "answers.yaml", ANSWERS)
        client = clients_of(home)[1]
        done = apply(home, "--answers", "answers.yaml", "--profile", "t2", "--yes",
                     env={"GENESYSCLOUD_OAUTHCLIENT_ID_T2": client[0], "GENESYSCLOUD_OAUTHCLIENT_SECRET_T2": client[1],
                          "GENESYSCLOUD_REGION_T2": f"http://127.0.0.2:{port}"})
        assert done.returncode in (0, 3), done.stdout + done.stderr
        result = run_cli(home, "practice", "room", "--host", "127.0.0.2", "--port", port, "--once")
        assert result.returncode == 0 and row(result.stdout.splitlines(), "trainee-02").count("✓") == 5
        assert run_cli(home, "practice", "room", "--port", port, "--once").returncode == 1, "nothing on 127.0.0.1"
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=10)
