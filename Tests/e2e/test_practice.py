"""`omwizard practice`, the real binary, over real HTTP on loopback."""
import os
import subprocess

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
