"""A practice org served by the real binary (`omwizard practice`), for the end-to-end tests."""
import base64
import json
import re
import signal
import subprocess
import time
import urllib.error
import urllib.request

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

    def publish_flow(self, token, yaml):
        """Publishes an Archy file as Architect does (job, upload, poll); returns the finished job."""
        _, job = self.request("POST", "/api/v2/flows/jobs", "{}", token=token)
        self.request("PUT", job["presignedUrl"].replace(self.base, ""), yaml,
                     headers={"Content-Type": "application/octet-stream"})
        for _ in range(100):
            job = self.request("GET", f"/api/v2/flows/jobs/{job['id']}?expand=messages", token=token)[1]
            if job["status"] in ("Success", "Failure"):
                break
            time.sleep(0.1)
        return job

    def stop(self):
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def smallest_flow_file(flow_name, queue_name):
    """The smallest Archy inbound message flow a person would write: one state that transfers every message
    to `queue_name`. (The wizard's own, fuller file is what its Automatic runs upload.)"""
    return "\n".join([
        "inboundShortMessage:",
        f"  name: {json.dumps(flow_name)}",  # JSON's string escapes are YAML's (\u00d1 for Ñ)
        '  startUpRef: "/inboundShortMessage/states/state[Start_1]"',
        "  states:",
        "    - state:",
        "        name: Start",
        "        refId: Start_1",
        "        actions:",
        "          - transferToAcd:",
        "              targetQueue:",
        "                lit:",
        f"                  name: {json.dumps(queue_name)}",
        ""])

