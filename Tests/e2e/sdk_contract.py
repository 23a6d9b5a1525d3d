"""Genesys's own Python SDK (`purecloudplatformclientv2`) as the contract for the practice org and the wizard.

The SDK is generated from Genesys's API definition: each of its operations says which method and path it
calls, which query parameters exist, which Content-Type it sends, and which models its body and its answer
are. This module reads those facts from the SDK's source, checks JSON values strictly against its models,
checks recorded requests against its operations, and records what a client and a server say to each other
through a proxy.
"""
import ast
import datetime
import functools
import glob
import http.client
import http.server
import inspect
import json
import os
import re
import threading
import urllib.parse
from collections import namedtuple

import PureCloudPlatformClientV2
from PureCloudPlatformClientV2 import models

Operation = namedtuple("Operation", "method path query_names content_type body_type response_type")


def _read_operations():
    """Every operation of the SDK's API classes, read from their source (each is one generated method)."""
    folder = os.path.join(os.path.dirname(PureCloudPlatformClientV2.__file__), "apis")
    operations = {}
    for file_name in sorted(glob.glob(os.path.join(folder, "*_api.py"))):
        with open(file_name, encoding="utf-8") as file:
            source = file.read()
        for method_source in re.split(r"\n    def ", source):
            path = re.search(r"resource_path = '([^']+)'", method_source)
            method = re.search(r"call_api\(resource_path, '(\w+)'", method_source)
            if not path or not method:
                continue
            # The body is usually the parameter `body`, but a few operations name it otherwise; its type is
            # in the docstring (":param list[WritableEntity] body: ...").
            body_type = None
            body_parameter = re.search(r"body_params = params\['(\w+)'\]", method_source)
            if body_parameter:
                declared = re.search(r":param (\S+) %s:" % body_parameter.group(1), method_source)
                body_type = declared.group(1)
            content_types = re.search(r"select_header_content_type\(\[([^\]]*)\]\)", method_source)
            response_type = re.search(r"response_type=(None|'[^']+')", method_source).group(1)
            operation = Operation(
                method=method.group(1),
                path=path.group(1),
                query_names=frozenset(re.findall(r"query_params\['([^']+)'\]", method_source)),
                content_type=_sent_content_type(re.findall(r"'([^']+)'", content_types.group(1))),
                body_type=body_type,
                response_type=ast.literal_eval(response_type),
            )
            # Some operations are generated into two API classes (users/search is in UsersApi and SearchApi);
            # the copies must agree, or the contract would depend on the order files are read in.
            key = (operation.method, operation.path)
            assert operations.get(key, operation) == operation, f"the SDK defines {key} twice, differently"
            operations[key] = operation
    return list(operations.values())


def _sent_content_type(offered):
    """The Content-Type the SDK sends, as ApiClient.select_header_content_type chooses it."""
    offered = [content_type.lower() for content_type in offered]
    if not offered or "application/json" in offered:
        return "application/json"
    return offered[0]


OPERATIONS = _read_operations()


def _templates_by_method(operations):
    """{method: [(the path's segments, operation)]}, for find_operation."""
    templates = {}
    for operation in operations:
        templates.setdefault(operation.method, []).append((operation.path.strip("/").split("/"), operation))
    return templates


_TEMPLATES = _templates_by_method(OPERATIONS)


def find_operation(method, concrete_path):
    """The SDK operation that a request to `concrete_path` (no query string) is, or None. A `{x}` segment of a
    template matches any one segment; where several templates match, the one with the most literal
    segments wins (GET /api/v2/routing/queues/divisionviews is not GET /api/v2/routing/queues/{queueId})."""
    segments = concrete_path.strip("/").split("/")
    best, best_literals = None, -1
    for template, operation in _TEMPLATES.get(method.upper(), []):
        if len(template) != len(segments):
            continue
        literals = 0
        for pattern, segment in zip(template, segments):
            if pattern.startswith("{") and pattern.endswith("}"):
                if not segment:
                    break
            elif pattern == segment:
                literals += 1
            else:
                break
        else:
            if literals > best_literals:
                best, best_literals = operation, literals
    return best


@functools.lru_cache(maxsize=None)
def _model(name):
    """A model's fields as {json name: (swagger type, allowed values or None)}, or None for no such model."""
    cls = getattr(models, name, None)
    if not isinstance(cls, type):
        return None
    instance = cls()
    fields = {}
    for attribute, swagger_type in instance.swagger_types.items():
        # An enum is checked only inside the property's setter, which maps an unknown value to
        # "outdated_sdk_version": the list of allowed values is only in its source.
        setter = inspect.getsource(getattr(cls, attribute).fset)
        allowed = re.search(r"allowed_values = (\[.*?\])", setter)
        fields[instance.attribute_map[attribute]] = (swagger_type, ast.literal_eval(allowed.group(1)) if allowed else None)
    return fields


def _parses(parse, text):
    try:
        parse(text)
        return True
    except ValueError:
        return False


def _is_datetime(text):
    # Python 3.11's fromisoformat reads ISO-8601 with 'Z'; older versions need it spelled as +00:00.
    return _parses(datetime.datetime.fromisoformat, text[:-1] + "+00:00" if text.endswith("Z") else text)


def strict_read(value, type_string, where=""):
    """The problems of reading the decoded JSON `value` as the SDK type `type_string`, each naming its JSON path
    (`where` is the path of `value`, "$" when empty). Stricter than the SDK, which silently drops unknown fields and turns
    an unknown enum value into "outdated_sdk_version": here both are problems. JSON null is always allowed."""
    at = where or "$"
    if value is None or type_string == "object":
        return []
    if type_string.startswith("list["):
        if not isinstance(value, list):
            return [f"{at}: expected a list ({type_string}), got {json.dumps(value)[:80]}"]
        item_type = type_string[len("list["):-1]
        return [problem for index, item in enumerate(value) for problem in strict_read(item, item_type, f"{at}[{index}]")]
    if type_string.startswith("dict("):
        if not isinstance(value, dict):
            return [f"{at}: expected an object ({type_string}), got {json.dumps(value)[:80]}"]
        item_type = re.match(r"dict\(([^,]*), (.*)\)$", type_string).group(2)
        return [problem for key, item in value.items() for problem in strict_read(item, item_type, f"{at}.{key}")]
    scalar = {
        "str": lambda: isinstance(value, str),
        # bool is an int in Python, not in JSON.
        "int": lambda: isinstance(value, int) and not isinstance(value, bool),
        "float": lambda: isinstance(value, (int, float)) and not isinstance(value, bool),
        "number": lambda: isinstance(value, (int, float)) and not isinstance(value, bool),
        "bool": lambda: isinstance(value, bool),
        "datetime": lambda: isinstance(value, str) and _is_datetime(value),
        # The SDK reads LocalDateTime as a datetime and YearMonth as "YYYY-MM".
        "LocalDateTime": lambda: isinstance(value, str) and _is_datetime(value),
        "date": lambda: isinstance(value, str) and _parses(datetime.date.fromisoformat, value),
        "YearMonth": lambda: isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}", value) is not None,
    }
    if type_string in scalar:
        return [] if scalar[type_string]() else [f"{at}: expected {type_string}, got {json.dumps(value)[:80]}"]
    fields = _model(type_string)
    if fields is None:
        return [f"{at}: the SDK has no type {type_string}"]
    if not isinstance(value, dict):
        return [f"{at}: expected an object ({type_string}), got {json.dumps(value)[:80]}"]
    problems = []
    for key, item in value.items():
        path = f"{at}.{key}"
        if key not in fields:
            problems.append(f"{path}: {type_string} has no field {key!r}")
            continue
        field_type, allowed = fields[key]
        if allowed is not None and item is not None and item not in allowed:
            problems.append(f"{path}: {json.dumps(item)} is not one of {type_string}.{key}'s values {allowed}")
            continue
        problems.extend(strict_read(item, field_type, path))
    return problems


def _media_type(content_type):
    """`application/json; charset=utf-8` -> `application/json`."""
    return (content_type or "").split(";")[0].strip().lower()


LOGIN_PATH = "/oauth/token"
# The practice org's stand-in for the S3 presigned URL of an Architect job: not a Genesys API call.
UPLOADS_PREFIX = "/practice/uploads/"


def check_request(method, path, query_names, content_type, body):
    """The problems of a request against the SDK's operations. `body` is the raw body as sent (bytes, str, or
    None / empty for none); `content_type` the Content-Type header or None."""
    method = method.upper()
    label = f"{method} {path}"
    body = body.encode() if isinstance(body, str) else (body or b"")
    if path.startswith(UPLOADS_PREFIX) and method == "PUT":
        return []
    if path == LOGIN_PATH:
        # The login is not one of the API classes' operations: ApiClient.get_client_credentials_token sends
        # a form with the grant type (and the client in Basic authentication).
        problems = []
        if method != "POST":
            problems.append(f"{label}: the login is a POST")
        if _media_type(content_type) != "application/x-www-form-urlencoded":
            problems.append(f"{label}: Content-Type {content_type!r}, the SDK sends 'application/x-www-form-urlencoded'")
        form = urllib.parse.parse_qs(body.decode("utf-8", "replace"))
        if form.get("grant_type") != ["client_credentials"]:
            problems.append(f"{label}: the form must say grant_type=client_credentials, it was {body[:200]!r}")
        return problems
    operation = find_operation(method, path)
    if operation is None:
        return [f"{label}: the SDK has no such operation"]
    problems = [f"{label}: query parameter {name!r} is not one of the operation's {sorted(operation.query_names)}"
                for name in sorted(set(query_names) - operation.query_names)]
    if body or method in ("POST", "PUT", "PATCH"):
        if _media_type(content_type) != operation.content_type:
            problems.append(f"{label}: Content-Type {content_type!r}, the SDK sends {operation.content_type!r}")
    if body:
        if operation.body_type is None:
            problems.append(f"{label}: the operation takes no body, the request had {body[:200]!r}")
        else:
            try:
                decoded = json.loads(body)
            except ValueError:
                problems.append(f"{label}: the body is not JSON: {body[:200]!r}")
            else:
                problems.extend(f"{label} body: {problem}" for problem in strict_read(decoded, operation.body_type))
    return problems


Record = namedtuple("Record", "method path query_names content_type body status response_body")

# Headers about one hop of the connection, not about the request: the proxy makes its own connection.
_HOP_HEADERS = {"host", "connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "upgrade"}


class RecordingProxy:
    """An HTTP proxy on 127.0.0.1 that forwards every request to `target` (a base URL such as
    http://127.0.0.1:8787) and records each exchange in `records`, in the order the answers came."""

    def __init__(self, target):
        parsed = urllib.parse.urlsplit(target)
        self.target = (parsed.hostname, parsed.port)
        self.records = []
        self._lock = threading.Lock()
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self.base = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = None

    def start(self):
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self):
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def _handler_class(self):
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            # HTTP/1.1, so the client keeps its connection as it would with Genesys.
            protocol_version = "HTTP/1.1"

            def forward(self):
                # The wizard's libcurl always sends a Content-Length with a body (never chunked).
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {name: value for name, value in self.headers.items() if name.lower() not in _HOP_HEADERS}
                # http.client sends the target's Host, so the practice org builds its upload URLs for itself.
                upstream = http.client.HTTPConnection(*proxy.target, timeout=60)
                try:
                    upstream.request(self.command, self.path, body=body if length else None, headers=headers)
                    answer = upstream.getresponse()
                    answer_body = answer.read()
                finally:
                    upstream.close()
                split = urllib.parse.urlsplit(self.path)
                with proxy._lock:
                    proxy.records.append(Record(
                        method=self.command, path=split.path,
                        query_names=[name for name, _ in urllib.parse.parse_qsl(split.query, keep_blank_values=True)],
                        content_type=self.headers.get("Content-Type"), body=body,
                        status=answer.status, response_body=answer_body))
                self.send_response_only(answer.status, answer.reason)
                for name, value in answer.getheaders():
                    if name.lower() not in _HOP_HEADERS and name.lower() != "content-length":
                        self.send_header(name, value)
                # A 204 has no body, and so no length either.
                if answer.status not in (204, 304):
                    self.send_header("Content-Length", str(len(answer_body)))
                self.end_headers()
                if answer.status not in (204, 304):
                    self.wfile.write(answer_body)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = forward

            def log_message(self, *args):
                pass  # the test prints the records it needs

        return Handler
