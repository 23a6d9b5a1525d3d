"""Many clients doing the whole setup at once through a practice org's API, each call timed: the load that
scripts/bench measures (latency per call) and scripts/torture checks (every setup succeeds, nothing twice)."""
import base64
import http.client
import json
import math
import os
import string
import sys
import threading
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Tests", "e2e"))
from practice_org import CLIENT, smallest_flow_file  # noqa: E402


def random_token(rng):
    return "tt-" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(29))


def percentiles(samples):
    """p50, p95, p99 and max (nearest rank), in milliseconds; None without samples."""
    if not samples:
        return None
    ordered = sorted(samples)

    def rank(p):
        return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)] * 1000
    return {"count": len(ordered), "p50_ms": round(rank(50), 2), "p95_ms": round(rank(95), 2),
            "p99_ms": round(rank(99), 2), "max_ms": round(ordered[-1] * 1000, 2)}


class ApiClient:
    """One client doing a whole setup through the practice org's API on a kept-alive connection, timing
    every call."""

    def __init__(self, port, index, rng, client=CLIENT, test_message=False):
        self.index = index
        self.client = client
        self.test_message = test_message
        self.token = random_token(rng)
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
        self.bearer = None
        self.samples = []
        self.errors = []

    def call(self, method, path, body=None, label=None, expect=(200,), content_type="application/json",
             authorization=None):
        """A POST or PUT always carries a body, JSON unless bytes are given: a job is registered with null, as
        Genesys's SDK does. `authorization` replaces the bearer token ("" for none). Returns the answer's
        JSON; raises on another status."""
        headers = {}
        if authorization is None and self.bearer:
            authorization = "Bearer " + self.bearer
        if authorization:
            headers["Authorization"] = authorization
        data = None
        if method in ("POST", "PUT"):
            data = body if isinstance(body, bytes) else json.dumps(body).encode()
            headers["Content-Type"] = content_type
        began = time.perf_counter()
        try:
            self.connection.request(method, path, body=data, headers=headers)
            response = self.connection.getresponse()
            raw = response.read()
        except (OSError, http.client.HTTPException):
            self.connection.close()
            raise
        self.samples.append((f"{method} {label or path}", time.perf_counter() - began))
        if response.status not in expect:
            raise RuntimeError(f"{method} {label or path}: {response.status} {raw[:200]!r}")
        return json.loads(raw) if raw else None

    def setup(self, start):
        try:
            start.wait(timeout=30)
            self.login()
            queue = self.create_queue()
            self.add_member(queue)
            flow = self.publish_flow()
            integration = self.create_integration()
            self.call("PUT", f"/api/v2/routing/message/recipients/{integration}", {"flow": {"id": flow}},
                      label="/api/v2/routing/message/recipients/{id}")
            if self.test_message:
                self.send_test_message(integration, queue)
        except Exception as error:  # every failure of a client is a figure, whatever raised it
            self.errors.append(f"client {self.index}: {error}")
        finally:
            self.connection.close()

    def login(self):
        basic = base64.b64encode(f"{self.client[0]}:{self.client[1]}".encode()).decode()
        body = self.call("POST", "/oauth/token", b"grant_type=client_credentials", authorization="Basic " + basic,
                         content_type="application/x-www-form-urlencoded")
        self.bearer = body["access_token"]

    def create_queue(self):
        queue = self.call("POST", "/api/v2/routing/queues", {"name": f"Torture Queue {self.index:03d}"})
        return queue["id"]

    def add_member(self, queue):
        found = self.call("POST", "/api/v2/users/search",
                          {"query": [{"type": "EXACT", "fields": ["email"], "value": "ana.garcia@example.com"}]})
        self.call("POST", f"/api/v2/routing/queues/{queue}/members", [{"id": found["results"][0]["id"]}],
                  label="/api/v2/routing/queues/{id}/members", expect=(200, 204))

    def publish_flow(self):
        job = self.call("POST", "/api/v2/flows/jobs")
        # The stand-in for S3 takes no token, as S3 would not.
        upload = urllib.parse.urlsplit(job["presignedUrl"]).path
        flow_file = smallest_flow_file(f"Torture Flow {self.index:03d}", f"Torture Queue {self.index:03d}")
        self.call("PUT", upload, flow_file.encode(), label="<presigned upload>",
                  content_type=job["headers"].get("Content-Type", "application/octet-stream"), authorization="")
        state = self.poll(f"/api/v2/flows/jobs/{job['id']}", "/api/v2/flows/jobs/{id}",
                          lambda body: body["status"] in ("Success", "Failure"))
        if state["status"] != "Success":
            raise RuntimeError(f"the flow job failed: {state}")
        return state["flow"]["id"]

    def create_integration(self):
        created = self.call("POST", "/api/v2/conversations/messaging/integrations/open", {
            "name": f"Torture Integration {self.index:03d}",
            "outboundNotificationWebhookUrl": f"https://example.com/torture/{self.index}",
            "outboundNotificationWebhookSignatureSecretToken": self.token})
        self.poll(f"/api/v2/conversations/messaging/integrations/open/{created['id']}",
                  "/api/v2/conversations/messaging/integrations/open/{id}",
                  lambda body: body.get("createStatus") == "Completed")
        return created["id"]

    def send_test_message(self, integration, queue):
        """The wizard's proof of the route: a customer's message in, then its conversation read until it waits
        in the queue."""
        sent = self.call("POST", f"/api/v2/conversations/messages/{integration}/inbound/open/message", {
            "channel": {"messageId": f"load-{self.index}", "from": {"id": f"customer-{self.index}", "nickname": "Load"}},
            "text": "Hola"}, label="/api/v2/conversations/messages/{id}/inbound/open/message")
        self.poll(f"/api/v2/conversations/messages/{sent['conversationId']}", "/api/v2/conversations/messages/{id}",
                  lambda body: any((p.get("queue") or {}).get("id") == queue for p in body["participants"]))

    def poll(self, path, label, finished, timeout=15):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            body = self.call("GET", path, label=label)
            if finished(body):
                return body
            time.sleep(0.1)
        raise RuntimeError(f"{label} never finished")


def run_setups(port, count, rng, timeout=120, credentials=None, test_message=False):
    """`count` clients, started together, each doing a whole setup on the practice org at `port` (each with
    its own of `credentials`, a trainee's, when given; with the test message when asked). Returns the clients
    (their `samples`, `errors` and webhook `token`), how many never finished, and the wall time."""
    clients = [ApiClient(port, index, rng, client=credentials[index] if credentials else CLIENT, test_message=test_message)
               for index in range(count)]
    start = threading.Barrier(count)
    threads = [threading.Thread(target=client.setup, args=(start,), daemon=True) for client in clients]
    began = time.monotonic()
    for thread in threads:
        thread.start()
    # One deadline for all of them, not `timeout` each.
    deadline = time.monotonic() + timeout
    for thread in threads:
        thread.join(timeout=max(0, deadline - time.monotonic()))
    return clients, sum(thread.is_alive() for thread in threads), time.monotonic() - began
