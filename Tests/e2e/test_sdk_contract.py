"""The practice org and the wizard held to Genesys's own Python SDK: the practice org must answer what the SDK's
models read (no field a model lacks, enum values exactly as Genesys spells them), and every request the wizard
sends must be one of the SDK's operations, with its query parameters, Content-Type and body model."""
import datetime
import json
import os
import subprocess
import time
import urllib.parse
import urllib.request

import PureCloudPlatformClientV2 as sdk

from practice_org import CLIENT, smallest_flow_file
from sdk_contract import (LOGIN_PATH, OPERATIONS, RecordingProxy, check_request, find_operation,
                          strict_read)
from test_automatic import EMAIL, TEXTS, carry_out_plan, connect_to, give_answers
from wizard import BINARY

# A space (sent as '+' in a query), a '+' (sent as %2B) and accents: what a form-encoded query must survive.
QUEUE = "Cola SDK Ñandú+1"
FLOW = "Flujo SDK Ñandú+1"
INTEGRATION = "Integración SDK Ñandú+1"


def test_the_contract_helpers_are_not_vacuous():
    assert len(OPERATIONS) > 3000
    assert find_operation("GET", "/api/v2/routing/queues/divisionviews").path == "/api/v2/routing/queues/divisionviews"
    assert find_operation("GET", "/api/v2/routing/queues/abc").path == "/api/v2/routing/queues/{queueId}"
    assert find_operation("POST", "/api/v2/routing/queues/abc/members").body_type == "list[WritableEntity]"
    assert find_operation("GET", "/api/v2/no/such/thing") is None

    job = {"id": "j", "status": "Success", "messages": [{"type": "Error", "text": "t"}], "flow": {"id": "f"}}
    assert strict_read(job, "ArchitectJobStateResponse") == []
    assert strict_read({**job, "extra": 1}, "ArchitectJobStateResponse") == [
        "$.extra: ArchitectJobStateResponse has no field 'extra'"]
    assert strict_read({**job, "status": "success"}, "ArchitectJobStateResponse")[0].startswith("$.status:")
    assert strict_read({**job, "flow": {"id": "f", "name": "n"}}, "ArchitectJobStateResponse") == [
        "$.flow.name: AddressableEntityRef has no field 'name'"]
    assert strict_read({"entities": [{"id": 1}]}, "QueueEntityListing")[0].startswith("$.entities[0].id:")
    assert strict_read({"total": True}, "QueueEntityListing")[0].startswith("$.total:")
    assert strict_read({"dateCreated": "yesterday"}, "Queue")[0].startswith("$.dateCreated:")
    assert strict_read({"dateCreated": "2024-05-01T10:00:00.000Z", "description": None}, "Queue") == []

    assert check_request("POST", "/api/v2/flows/jobs", [], "application/x-www-form-urlencoded", b"") == [
        "POST /api/v2/flows/jobs: Content-Type 'application/x-www-form-urlencoded', the SDK sends 'application/json'"]
    assert check_request("POST", "/api/v2/flows/jobs", [], "application/json; charset=utf-8", b"") == []
    assert check_request("GET", "/api/v2/routing/queues", ["name", "size"], None, None) != []
    assert check_request("POST", "/api/v2/routing/queues", [], "application/json", b'{"name": "q", "size": 1}') == [
        "POST /api/v2/routing/queues body: $.size: CreateQueueRequest has no field 'size'"]
    assert check_request("GET", "/api/v2/routing/queuez", [], None, None) != []
    assert check_request("POST", LOGIN_PATH, [], "application/json", b"grant_type=client_credentials") != []
    assert check_request("POST", LOGIN_PATH, [], "application/x-www-form-urlencoded", b"grant_type=password") != []


def model(cls, **fields):
    """An SDK model with the fields given (the SDK's models take no arguments)."""
    instance = cls()
    for name, value in fields.items():
        setattr(instance, name, value)
    return instance


class Capture:
    """Every answer the SDK's HTTP client receives, with the request it answers, via the client's hooks
    (a request and its answer are paired because the client is synchronous)."""

    def __init__(self, api_client):
        self.exchanges = []
        self._pending = None
        http_client = api_client.get_http_client()
        http_client.pre_hook = self._request
        http_client.post_hook = self._response

    def _request(self, options):
        self._pending = (options.method, urllib.parse.urlsplit(options.url).path)
        return options

    def _response(self, response):
        self.exchanges.append((*self._pending, response.status, response.data))
        return response

    def problems(self):
        """The problems of reading every answer strictly as its operation's response type."""
        return [problem for exchange in self.exchanges for problem in answer_problems(*exchange)]


def answer_problems(method, path, status, data):
    """The problems of a 2xx answer's body, read as the SDK reads it, against its operation's response type.
    The login's answer is not a model: the SDK takes its access_token and nothing else."""
    if path == LOGIN_PATH:
        return []
    label = f"{method} {path} answered {status}"
    operation = find_operation(method, path)
    if operation is None:
        return [f"{label}: the SDK has no such operation"]
    # A refusal is Genesys's ErrorBody, whatever the operation answers when it succeeds.
    expected = operation.response_type if 200 <= status < 300 else "ErrorBody"
    if expected is None or not data:
        return []
    try:
        decoded = json.loads(data)
    except ValueError:
        return [f"{label}: the answer is not JSON: {data[:200]!r}"]
    return [f"{label}: {problem}" for problem in strict_read(decoded, expected)]


def wait_until(read, done, timeout=20.0):
    """`read()` again and again until `done` holds for its value."""
    deadline = time.monotonic() + timeout
    while True:
        value = read()
        if done(value):
            return value
        assert time.monotonic() < deadline, f"still not there after {timeout} s: {value}"
        time.sleep(0.2)


def test_the_whole_setup_through_genesys_sdk_reads_strictly(server_factory):
    server = server_factory()
    # No "//api." in the host to turn into "//login.": the SDK logs in at host + /oauth/token.
    api_client = sdk.ApiClient(host=server.base)
    capture = Capture(api_client)
    results = []
    try:
        set_up_through_the_sdk(api_client, results)
    finally:
        # Printed even when the SDK itself stumbles, so that every problem shows in one run.
        problems = capture.problems()
        print("\n".join(["Problems reading the practice org's answers strictly:", *problems,
                         "Results the SDK got wrong:", *results]))
    assert problems == [] and results == []


def set_up_through_the_sdk(api_client, results):
    """The chapter's Genesys steps and the reads of Retrieve Options, as a program using the SDK makes them.
    A result that is wrong but does not stop the next steps is added to `results`, so that one run shows all."""
    def expect(holds, problem):
        if not holds:
            results.append(problem)

    api_client.get_client_credentials_token(*CLIENT)
    users, routing = sdk.UsersApi(api_client), sdk.RoutingApi(api_client)
    architect, conversations = sdk.ArchitectApi(api_client), sdk.ConversationsApi(api_client)

    criteria = model(sdk.UserSearchCriteria, type="EXACT", fields=["email"], value=EMAIL)
    found_users = users.post_users_search(model(sdk.UserSearchRequest, query=[criteria]))
    assert [user.email for user in found_users.results] == [EMAIL], found_users
    user_id = found_users.results[0].id

    queue = routing.post_routing_queues(model(sdk.CreateQueueRequest, name=QUEUE))
    expect(queue.name == QUEUE, f"the new queue is named {queue.name!r}")
    # Refusals too are read strictly (as ErrorBody): a name taken, an id unknown.
    for refused, status in ((lambda: routing.post_routing_queues(model(sdk.CreateQueueRequest, name=QUEUE)), 409),
                            (lambda: routing.get_routing_queue("00000000-0000-4000-8000-00000000beef"), 404)):
        try:
            refused()
            results.append(f"no {status}: the call was accepted")
        except sdk.rest.ApiException as error:
            expect(error.status == status, f"answered {error.status}, not {status}")
    # The SDK form-encodes the query: name=Cola+SDK%2A.
    found = [entity.id for entity in routing.get_routing_queues(name="Cola SDK*").entities or []]
    expect(found == [queue.id], f"GET /api/v2/routing/queues?name=Cola+SDK%2A found {found}, not the new queue")
    routing.post_routing_queue_members(queue.id, [model(sdk.WritableEntity, id=user_id)])
    members = [member.id for member in routing.get_routing_queue_members(queue.id).entities or []]
    expect(members == [user_id], f"the queue's members are {members}, not the user added")

    job = architect.post_flows_jobs()
    request = urllib.request.Request(job.presigned_url, data=smallest_flow_file(FLOW, QUEUE).encode(), method="PUT",
                                     headers=job.headers or {})
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert 200 <= answer.status < 300
    finished = wait_until(lambda: architect.get_flows_job(job.id, expand=["messages"]),
                          lambda state: state.status in ("Success", "Failure"))
    assert finished.status == "Success", finished.messages
    flows = architect.get_flows(type=["inboundshortmessage"], name=FLOW, sort_by="name").entities or []
    listed = [(flow.id, flow.published_version is not None) for flow in flows if flow.name == FLOW]
    expect(listed == [(finished.flow.id, True)],
           f"GET /api/v2/flows?name=<the flow> found {listed}, not flow {finished.flow.id} published")
    flow_id = finished.flow.id

    integration = conversations.post_conversations_messaging_integrations_open(model(
        sdk.OpenIntegrationRequest, name=INTEGRATION, outbound_notification_webhook_url="https://example.com/unused",
        outbound_notification_webhook_signature_secret_token="a-token-longer-than-15"))
    integration = wait_until(
        lambda: conversations.get_conversations_messaging_integrations_open_integration_id(integration.id),
        lambda state: state.create_status == "Completed")
    recipient_id = integration.recipient.id if integration.recipient else integration.id
    recipient = routing.get_routing_message_recipient(recipient_id)
    expect(recipient.id == recipient_id, f"recipient {recipient_id} read back as {recipient.id}")
    routing.put_routing_message_recipient(recipient_id, model(sdk.RecipientRequest,
                                                              flow=model(sdk.RecipientFlow, id=flow_id)))
    bound = routing.get_routing_message_recipient(recipient_id).flow
    expect(bound is not None and bound.id == flow_id, f"the recipient's flow is {bound}, not {flow_id}")

    # The other reads the practice org serves, so that every answer it can give is read strictly.
    architect.get_flow(flow_id)
    routing.get_routing_message_recipients(messenger_type="open")
    conversations.get_conversations_messaging_integrations_open(page_size=100)
    routing.get_routing_queues_divisionviews_all(page_size=100)

    # What Salesforce's Retrieve Options reads.
    views = [view.id for view in routing.get_routing_queues_divisionviews(name=QUEUE).entities or []]
    expect(queue.id in views, f"GET /api/v2/routing/queues/divisionviews?name=<the queue> found {views}")
    platforms = [platform.id for platform in conversations.get_conversations_messaging_integrations().entities or []]
    expect(integration.id in platforms, f"GET /api/v2/conversations/messaging/integrations lists {platforms}")

    # The test message: sent as a customer would, its conversation read, then ended.
    sender = model(sdk.OpenMessagingFromRecipient, id="sdk-tester", nickname="SDK test")
    sent = conversations.post_conversations_message_inbound_open_message(
        integration.id, model(sdk.OpenInboundNormalizedMessage, text="Hola ñandú", channel=model(
            sdk.OpenInboundMessageMessagingChannel, message_id="sdk-message-1", pcFrom=sender,
            time=datetime.datetime.now(datetime.timezone.utc))),
        prefetch_conversation_id=True)
    expect(bool(sent.conversation_id), "no conversationId with prefetchConversationId")
    conversation = conversations.get_conversations_message(sent.conversation_id)
    queues = [(p.purpose, p.queue.id if p.queue else None) for p in conversation.participants or []]
    expect(("acd", queue.id) in queues, f"the conversation's participants are {queues}, none of the queue")
    for participant in conversation.participants or []:
        conversations.patch_conversations_message_participant(sent.conversation_id, participant.id,
                                                              body=model(sdk.MediaParticipantRequest, state="disconnected"))
    states = {p.state for p in conversations.get_conversations_message(sent.conversation_id).participants or []}
    expect(states == {"disconnected"}, f"after the disconnects the participants are {states}")

    # An undo's calls: a flow that a route starts is refused (read as ErrorBody), then each goes.
    try:
        architect.delete_flow(flow_id)
        results.append("a flow that a route starts was deleted")
    except sdk.rest.ApiException as error:
        expect(error.status == 409, f"deleting a routed flow answered {error.status}, not 409")
    # Taking the flow off the route, as an undo does for an integration it keeps: RecipientRequest without flow.
    unbound = routing.put_routing_message_recipient(recipient_id, model(sdk.RecipientRequest))
    expect(unbound.flow is None, f"a route put without a flow still starts {unbound.flow}")
    conversations.delete_conversations_messaging_integrations_open_integration_id(integration.id)
    architect.delete_flow(flow_id)
    routing.delete_routing_queue_member(queue.id, user_id)
    routing.delete_routing_queue(queue.id)
    for gone in (lambda: routing.get_routing_queue(queue.id), lambda: architect.get_flow(flow_id)):
        try:
            gone()
            results.append("an object deleted is still there")
        except sdk.rest.ApiException as error:
            expect(error.status == 404, f"a deleted object answered {error.status}, not 404")


def test_the_wizards_requests_are_the_sdks_operations(spawn, server_factory, home):
    server = server_factory()
    proxy = RecordingProxy(server.base).start()
    try:
        texts = TEXTS["en"]
        wizard = connect_to(spawn, proxy, "automatic")
        give_answers(wizard, texts)
        wizard.wait_for(texts["plan"])
        carry_out_plan(wizard, texts)
        # The undo, through the same proxy: every removal is one of the SDK's operations too.
        env = {"PATH": os.environ["PATH"], "HOME": home, "XDG_STATE_HOME": home, "LANG": "C.UTF-8",
               "GENESYSCLOUD_OAUTHCLIENT_ID": CLIENT[0], "GENESYSCLOUD_OAUTHCLIENT_SECRET": CLIENT[1]}
        undo = subprocess.run([BINARY, "undo", "--yes"], env=env, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, timeout=60)
        assert undo.returncode == 0, undo.stdout + undo.stderr
    finally:
        proxy.stop()
        # Printed even when the run stopped short, so that every problem shows in one run.
        problems = record_problems(proxy.records)
        print("\n".join(["The wizard's requests:", *(f"  {record.status} {record.method} {record.path} "
                                                     f"{record.query_names}" for record in proxy.records),
                         "Problems:", *problems]))
    assert problems == []
    operations = {(record.method, operation.path) for record in proxy.records
                  if (operation := find_operation(record.method, record.path))}
    assert {("POST", "/api/v2/routing/queues"), ("POST", "/api/v2/flows/jobs"),
            ("POST", "/api/v2/conversations/messaging/integrations/open"),
            ("PUT", "/api/v2/routing/message/recipients/{recipientId}"),
            ("POST", "/api/v2/conversations/messages/{integrationId}/inbound/open/message"),
            ("GET", "/api/v2/conversations/messages/{conversationId}"),
            ("PATCH", "/api/v2/conversations/messages/{conversationId}/participants/{participantId}"),
            ("DELETE", "/api/v2/conversations/messaging/integrations/open/{integrationId}"),
            ("DELETE", "/api/v2/flows/{flowId}"), ("DELETE", "/api/v2/routing/queues/{queueId}/members/{memberId}"),
            ("DELETE", "/api/v2/routing/queues/{queueId}")} <= operations


def record_problems(records):
    """Every recorded request checked against its SDK operation, and every answer read as the SDK reads it."""
    problems = []
    for record in records:
        problems.extend(check_request(record.method, record.path, record.query_names, record.content_type,
                                      record.body))
        problems.extend(answer_problems(record.method, record.path, record.status, record.response_body))
    return problems
