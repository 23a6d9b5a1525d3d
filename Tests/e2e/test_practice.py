"""`omwizard practice`, the real binary, over real HTTP on loopback."""
import concurrent.futures
import json
import os
import select
import signal
import subprocess
import time

from practice_org import Server
from wizard import BINARY


def listening_addresses(port):
    """Local addresses listening on `port`, read from /proc/net/tcp (state 0A is LISTEN)."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not os.path.exists(table):
            continue
        for line in open(table).readlines()[1:]:
            fields = line.split()
            address, hex_port = fields[1].split(":")
            if int(hex_port, 16) == port and fields[3] == "0A":
                found.append(address)
    return found


def test_it_serves_on_loopback_only_with_the_documented_client(server_factory):
    server = server_factory()
    assert listening_addresses(server.port) == ["0100007F"], "bound to 127.0.0.1 and nothing else"
    status, body = server.token()
    assert status == 200 and body["token_type"] == "bearer"
    status, queues = server.request("GET", "/api/v2/routing/queues", token=body["access_token"])
    assert status == 200 and queues["total"] == 4
    status, error = server.token(("omwizard-practice", "wrong"))
    assert status == 401 and error["error"] == "invalid_client"


def test_client_options_queues_and_faults(server_factory):
    server = server_factory("--client-id", "acme", "--client-secret", "s3cret-s3cret", "--queues", "20000",
                            "--fault", "status:503 GET /api/v2/routing/queues x1")
    status, body = server.token(("acme", "s3cret-s3cret"))
    assert status == 200
    token = body["access_token"]
    status, error = server.request("GET", "/api/v2/routing/queues", token=token)
    assert status == 503 and error["code"] == "service.unavailable" and error["contextId"]
    status, queues = server.request("GET", "/api/v2/routing/queues?pageSize=500", token=token)
    assert status == 200 and queues["total"] == 20004 and queues["pageCount"] == 41


def test_state_file_survives_a_restart_and_resets(server_factory, tmp_path):
    state = str(tmp_path / "org.json")
    server = server_factory("--state", state)
    token = server.token()[1]["access_token"]
    status, queue = server.request("POST", "/api/v2/routing/queues", '{"name":"Demo del lunes"}', token=token)
    assert status == 200
    server.stop()
    assert os.stat(state).st_mode & 0o777 == 0o600
    again = server_factory("--state", state)
    token = again.token()[1]["access_token"]
    assert again.request("GET", "/api/v2/routing/queues?name=Demo*", token=token)[1]["total"] == 1
    assert again.request("POST", "/practice/reset")[0] == 204
    assert again.request("GET", "/api/v2/routing/queues?name=Demo*", token=token)[1]["total"] == 0


def test_bad_options_are_refused_clearly(home):
    result = subprocess.run([BINARY, "practice", "--fault", "explode /api"], capture_output=True, text=True)
    assert result.returncode != 0 and "Cannot read the fault" in result.stderr
    result = subprocess.run([BINARY, "practice", "--port", "70000"], capture_output=True, text=True)
    assert result.returncode != 0 and "--port" in result.stderr


def test_a_practice_fault_the_wizard_cannot_read_is_refused_before_it_starts(home):
    """Not on the connection screen, where Enter would only try the same value again."""
    result = subprocess.run([BINARY, "--mode", "practice", "--practice-fault", "nonsense"], capture_output=True,
                            text=True, stdin=subprocess.DEVNULL, env={**os.environ, "HOME": home})
    assert result.returncode == 64
    assert "Cannot read the practice fault «nonsense»" in result.stderr and "status:503" in result.stderr


def test_a_busy_port_is_a_short_message_and_not_a_usage_error(server_factory):
    server = server_factory()
    result = subprocess.run([BINARY, "practice", "--port", str(server.port)], capture_output=True, text=True,
                            timeout=30)
    assert result.returncode == 1, result.stderr
    assert f"Port {server.port} is already in use" in result.stderr
    assert "USAGE" not in result.stderr and "OPTIONS" not in result.stderr


def first_line(process, seconds):
    """The first line `process` prints within `seconds`, or None."""
    ready, _, _ = select.select([process.stdout], [], [], seconds)
    return process.stdout.readline() if ready else None


def test_one_practice_org_per_state_file(server_factory, tmp_path):
    state = str(tmp_path / "org.json")
    first = server_factory("--state", state)
    token = first.token()[1]["access_token"]
    assert first.request("POST", "/api/v2/routing/queues", '{"name":"Hecha en la primera"}', token=token)[0] == 200
    # A second one on the same file waits for the first to let go of it, rather than overwrite its changes.
    second = subprocess.Popen([BINARY, "practice", "--port", "0", "--state", state], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    try:
        assert first_line(second, 1.5) is None, "it served while the first one held the file"
        first.stop()
        line = first_line(second, 10)
        assert line and "http://127.0.0.1:" in line
        port = int(line.split("http://127.0.0.1:")[1].split()[0])
        taken_over = Server.__new__(Server)
        taken_over.base = f"http://127.0.0.1:{port}"
        token = taken_over.token()[1]["access_token"]
        found = taken_over.request("GET", "/api/v2/routing/queues?name=Hecha*", token=token)[1]
        assert found["total"] == 1, "it took over the first one's org as that one saved it"
    finally:
        second.send_signal(signal.SIGINT)
        second.wait(timeout=10)
    # One that still finds the file taken when its wait is over says so, and serves nothing.
    holder = server_factory("--state", state)
    refused = subprocess.run([BINARY, "practice", "--port", "0", "--state", state, "--lock-wait", "0.5"],
                             capture_output=True, text=True, timeout=20)
    assert refused.returncode != 0 and "Another practice org" in refused.stderr and state in refused.stderr
    holder.stop()


def test_changes_reach_the_state_file_soon_and_whole(server_factory, tmp_path):
    state = str(tmp_path / "org.json")
    server = server_factory("--state", state)
    token = server.token()[1]["access_token"]
    def create(number):
        return server.request("POST", "/api/v2/routing/queues", json.dumps({"name": f"Cola {number}"}), token=token)[0]
    # Forty changes at once, as a room of trainees makes them.
    with concurrent.futures.ThreadPoolExecutor(max_workers=10) as pool:
        assert list(pool.map(create, range(40))) == [200] * 40
    # The changes of a few milliseconds are written together, not one whole org per change.
    stats = server.request("GET", "/practice/stats")[1]
    assert stats["stateWrites"] < 40, stats
    # Written a few milliseconds after the last change, without stopping the server; always a whole file.
    deadline = time.time() + 5
    while True:
        with open(state) as file:
            saved = json.load(file)
        if sum(1 for queue in saved["queues"] if queue["name"].startswith("Cola ")) == 40:
            break
        assert time.time() < deadline, "the last changes never reached the file"
        time.sleep(0.05)
    # A kill -9 right after a change loses at most that moment: the file is still a whole org.
    assert server.request("POST", "/api/v2/routing/queues", '{"name":"Justo antes"}', token=token)[0] == 200
    server.process.kill()
    server.process.wait()
    with open(state) as file:
        assert len(json.load(file)["queues"]) >= 44
