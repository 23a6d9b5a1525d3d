import json
import os
import subprocess

import pytest

from practice_org import Server
from wizard import BINARY, Wizard


@pytest.fixture
def home(tmp_path):
    return str(tmp_path)


@pytest.fixture
def checkpoint(home):
    return os.path.join(home, "omwizard", "default.json")


@pytest.fixture
def spawn(home):
    started = []

    def start(*args, cols=80, rows=24, lang="C.UTF-8", env=None):
        wizard = Wizard(list(args), home, cols=cols, rows=rows, lang_env=lang, extra_env=env)
        started.append(wizard)
        return wizard

    yield start
    for wizard in started:
        if wizard.child.isalive():
            wizard.child.terminate(force=True)


def run_cli(home, *args):
    env = {"PATH": os.environ["PATH"], "HOME": home, "XDG_STATE_HOME": home, "LANG": "C.UTF-8"}
    return subprocess.run([BINARY, *args], env=env, cwd=home, capture_output=True, text=True, stdin=subprocess.DEVNULL)


def status_json(home, *args):
    result = run_cli(home, "status", "--json", *args)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


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
