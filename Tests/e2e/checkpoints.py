"""Checkpoints as this version of omwizard writes them, for the tests, the benchmark and the torture run to
start from (a walk stopped at a given step, with the values they need)."""

# The version of the checkpoint's shape that this omwizard writes (`Checkpoint.currentSchemaVersion`).
SCHEMA_VERSION = 3

NO_ANSWERS = {"genesysAdmin": False, "salesforceAdmin": False, "packageInstalled": False,
              "queueOrigin": "new", "queueName": "", "queueDone": False,
              "memberEmail": "", "memberOrigin": "new", "memberDone": False,
              "flowOrigin": "new", "flowName": "", "flowDone": False,
              "integrationName": "", "webhookURL": "", "integrationDone": False,
              "routeFlow": "", "routeAddress": "", "routeDone": False,
              "salesforceSetup": False, "salesforceInstalledPackages": False,
              "salesforceConfigure": False, "salesforceRetrieveOptions": False, "testMessageText": ""}

# A guided walk's connection, org and manual steps: none.
NOT_CONNECTED = {"connection": {"location": "", "clientID": ""}, "org": {}, "manualSteps": []}


def stopped_at_member(queue, queue_origin="new", language="es"):
    """A guided walk whose prerequisites and queue are done: it resumes at the member step."""
    answers = {**NO_ANSWERS, "genesysAdmin": True, "salesforceAdmin": True, "packageInstalled": True,
               "queueOrigin": queue_origin, "queueName": queue, "queueDone": True}
    return {"schemaVersion": SCHEMA_VERSION, "language": language, "mode": {"how": "guided"}, "answers": answers,
            "statuses": {"prerequisites": "done", "queue": "skipped" if queue_origin == "existing" else "done",
                         "member": "inProgress"},
            "confirmed": {"prerequisites": "", "queue": f"{queue_origin}|{queue}"}, **NOT_CONNECTED}


def stopped_at_queue(queue, language="en"):
    """A guided walk whose prerequisites are done, its queue name typed but not confirmed."""
    answers = {**NO_ANSWERS, "genesysAdmin": True, "salesforceAdmin": True, "packageInstalled": True,
               "queueName": queue}
    return {"schemaVersion": SCHEMA_VERSION, "language": language, "mode": {"how": "guided"}, "answers": answers,
            "statuses": {"prerequisites": "done", "queue": "inProgress"}, "confirmed": {"prerequisites": ""},
            **NOT_CONNECTED}
