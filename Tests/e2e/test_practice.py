"""`omwizard practice`, the real binary, over real HTTP on loopback."""
import base64
import json
import os
import re
import signal
import subprocess
import time
import urllib.error
import urllib.request

import pytest

from wizard import BINARY

CLIENT = ("omwizard-practice", "practice-secret-do-not-use-in-production")


class Server:
    def __init__(self, *args):
        self.process = subprocess.Popen([BINARY, "practice", "--port", "0", *args], stdout=subprocess.PIPE,
                                        stderr=subprocess.PIPE, text=True)
        line = self.process.stdout.readline()
        match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        assert match, f"no address announced: {line!r} {self.process.stderr.read() if self.process.poll() is not None else ''}"
        self.port = int(match.group(1))
        self.base = f"http://127.0.0.1:{self.port}"

    def request(self, method, path, body=None, token=None, headers=None):
        data = body.encode() if isinstance(body, str) else body
        request = urllib.request.Request(self.base + path, data=data, method=method, headers=headers or {})
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        if data is not None and "Content-Type" not in (headers or {}):
            request.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                raw = response.read()
                return response.status, json.loads(raw) if raw else None
        except urllib.error.HTTPError as error:
            raw = error.read()
            return error.code, json.loads(raw) if raw else None

    def token(self, client=CLIENT):
        basic = base64.b64encode(f"{client[0]}:{client[1]}".encode()).decode()
        status, body = self.request("POST", "/oauth/token", "grant_type=client_credentials",
                                    headers={"Authorization": f"Basic {basic}",
                                             "Content-Type": "application/x-www-form-urlencoded"})
        return status, body

    def stop(self):
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


@pytest.fixture
def server_factory():
    servers = []

    def start(*args):
        server = Server(*args)
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


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
