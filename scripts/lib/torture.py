"""The reliability run of issue 12: drives the real binary hard, as a careful tester would, and reports its
figures. Every kind of run has a count the user sets (0 leaves it out); --quick scales them all down.

  guided kills     kill -9 at random moments of guided walks; each resume walks on to the end
  automatic kills  Practice Automatic runs (every call answered late) killed at random moments, resumed
  bad checkpoints  truncated, garbage, wrong types, newer, unknown fields, not a file, a huge queue name
  random keys      random keys and resizes in a pty: no crash, every resize drawn without a key
  pastes           a 5,000-character paste into the queue name
  fault runs       a fault on one API call of a Practice Automatic run, retried with R as a user would
  clients          concurrent API clients doing a whole setup on one practice org that saves to a file
and, after the runs, a search of every file they left for the OAuth client secret and the webhook tokens.

Every wait has a timeout: a wizard that does not answer is a failure recorded, then killed. The wizards
reach nothing but 127.0.0.1 (any other address goes to a proxy on a closed local port)."""
import argparse
import contextlib
import ctypes
import datetime
import json
import math
import os
import random
import re
import shutil
import signal
import stat
import string
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Tests", "e2e"))
import checkpoints  # noqa: E402
from checkpoints import stopped_at_member  # noqa: E402
from practice_org import CLIENT, Server  # noqa: E402
from wizard import BINARY, KEYS, Wizard  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from practice_load import percentiles, random_token, run_setups  # noqa: E402

# --- Options ---------------------------------------------------------------------------------------------

# A full run takes 10 to 20 minutes on two cores; --quick, 2 to 4.
FULL = {"guided_kills": 40, "automatic_kills": 20, "bad_checkpoints": 35, "random_keys": 8000, "resizes": 250,
        "pastes": 3, "fault_runs": 30, "clients": 30}
QUICK = {"guided_kills": 4, "automatic_kills": 3, "bad_checkpoints": 7, "random_keys": 1500, "resizes": 30,
         "pastes": 1, "fault_runs": 6, "clients": 30}


def parse_options(argv):
    parser = argparse.ArgumentParser(prog="scripts/torture", description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="every count scaled down: 2 to 4 minutes (CI)")
    counts = {
        "guided_kills": "kill -9 during guided walks (each walk takes up to 3, then finishes)",
        "automatic_kills": "kill -9 during Practice Automatic runs (each run takes up to 2, then finishes)",
        "bad_checkpoints": "damaged or unusual checkpoints, one kind after the other",
        "random_keys": "random keys sent to wizards in a pty",
        "resizes": "terminal resizes among the random keys",
        "pastes": "5,000-character pastes into the queue name",
        "fault_runs": "runs of the API fault matrix (kind x call; at most 30)",
        "clients": "concurrent API clients on one practice org",
    }
    for name, text in counts.items():
        flag = "--" + name.replace("_", "-")
        parser.add_argument(flag, type=int, metavar="N", help=f"{text} (default {FULL[name]}, quick {QUICK[name]})")
    parser.add_argument("--seed", type=int, help="the random seed (default: from the clock; the report gives it)")
    parser.add_argument("--report", default="torture-report.json", help="the JSON report (default: %(default)s)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folders of the runs")
    options = parser.parse_args(argv)
    defaults = QUICK if options.quick else FULL
    for name in counts:
        if getattr(options, name) is None:
            setattr(options, name, defaults[name])
        if getattr(options, name) < 0:
            parser.error(f"--{name.replace('_', '-')} must be 0 or more")
    if options.seed is None:
        options.seed = int(time.time())
    return options


# --- Report ----------------------------------------------------------------------------------------------

def screen_lines(session):
    """The screen as text without its empty lines: enough to see what went wrong, short in the report."""
    return [line.rstrip() for line in session.screen.display if line.strip()]


class Section:
    """One kind of run: its checks (how often each held or failed), its failures and its figures."""

    def __init__(self, name):
        self.name = name
        self.checks = {}
        self.failures = []
        self.figures = {}
        self.began = time.monotonic()
        self.duration = None

    def check(self, name, held, detail="", session=None):
        tally = self.checks.setdefault(name, {"held": 0, "failed": 0})
        tally["held" if held else "failed"] += 1
        if not held:
            failure = {"check": name, "detail": detail}
            if session is not None:
                failure["screen"] = screen_lines(session)
            self.failures.append(failure)
        return held

    def count(self, figure, by=1):
        self.figures[figure] = self.figures.get(figure, 0) + by

    def finish(self):
        self.duration = time.monotonic() - self.began

    def as_json(self):
        return {"duration_s": round(self.duration or 0, 1), "figures": self.figures, "checks": self.checks,
                "failures": self.failures}

    def summary(self):
        figures = ", ".join(f"{key} {value}" for key, value in self.figures.items() if not isinstance(value, dict))
        lines = [f"{self.name} ({self.duration or 0:.0f} s): {figures}"]
        for key, value in self.figures.items():
            if isinstance(value, dict) and all(isinstance(inner, dict) for inner in value.values()):
                lines.append(f"    {key}:")
                lines.extend(f"      {k}: " + ", ".join(f"{a} {b}" for a, b in v.items()) for k, v in value.items())
            elif isinstance(value, dict):
                lines.append(f"    {key}: " + ", ".join(f"{k} {v}" for k, v in value.items()))
        for name, tally in self.checks.items():
            total = tally["held"] + tally["failed"]
            if tally["failed"]:
                first = next(failure["detail"] for failure in self.failures if failure["check"] == name)
                lines.append(f"  FAIL {name}: {tally['failed']} of {total} ({first})")
            else:
                lines.append(f"  ok   {name}: {total} of {total}")
        return "\n".join(lines)


# --- Processes -------------------------------------------------------------------------------------------

# libcurl reads these: an address other than 127.0.0.1 goes to a proxy on the discard port, which nothing
# serves here, so a wizard that random keys take to Verify or Automatic mode cannot reach a real org.
LOOPBACK_ONLY = {"http_proxy": "http://127.0.0.1:9", "https_proxy": "http://127.0.0.1:9",
                 "all_proxy": "http://127.0.0.1:9", "no_proxy": "127.0.0.1,localhost"}


def become_subreaper():
    """The practice org of a wizard killed with -9 is then reparented to this process, not to init: it can be
    watched, and killed if it lingers, knowing that this run started it."""
    PR_SET_CHILD_SUBREAPER = 36
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def process_state(pid):
    """(state letter, parent pid) from /proc, or None once the process is gone."""
    try:
        with open(f"/proc/{pid}/stat") as file:
            text = file.read()
    except OSError:
        return None
    fields = text[text.rfind(")") + 2:].split()
    return fields[0], int(fields[1])


def children_of(pid):
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            state = process_state(int(entry))
            if state and state[1] == pid:
                found.append(int(entry))
    return found


def command_name(pid):
    """The name the kernel keeps for the process (15 characters at most); "" once it is gone."""
    try:
        with open(f"/proc/{pid}/comm") as file:
            return file.read().strip()
    except OSError:
        return ""


def alive(pid):
    state = process_state(pid)
    return state is not None and state[0] not in "ZX"


class Processes:
    """The wizards this run starts and the practice orgs their kills leave behind; sweep() ends them all."""

    def __init__(self):
        become_subreaper()
        self.sessions = []
        self.lifetimes = []
        self.watchers = []

    def spawn(self, args, home, trip=None, cols=80, rows=24):
        session = Session(args, home, trip, cols=cols, rows=rows)
        self.sessions.append(session)
        return session

    def kill9(self, session):
        """kill -9, as a crash or a closed laptop would; the practice org it started is adopted and watched."""
        if not session.child.isalive():
            session.child.close(force=True)
            return
        orphans = children_of(session.child.pid)
        killed_at = time.monotonic()
        session.kill9()
        for pid in orphans:
            watcher = threading.Thread(target=self._watch, args=(pid, killed_at), daemon=True)
            watcher.start()
            self.watchers.append(watcher)

    def _watch(self, pid, killed_at):
        """How long a practice org outlives its killed wizard (issue 12, item 4); gives up after 10 s."""
        while alive(pid) and time.monotonic() - killed_at < 10:
            time.sleep(0.01)
        self.lifetimes.append(time.monotonic() - killed_at)

    def sweep(self):
        """Kills the wizards still running, then the practice orgs their ends left behind: reparented to this
        process, they are its children named omwizard-practice (the practice orgs of the clients' runs are
        stopped, and reaped, before any sweep)."""
        for session in self.sessions:
            if session.child.isalive():
                self.kill9(session)
        self.sessions = []
        for watcher in self.watchers:
            watcher.join()
        self.watchers = []
        for pid in children_of(os.getpid()):
            if command_name(pid).startswith("omwizard-pract"):
                if alive(pid):
                    os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)


class Stuck(Exception):
    """The wizard did not do what a user waits for, in time."""


@contextlib.contextmanager
def time_limit(seconds, what):
    """Raises Stuck in the main thread when the block outlasts `seconds`: for a call that has no timeout of its
    own (reading the practice org's first line)."""
    def expire(*_):
        raise Stuck(f"{what} (waited {seconds:g} s)")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class Tripped(Exception):
    """The moment chosen for a kill has come; the message says what the screen showed."""


class AfterActions:
    """Trips before the n-th key action."""

    def __init__(self, actions, jitter):
        self.left = actions
        self.jitter = jitter

    def due(self, session, event):
        if event == "action":
            self.left -= 1
        return self.left <= 0


class WhenShown:
    """Trips once the screen shows one of `texts`."""

    def __init__(self, texts, jitter):
        self.texts = texts
        self.jitter = jitter

    def due(self, session, event):
        return event == "pump" and any(session.shows(text) for text in self.texts)


# What the plan shows while each piece of work is under way (its line begins so, in English), by a short name.
BUSY = {"Logging in…": "logging in", "Looking up what already exists": "looking up",
        "Creating the queue “": "creating the queue", "to the queue…": "adding the member",
        "Publishing the flow “": "publishing the flow", "Creating the integration “": "creating the integration",
        "Binding the message route": "binding the route"}


class Session(Wizard):
    """A wizard in a pty that reaches only 127.0.0.1 and raises Tripped at the moment its trip chooses."""

    def __init__(self, args, home, trip, cols, rows):
        super().__init__(args, home, cols=cols, rows=rows, extra_env=LOOPBACK_ONLY)
        self.trip = trip

    # press and type pace keys as Wizard's do, through send_bounded.
    def press(self, *names):
        for name in names:
            self._check("action")
            self.send_bounded(KEYS[name].encode())
            # Esc alone means Back: give ncurses its escape delay before the next byte.
            time.sleep(0.08 if name == "esc" else 0.02)
            self.pump(0.02)

    def type(self, text):
        self._check("action")
        self.send_bounded(text.encode("utf-8"))
        self.pump(0.05)

    def send_bounded(self, data, timeout=5.0):
        """Sends `data` to the wizard's terminal, reading what it draws meanwhile (a wizard blocked on a full
        screen reads no keys). A wizard that takes no more input within `timeout` is Stuck: its terminal's
        input queue is full, and a plain write would block this whole run."""
        def write_all():
            rest = memoryview(data)
            try:
                while rest:
                    rest = rest[os.write(self.child.child_fd, rest):]
            except OSError:
                pass  # the wizard was killed meanwhile
        writer = threading.Thread(target=write_all, daemon=True)
        writer.start()
        deadline = time.monotonic() + timeout
        writer.join(0.002)
        while writer.is_alive():
            if time.monotonic() > deadline:
                raise Stuck(f"the wizard stopped reading its keys ({len(data)} bytes not taken in {timeout:g} s)")
            self.pump(0.01)

    def pump(self, wait=0.05):
        super().pump(wait)
        self._check("pump")

    def _check(self, event):
        if self.trip and self.trip.due(self, event):
            trip, self.trip = self.trip, None
            self.linger(trip.jitter)
            raise Tripped(self.moment())

    def linger(self, seconds):
        """Reads the screen for `seconds` without a key: the wizard is never held up by a full pty."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            self.pump(0.02)

    def title(self):
        return self.screen.display[1].strip()

    def moment(self):
        """What the wizard was doing: the work under way, else the screen's title (without what follows it
        on its line: the plan's address, a connection's state, a step's "(done)")."""
        busy = [name for text, name in BUSY.items() if self.shows(text)]
        if busy:
            return busy[0]
        title = re.split(r"\s{2,}|·", self.title())[0].strip()
        return title if title.strip("─") else "(no title)"


def run_cli(home, *args, timeout=5.0):
    """An omwizard command without a terminal; None when it had not ended after `timeout` (then killed)."""
    env = {"PATH": os.environ["PATH"], "HOME": home, "XDG_STATE_HOME": home, "LANG": "C.UTF-8", **LOOPBACK_ONLY}
    try:
        return subprocess.run([BINARY, *args], env=env, cwd=home, capture_output=True, text=True,
                              stdin=subprocess.DEVNULL, timeout=timeout, errors="replace")
    except subprocess.TimeoutExpired:
        return None


def status_json(home):
    result = run_cli(home, "status", "--json")
    if result is None or result.returncode != 0:
        return None
    return json.loads(result.stdout)


# --- Walking the wizard as a user would ------------------------------------------------------------------

def within(session, seconds, condition):
    """Seconds until `condition` held, reading the screen meanwhile; None when it did not within `seconds`."""
    began = time.monotonic()
    while True:
        if condition():
            return time.monotonic() - began
        if time.monotonic() - began > seconds:
            return None
        session.pump(0.02)


def wait_until(session, condition, timeout, what):
    """As `within`, but a wizard that does not get there (or ends first) is Stuck."""
    if within(session, timeout, lambda: condition() or not session.child.isalive()) is None:
        raise Stuck(f"{what} (waited {timeout:g} s)")
    if not condition():
        raise Stuck(f"the wizard ended while waiting: {what}")


def shows_within(session, text, seconds):
    return within(session, seconds, lambda: session.shows(text)) is not None


def drawn_at(session, cols, rows):
    """True once the screen is the wizard's frame at cols x rows: the header ends at the last column but one,
    the footer's rule spans the width on its row; or, below 80x24, the "too small" message names the size."""
    lines = session.screen.display
    if cols < 80 or rows < 24:
        return any(f"{cols}x{rows}" in line for line in lines)
    header = lines[0].rstrip()
    return (len(header) == cols - 1 and header.endswith("default") and lines[rows - 2] == "─" * cols
            and bool(lines[rows - 1].strip()))


def body_rows(session):
    """The rows between the header's rule and the footer's."""
    rows = session.screen.display
    return list(enumerate(rows))[4:len(rows) - 2]


def find_row(session, pattern):
    for index, line in body_rows(session):
        if pattern.search(line):
            return index
    return None


def field(label):
    """A text field or a choice: its label, then its box or its first option."""
    return re.compile(r"^\s*(?:›\s*)?" + re.escape(label) + r"\s+[\[(]")


def box(label):
    """A tick box: [ ] or [x], then its label."""
    return re.compile(r"^\s*(?:›\s*)?\[[ x]\]\s+" + re.escape(label))


def option(text):
    return re.compile(r"\((?: |•)\) " + re.escape(text))


def focused_row(session):
    """The row of the focused field, marked › in the third column (a › further right is a breadcrumb's)."""
    for index, line in body_rows(session):
        if line.startswith("  › "):
            return index
    return None


def focus(session, pattern):
    """Moves the focus to the row matching `pattern` with ↓ and ↑; returns that row."""
    for _ in range(16):
        target, current = find_row(session, pattern), focused_row(session)
        if target is None:
            raise Stuck(f"no field matching {pattern.pattern!r} on {session.title()!r}")
        if target == current:
            return target
        session.press("down" if current is None or current < target else "up")
        wait_until(session, lambda: focused_row(session) != current, 2, "the focus never moved")
    raise Stuck(f"could not reach the field {pattern.pattern!r}")


def set_text(session, label, value, masked=False):
    row = focus(session, field(label))
    session.press("ctrl-u")
    session.type(value)
    shown = ("•" * len(value), value) if masked else (value,)
    wait_until(session, lambda: any(text in session.screen.display[row] for text in shown), 5,
               f"{label!r} never showed what was typed")


def choose(session, text):
    """Picks the option `text` of a choice, if the screen has that choice."""
    pattern = option(text)
    if find_row(session, pattern) is None:
        return
    row = focus(session, pattern)
    for _ in range(6):
        if "(•) " + text in session.screen.display[row]:
            return
        line = session.screen.display[row]
        session.press("right")
        wait_until(session, lambda: session.screen.display[row] != line, 2, f"{text!r} could not be chosen")
    raise Stuck(f"{text!r} could not be chosen")


def tick(session, label):
    """Ticks the box `label` if the screen has it and it is not ticked (a resumed step may have it ticked)."""
    pattern = box(label)
    if find_row(session, pattern) is None:
        return
    row = focus(session, pattern)
    if "[ ]" in session.screen.display[row]:
        session.press("space")
        wait_until(session, lambda: "[x]" in session.screen.display[row], 3, f"{label!r} never ticked")


@dataclass
class Answers:
    queue: str
    email: str
    flow: str
    integration: str
    token: str


def answers_for(run, rng):
    return Answers(queue=f"Cola Tortura {run} ñ", email="ana.garcia@example.com", flow=f"Flujo Tortura {run} é",
                   integration=f"Integración Tortura {run}", token=random_token(rng))


# What makes each step right, top to bottom: ("tick", label), ("choose", option), or ("type", label, the
# Answers field, masked). The route's flow and integration are steps 4 and 5's, shown and not asked again.
STEP_ACTIONS = {
    1: [("tick", "I am an admin of the Genesys"), ("tick", "I am an admin of the Salesforce"),
        ("tick", "“Genesys Cloud for Salesforce")],
    2: [("choose", "Create a new one"), ("type", "Queue name", "queue", False), ("tick", "The queue exists")],
    3: [("type", "User's email", "email", False), ("choose", "Add now"), ("tick", "The user is a member")],
    4: [("choose", "Create a new one"), ("type", "Flow name", "flow", False), ("tick", "The flow is published")],
    5: [("type", "Name", "integration", False), ("type", "Secret token", "token", True),
        ("tick", "The integration is saved")],
    6: [("tick", "The message route is saved")],
    7: [("tick", "1. Opened Setup"), ("tick", "2. Found Installed"), ("tick", "3. Clicked Configure"),
        ("tick", "4. Pressed Retrieve")],
}


def fill_step(session, number, answers):
    """Makes step `number` right from whatever it shows (a resumed step keeps part of what was typed). The
    boxes exist only in Guided mode, and a practice run has no Salesforce admin box: an absent box is left."""
    for action in STEP_ACTIONS[number]:
        if action[0] == "tick":
            tick(session, action[1])
        elif action[0] == "choose":
            choose(session, action[1])
        else:
            _, label, field, masked = action
            set_text(session, label, getattr(answers, field), masked=masked)


# How a field says that a value is longer than Genesys takes (issue 12, item 1).
REFUSED = re.compile(r"too long|at most [\d,]+ characters", re.IGNORECASE)

# Dialogs a walk never expects: each ends it as a failure.
UNEXPECTED = ("cannot be read", "A newer omwizard", "Another omwizard", "NOT SAVED", "Quit omwizard?")


class Walk:
    """Drives a wizard from the screen it shows to the end of the setup; counts the retries (R) it needed."""

    def __init__(self, answers, retries_allowed=5):
        self.answers = answers
        self.retries_allowed = retries_allowed
        self.retries = 0

    def run(self, session, timeout=60):
        """The wizard's exit status once the summary is left. Raises Stuck or Tripped."""
        deadline = time.monotonic() + timeout
        while True:
            if time.monotonic() > deadline:
                raise Stuck(f"the walk took more than {timeout} s")
            if not session.child.isalive():
                return session.finish()
            unexpected = [text for text in UNEXPECTED if session.shows(text)]
            if unexpected:
                raise Stuck(f"unexpected: {unexpected[0]!r}")
            self.step(session)

    def step(self, session):
        title = session.title()
        numbered = re.match(r"Step (\d) of 7", title)
        if numbered:
            fill_step(session, int(numbered.group(1)), self.answers)
            self.enter(session, title)
        elif title.startswith("Welcome") or title.startswith("Connect to Genesys"):
            # Practice mode starts its org and logs in here: the next screen may take a while.
            self.enter(session, title, timeout=30)
        elif title.startswith("Plan"):
            self.plan(session)
        elif title.startswith("Test message"):
            self.test_message(session)
        elif title.startswith("Summary"):
            session.trip = None
            session.press("enter")
            wait_until(session, lambda: not session.child.isalive(), 10, "Enter on the summary did not end it")
        else:
            session.pump(0.05)

    def enter(self, session, title, timeout=10):
        session.press("enter")
        wait_until(session, lambda: session.title() != title or not session.child.isalive(), timeout,
                   f"Enter on {title!r} did not move on")

    def test_message(self, session):
        """Sends the test message (again after a failure, as R would be pressed on the plan); goes on once it has
        reached the queue."""
        footer = session.screen.display[-1]
        if "Enter Go on" in footer:
            if not session.shows("The message reached the queue"):
                raise Stuck("the test message did not reach the setup's queue")
            self.enter(session, session.title())
        elif "Enter Send" in footer:
            if session.shows("✗"):
                self.retries += 1
                if self.retries > self.retries_allowed:
                    raise Stuck(f"the test message still failing after {self.retries_allowed} retries")
            session.press("enter")
            wait_until(session, lambda: "Enter Send" not in session.screen.display[-1], 10, "the test message was not sent")
        else:
            session.pump(0.05)

    def plan(self, session):
        footer = session.screen.display[-1]
        if session.shows("The Genesys steps are done"):
            self.enter(session, session.title())
        elif "R Retry" in footer:
            self.retries += 1
            if self.retries > self.retries_allowed:
                raise Stuck(f"still failing after {self.retries_allowed} retries")
            session.type("r")
            wait_until(session, lambda: "R Retry" not in session.screen.display[-1], 10, "R did not retry")
        elif "Enter Do it" in footer:
            session.press("enter")
            wait_until(session, lambda: "Enter Do it" not in session.screen.display[-1], 10,
                       "the plan did not start (blocked?)")
        else:
            session.pump(0.05)


def practice_org_file(home):
    return os.path.join(home, "omwizard", "default.practice-org.json")


def check_practice_org(section, home, answers, context=""):
    """One queue, flow and integration of the run's names in the saved practice org; the member in the
    queue; the route bound to the flow."""
    try:
        with open(practice_org_file(home)) as file:
            org = json.load(file)
    except (OSError, ValueError) as error:
        section.check("the practice org's saved state is readable", False, str(error))
        return
    counts = {"queue": sum(q["name"] == answers.queue for q in org["queues"]),
              "flow": sum(f["name"] == answers.flow for f in org["flows"]),
              "integration": sum(i["integration"]["name"] == answers.integration for i in org["integrations"])}
    section.check("exactly one queue, flow and integration", set(counts.values()) == {1},
                  f"found {counts}{context}")
    if set(counts.values()) != {1}:
        return
    queue = next(q for q in org["queues"] if q["name"] == answers.queue)
    flow = next(f for f in org["flows"] if f["name"] == answers.flow)
    integration = next(i["integration"] for i in org["integrations"] if i["integration"]["name"] == answers.integration)
    members = [m["user"]["email"] for m in org["members"].get(queue["id"], [])]
    section.check("the member is in the queue, once", members == [answers.email], f"members {members}")
    route = [r for r in org["recipients"] if r["id"] == integration["id"]]
    bound = bool(route) and (route[0].get("flow") or {}).get("id") == flow["id"]
    section.check("the route is bound to the flow", bound, f"recipient {route[:1]}")


def check_status(section, home, answers, made_here, context=""):
    """`omwizard status --json`: every step finished, the answers given, and each object this run made said
    to be made ("done"), never "skipped" (issue 12, item 2: "already existed (reused)")."""
    report = status_json(home)
    if not section.check("status --json answers", report is not None, "status --json failed or hung"):
        return
    steps = {step["id"]: step["status"] for step in report["steps"]}
    section.check("every step finished", report["finished"] == 7 and report["next"] is None, f"steps {steps}")
    given = report["answers"] or {}
    expected = {"queueName": answers.queue, "memberEmail": answers.email, "flowName": answers.flow,
                "integrationName": answers.integration, "routeFlow": answers.flow,
                "routeAddress": answers.integration}
    wrong = {key: given.get(key) for key, value in expected.items() if given.get(key) != value}
    section.check("status gives the answers typed", not wrong, f"differs: {wrong}")
    reused = [step for step in made_here if steps.get(step) == "skipped"]
    section.check("what this run made is not called reused", not reused,
                  f"status says {', '.join(reused)} already existed (reused){context}")


def note_kill(section, tripped):
    section.count("kills")
    by_moment = section.figures.setdefault("kills by moment", {})
    by_moment[str(tripped)] = by_moment.get(str(tripped), 0) + 1


# --- The runs ------------------------------------------------------------------------------------------

class Torture:
    """Every kind of run, each in its own temporary homes under one work folder, with one random source."""

    def __init__(self, seed):
        self.rng = random.Random(seed)
        self.work = tempfile.mkdtemp(prefix="omwizard-torture-")
        self.processes = Processes()
        # The OAuth client secret, the seeded integration's token, and every token typed or sent (added as
        # the runs make them).
        self.secrets = {CLIENT[1], "legacy-signing-token-0001"}
        self.homes = 0

    def new_home(self, kind):
        self.homes += 1
        home = os.path.join(self.work, f"{kind}-{self.homes:03d}")
        os.makedirs(home)
        return home

    # --- Walks and runs killed with -9 at random moments --------------------------------------------------

    def start(self, section, args, home, trip, resume):
        """A wizard with its trip armed. A resume starts at once after the kill, as an impatient user would;
        one told that another omwizard still holds the checkpoint (the killed one's practice org, issue 12
        item 4) fails the check, then is tried again for up to 5 s."""
        if not resume:
            return self.processes.spawn(args, home, trip)
        began = time.monotonic()
        refusals = 0
        while True:
            session = self.processes.spawn(args, home)
            session.pump(0.3)
            if session.child.isalive() or b"Another omwizard" not in session.raw:
                break
            session.finish()
            refusals += 1
            if time.monotonic() - began > 5:
                raise Stuck("the checkpoint stayed held by another omwizard for 5 s")
            time.sleep(0.2)
        section.check("a resume right after kill -9 starts", refusals == 0,
                      f"told {refusals} times over {time.monotonic() - began:.1f} s that another omwizard "
                      "holds the checkpoint")
        session.trip = trip
        return session

    def guided_kills(self, section, count):
        def trip(kill_of_run):
            # A walk takes about 40 key actions; a resumed one, fewer.
            return AfterActions(self.rng.randint(1, 40 if kill_of_run == 0 else 20), self.rng.uniform(0, 0.4))
        self.kill_runs(section, count, per_run=3, kind="guided", args=["--lang", "en", "--mode", "guided"],
                       trip=trip)

    # The plan's work, as it shows while under way: a trip on these fires only once the plan has started.
    PLAN_WORK = ("Creating the queue “", "to the queue…", "Publishing the flow “", "Creating the integration “",
                 "Binding the message route")

    def automatic_kills(self, section, count):
        def trip(_):
            """Every third kill while the flow is published (the moment of issue 12, item 2), every third
            at any moment of the plan's work, every third while the answers are typed."""
            kill = section.figures.get("kills", 0)
            if kill % 3 == 0:
                return WhenShown(("Publishing the flow “",), self.rng.uniform(0, 0.8))
            if kill % 3 == 1:
                return WhenShown(self.PLAN_WORK, self.rng.uniform(0, 4))
            return AfterActions(self.rng.randint(1, 40), self.rng.uniform(0, 0.3))
        args = ["--lang", "en", "--mode", "practice", "--practice-fault", "latency:300 /api/v2"]
        self.kill_runs(section, count, per_run=2, kind="automatic", args=args, trip=trip)
        self.processes.sweep()
        lifetimes = self.processes.lifetimes
        if lifetimes:
            section.figures["practice org outlived its killed wizard, s"] = {
                "max": round(max(lifetimes), 2), "mean": round(sum(lifetimes) / len(lifetimes), 2)}
        self.processes.lifetimes = []

    def kill_runs(self, section, count, per_run, kind, args, trip):
        """Runs to the end, each killed up to `per_run` times, until `count` kills are made. A run that ends
        before its moment comes takes fewer, so there are more runs, but at most twice as many as planned;
        three stuck runs end the section (each took a minute to give up)."""
        most = 2 * math.ceil(count / per_run)
        stuck = 0
        for number in range(1, most + 1):
            left = count - section.figures.get("kills", 0)
            if left <= 0 or stuck == 3:
                break
            section.figures["runs"] = number
            stuck += not self.killed_run(section, number, min(per_run, left), kind, args, trip)

    def killed_run(self, section, number, kills, kind, args, trip):
        """One run in a fresh home, killed -9 `kills` times at the moments `trip` chooses, each time resumed
        at once with the same command line, then walked to the end and checked. False when it got stuck."""
        home = self.new_home(kind)
        answers = answers_for(number, self.rng)
        self.secrets.add(answers.token)
        walk = Walk(answers)
        moments = []
        session = None
        try:
            for kill in range(kills + 1):
                session = self.start(section, args, home, trip(kill) if kill < kills else None, resume=kill > 0)
                if kill > 0:
                    section.check("no damaged checkpoint after kill -9",
                                  not shows_within(session, "cannot be read", 0.5),
                                  "the resume found the checkpoint damaged", session)
                try:
                    status = walk.run(session)
                    break
                except Tripped as tripped:
                    self.processes.kill9(session)
                    moments.append(str(tripped))
                    note_kill(section, tripped)
            section.check("the run finishes (exit 0)", status == 0, f"exit status {status}", session)
        except Stuck as stuck:
            section.check("the run finishes (exit 0)", False, f"{stuck}; killed at {moments}", session)
            self.processes.kill9(session)
            return False
        section.count("retries", walk.retries)
        where = f"; killed at {moments}"
        if "practice" in args:
            check_practice_org(section, home, answers, where)
        check_status(section, home, answers, ["queue", "flow", "integration"], where)
        return True

    # --- The API fault matrix ----------------------------------------------------------------------------

    FAULT_KINDS = ("status:503", "status:500", "rate-limit:1", "drop", "latency:2000")
    # The calls of an Automatic run, as prefixes of the practice org's --fault: a trailing slash reaches
    # only what lies below (the members of a queue, a job being polled, one recipient).
    FAULT_CALLS = ("POST /api/v2/routing/queues", "POST /api/v2/routing/queues/", "POST /api/v2/flows/jobs",
                   "GET /api/v2/flows/jobs/", "POST /api/v2/conversations/messaging/integrations/open",
                   "PUT /api/v2/routing/message/recipients/")

    def fault_combinations(self):
        """Every (kind, call) once, ordered so that the first few already cover every call and every kind:
        5 and 6 share no factor, so i mod 5 and i mod 6 meet every pair as i runs from 0 to 29."""
        kinds, calls = self.FAULT_KINDS, self.FAULT_CALLS
        return [(kinds[i % len(kinds)], calls[i % len(calls)]) for i in range(len(kinds) * len(calls))]

    def fault_runs(self, section, count):
        runs = section.figures.setdefault("R presses and seconds, by fault", {})
        for number, (kind, call) in enumerate(self.fault_combinations()[:count], start=1):
            fault = f"{kind} {call} x1"
            began = time.monotonic()
            retries = self.fault_run(section, number, fault)
            runs[fault] = {"R": retries, "s": round(time.monotonic() - began, 1)}
            section.count("runs")

    def fault_run(self, section, number, fault):
        """A whole Practice Automatic run with `fault` on its practice org; the R presses it took (None when
        it got stuck)."""
        home = self.new_home("fault")
        answers = answers_for(number, self.rng)
        self.secrets.add(answers.token)
        walk = Walk(answers)
        session = self.processes.spawn(["--lang", "en", "--mode", "practice", "--practice-fault", fault], home)
        try:
            status = walk.run(session)
            section.check("the run ends (exit 0)", status == 0, f"{fault}: exit status {status}", session)
        except Stuck as stuck:
            section.check("the run ends (exit 0)", False, f"{fault}: {stuck}", session)
            self.processes.kill9(session)
            return None
        check_practice_org(section, home, answers, f" with {fault}")
        check_status(section, home, answers, ["queue", "flow", "integration"], f" with {fault}")
        return walk.retries

    # --- Bad checkpoints ---------------------------------------------------------------------------------

    BAD_KINDS = ("truncated", "garbage", "wrong-types", "newer", "unknown-fields", "not-a-file", "long-name")
    LONG_NAMES = (100_000, 300_000, 1_000_000)

    def bad_checkpoints(self, section, count):
        for number in range(count):
            kind = self.BAD_KINDS[number % len(self.BAD_KINDS)]
            section.count(kind)
            home = self.new_home("checkpoint")
            path = os.path.join(home, "omwizard", "default.json")
            os.makedirs(os.path.dirname(path), mode=0o700)
            round_of_kind = number // len(self.BAD_KINDS)
            try:
                getattr(self, "bad_" + kind.replace("-", "_"))(section, home, path, round_of_kind)
            except Stuck as stuck:
                section.check(f"{kind}: the wizard answers", False, str(stuck))
            self.processes.sweep()

    @staticmethod
    def good_checkpoint(queue="Cola Guardada"):
        """A walk stopped at the member step, as this version writes it."""
        return stopped_at_member(queue, language="en")

    def finished_checkpoint(self):
        """A setup with every step done: the wizard resumes at the summary, and Esc goes back through every
        step with its values."""
        checkpoint = self.good_checkpoint()
        checkpoint["answers"].update({
            "memberEmail": "ana.garcia@example.com", "memberDone": True, "flowName": "Flujo Señales",
            "flowDone": True, "integrationName": "Mensajería Ñandú", "webhookURL": "https://example.com/hook",
            "integrationDone": True, "routeFlow": "Flujo Señales", "routeAddress": "Mensajería Ñandú",
            "routeDone": True, "salesforceSetup": True, "salesforceInstalledPackages": True,
            "salesforceConfigure": True, "salesforceRetrieveOptions": True})
        checkpoint["statuses"] = {step: "done" for step in
                                  ("prerequisites", "queue", "member", "flow", "integration", "route", "salesforce")}
        return checkpoint

    def wrong_types(self):
        """A good checkpoint with one value of the wrong JSON type, chosen at random."""
        checkpoint = self.good_checkpoint()
        damage = self.rng.choice([
            ("schemaVersion", "1"), ("language", 7), ("mode", ["guided"]), ("answers", "everything"),
            ("statuses", ["done"]), ("confirmed", None), ("answers.queueName", 42),
            ("answers.queueDone", "yes"), ("statuses.queue", True), ("answers.memberEmail", {"a": 1}),
        ])
        key, value = damage
        target = checkpoint
        *parents, last = key.split(".")
        for parent in parents:
            target = target[parent]
        target[last] = value
        return checkpoint, f"{key} = {json.dumps(value)}"

    def status_answers(self, section, kind, home):
        began = time.monotonic()
        result = run_cli(home, "status", "--json")
        section.check("status answers within 5 s", result is not None, f"{kind}: status --json hung (killed)")
        if result is not None:
            crashed = result.returncode < 0 or result.returncode > 3
            section.check("status does not crash", not crashed, f"{kind}: exit status {result.returncode}")
        return time.monotonic() - began

    def wizard_answers(self, section, kind, home, timeout=5.0):
        """A wizard on the checkpoint: some text on screen within `timeout` (never a blank, frozen screen)."""
        session = self.processes.spawn(["--lang", "en"], home)
        drawn = shows_within(session, "omwizard", timeout) or bool(screen_lines(session))
        section.check("the wizard answers within 5 s", drawn, f"{kind}: blank screen after {timeout:g} s", session)
        return session if drawn else None

    def start_fresh_and_save(self, section, kind, session, path):
        """From the damage dialog: F (start fresh), then a change, which the wizard saves when idle. The new
        checkpoint must be readable and the bad file kept aside."""
        session.type("f")
        wait_until(session, lambda: session.shows("Starting fresh"), 5, "F did not start fresh")
        session.press("enter")
        wait_until(session, lambda: session.shows("Step 1 of 7"), 5, "no step 1 after starting fresh")
        session.press("space")
        self.save_and_quit(session)
        self.check_readable_after_save(section, kind, path)
        kept = [name for name in os.listdir(os.path.dirname(path)) if ".damaged-" in name]
        section.check("the bad file is kept aside", bool(kept), f"{kind}: no .damaged- copy")

    @staticmethod
    def save_and_quit(session):
        session.linger(0.6)  # the wizard saves once the keyboard is idle
        session.press("ctrl-c")
        wait_until(session, lambda: session.shows("Quit omwizard?"), 5, "Ctrl-C did not ask to quit")
        session.type("y")
        session.finish()

    @staticmethod
    def check_readable_after_save(section, kind, path):
        try:
            with open(path) as file:
                saved = json.load(file)
            readable = saved.get("schemaVersion") == checkpoints.SCHEMA_VERSION
        except (OSError, ValueError):
            readable = False
        section.check("a save after it leaves a readable checkpoint", readable, f"{kind}: checkpoint unreadable")

    def expect_damage_named(self, section, kind, home, path, content):
        with open(path, "wb") as file:
            file.write(content)
        self.expect_named_then_fresh(section, kind, home, path)

    def expect_named_then_fresh(self, section, kind, home, path):
        """status and the wizard answer; the wizard's dialog names the file; starting fresh then saves."""
        self.status_answers(section, kind, home)
        session = self.wizard_answers(section, kind, home)
        if session is None:
            return
        named = shows_within(session, path, 3)
        section.check("the damage is named", named, f"{kind}: no dialog naming the file", session)
        if named:
            self.start_fresh_and_save(section, kind, session, path)

    def bad_truncated(self, section, home, path, _):
        whole = json.dumps(self.good_checkpoint()).encode()
        self.expect_damage_named(section, "truncated", home, path, whole[:self.rng.randint(0, len(whole) - 1)])

    def bad_garbage(self, section, home, path, _):
        garbage = bytes(self.rng.randrange(256) for _ in range(self.rng.randint(1, 4096)))
        self.expect_damage_named(section, "garbage", home, path, garbage)

    def bad_wrong_types(self, section, home, path, _):
        checkpoint, damage = self.wrong_types()
        with open(path, "w") as file:
            json.dump(checkpoint, file)
        kind = f"wrong types ({damage})"
        self.status_answers(section, kind, home)
        session = self.wizard_answers(section, kind, home)
        if session is None:
            return
        if shows_within(session, "cannot be read", 2):
            self.start_fresh_and_save(section, kind, session, path)
            return
        # Read in spite of the damage: it must still resume and save something readable.
        wait_until(session, lambda: session.shows("Welcome"), 5, "no welcome screen")
        session.press("enter")
        wait_until(session, lambda: session.title().startswith("Step"), 5, "Enter did not resume")
        session.press("space")
        self.save_and_quit(session)
        self.check_readable_after_save(section, kind, path)

    def bad_newer(self, section, home, path, _):
        checkpoint = self.good_checkpoint()
        checkpoint["schemaVersion"] = self.rng.choice([checkpoints.SCHEMA_VERSION + 1, 99, 2**31])
        text = json.dumps(checkpoint)
        with open(path, "w") as file:
            file.write(text)
        kind = f"newer (format {checkpoint['schemaVersion']})"
        self.status_answers(section, kind, home)
        session = self.wizard_answers(section, kind, home)
        if session is None:
            return
        said = shows_within(session, "A newer omwizard wrote this file", 3)
        section.check("a newer checkpoint is named as such", said, kind, session)
        session.type("q")
        session.finish()
        with open(path) as file:
            section.check("a newer checkpoint is never rewritten", file.read() == text, kind)

    def bad_unknown_fields(self, section, home, path, _):
        """Fields of a newer minor version: kept by a save, or the file refused as newer (issue 12, item 8)."""
        checkpoint = self.good_checkpoint()
        checkpoint["futureSetting"] = {"colour": "teal", "level": 3}
        checkpoint["answers"]["futureAnswer"] = "kept"
        text = json.dumps(checkpoint)
        with open(path, "w") as file:
            file.write(text)
        kind = "unknown fields"
        self.status_answers(section, kind, home)
        session = self.wizard_answers(section, kind, home)
        if session is None:
            return
        if shows_within(session, "A newer omwizard", 2):
            session.type("q")
            session.finish()
            with open(path) as file:
                section.check("unknown fields survive a save", file.read() == text, "refused, yet rewritten")
            return
        wait_until(session, lambda: session.shows("Resume at"), 5, "no resume offered")
        session.press("enter")
        wait_until(session, lambda: session.shows("Step 3 of 7"), 5, "Enter did not resume at the member step")
        session.type("ana@example.com")
        self.save_and_quit(session)
        with open(path) as file:
            saved = json.load(file)
        kept = "futureSetting" in saved and saved.get("answers", {}).get("futureAnswer") == "kept"
        missing = [key for key, there in (("futureSetting", "futureSetting" in saved),
                                          ("answers.futureAnswer", "futureAnswer" in saved.get("answers", {})))
                   if not there]
        section.check("unknown fields survive a save", kept, f"dropped by the save: {', '.join(missing)}")

    def bad_not_a_file(self, section, home, path, round_of_kind):
        """A FIFO (or, every other time, a folder) at the checkpoint path: named at once, never waited on
        (issue 12, item 5)."""
        if round_of_kind % 2 == 0:
            os.mkfifo(path, 0o600)
            kind = "FIFO"
        else:
            os.mkdir(path, 0o700)
            kind = "folder"
        self.expect_named_then_fresh(section, kind, home, path)

    def bad_long_name(self, section, home, path, round_of_kind):
        """A huge queue name read from a checkpoint: the next step drawn within 3 s, or the name refused with
        a message (issue 12, item 1)."""
        length = self.LONG_NAMES[round_of_kind % len(self.LONG_NAMES)]
        name = ("Cola larga " + "abcdefghij" * (length // 10))[:length]
        with open(path, "w") as file:
            json.dump(self.good_checkpoint(queue=name), file)
        kind = f"queue name of {length:,} characters"
        took = self.status_answers(section, kind, home)
        section.figures.setdefault("status with a long name, s", {})[f"{length:,}"] = round(took, 2)
        session = self.wizard_answers(section, kind, home)
        if session is None:
            return
        if not shows_within(session, "Resume at", 5):
            section.check("a long name: the next step within 3 s", REFUSED.search(session.text) is not None,
                          f"{kind}: neither the welcome nor a refusal within 5 s", session)
            return
        session.send_bounded(KEYS["enter"].encode())
        took = within(session, 3, lambda: session.shows("Step 3 of 7") or REFUSED.search(session.text))
        section.figures.setdefault("long name: Enter to the next step (or a refusal), s", {})[f"{length:,}"] = \
            round(took, 2) if took is not None else "> 3"
        section.check("a long name: the next step within 3 s", took is not None, f"{kind}: not drawn after 3 s",
                      session)

    # --- Random keys and resizes -------------------------------------------------------------------------

    SIZES = [(80, 24), (100, 30), (120, 40), (81, 25), (132, 43), (200, 60), (90, 24), (80, 50),
             (79, 24), (80, 23), (60, 20), (70, 18)]
    TYPED = string.ascii_letters + string.digits + string.punctuation + " ñáéüÑ✅漢"

    def random_key(self, session):
        """Mostly the keys that move and change things, sometimes typed characters. Asked whether to quit,
        nine users in ten stay: the keys then reach the later screens, not the welcome again and again."""
        if session.shows("Quit omwizard?") and self.rng.random() < 0.9:
            return b"n"
        if self.rng.random() < 0.55:
            return KEYS[self.rng.choice(list(KEYS))].encode()
        return "".join(self.rng.choice(self.TYPED) for _ in range(self.rng.randint(1, 4))).encode("utf-8")

    def random_keys(self, section, keys, resizes):
        home = self.new_home("keys")
        schedule = ["key"] * keys + ["resize"] * resizes
        self.rng.shuffle(schedule)
        size = (80, 24)
        session = self.random_keys_session(home, size)
        delays = []
        screens = set()
        for event in schedule:
            if not session.child.isalive():
                self.record_exit(section, session)
                session = self.random_keys_session(home, size)
            if event == "resize":
                size = self.resize(section, session, size, delays)
                continue
            try:
                session.send_bounded(self.random_key(session))
            except Stuck as stuck:
                section.check("the wizard keeps reading keys", False, str(stuck), session)
                # Killed here, not ended by the keys: the next wizard starts without counting an exit.
                self.processes.kill9(session)
                session = self.random_keys_session(home, size)
                continue
            time.sleep(self.rng.choice([0, 0.002, 0.01, 0.03, 0.08]))
            session.pump(0.005)
            screens.add(session.moment())
        section.figures["keys"] = keys
        section.figures["resizes"] = resizes
        section.figures["screens reached"] = sorted(screens)
        section.figures["resize redraw ms"] = percentiles(delays)
        session.pump(0.3)
        if session.child.isalive():
            section.check("every exit is a clean quit (status 0)", b"Fatal error" not in session.raw,
                          "a Swift fatal error was printed", session)
        else:
            self.record_exit(section, session)

    def random_keys_session(self, home, size):
        """A wizard for the random keys. Every other one starts from a finished setup: keys from the welcome
        rarely get past step 1, and those from the summary roam every step and its values."""
        if self.rng.random() < 0.5:
            os.makedirs(os.path.join(home, "omwizard"), mode=0o700, exist_ok=True)
            with open(os.path.join(home, "omwizard", "default.json"), "w") as file:
                json.dump(self.finished_checkpoint(), file)
        session = self.processes.spawn(["--lang", "en"], home, cols=size[0], rows=size[1])
        session.pump(0.3)
        return session

    def record_exit(self, section, session):
        """A wizard that the random keys ended must have quit cleanly (0): not died of a signal or a fatal
        error, nor failed its last save (1). What it printed after leaving the full screen says which."""
        status = session.finish()
        section.count("exits (quit by the keys)")
        said = printed_after_screen(session.raw)
        section.check("every exit is a clean quit (status 0)", status == 0 and b"Fatal error" not in session.raw,
                      f"exit status {status}; it printed {said!r} after the full screen", session)

    def resize(self, section, session, size, delays):
        """Resizes to another size and waits, without a key, for the frame drawn at that size (issue 12,
        item 6)."""
        cols, rows = self.rng.choice([s for s in self.SIZES if s != size])
        session.pump(self.rng.choice([0.0, 0.01, 0.05, 0.3]))
        session.screen.resize(rows, cols)
        session.child.setwinsize(rows, cols)
        took = within(session, 1.0, lambda: drawn_at(session, cols, rows) or not session.child.isalive())
        if took is not None:
            delays.append(took)
        section.check("every resize is drawn within 1 s without a key", took is not None,
                      f"{size[0]}x{size[1]} -> {cols}x{rows} not drawn", session)
        return cols, rows

    # --- Long pastes -------------------------------------------------------------------------------------

    def pastes(self, section, count):
        times = []
        for _ in range(count):
            home = self.new_home("paste")
            session = self.processes.spawn(["--lang", "en", "--mode", "guided"], home)
            try:
                wait_until(session, lambda: session.title() == "Welcome", 5, "no welcome")
                session.press("enter")
                wait_until(session, lambda: session.title().startswith("Step 1"), 5, "no step 1")
                fill_step(session, 1, None)
                session.press("enter")
                wait_until(session, lambda: session.title().startswith("Step 2"), 5, "no step 2")
                focus(session, field("Queue name"))
                session.press("ctrl-u")
                text = "Cola " + "abcdefghij" * 499 + "FIN"
                session.send_bounded(text.encode())
                took = within(session, 5, lambda: session.shows("FIN ]") or REFUSED.search(session.text))
                times.append(took)
                section.check("a 5,000-character paste shows (or is refused) within 1 s",
                              took is not None and took <= 1.0,
                              f"took {took:.1f} s" if took is not None else "not shown after 5 s", session)
            except Stuck as stuck:
                section.check("a 5,000-character paste shows (or is refused) within 1 s", False, str(stuck), session)
            self.processes.sweep()
        if times:
            section.figures["paste to screen, s"] = [round(t, 2) if t is not None else "> 5" for t in times]

    # --- Concurrent API clients --------------------------------------------------------------------------

    def clients(self, section, count):
        folder = self.new_home("clients")
        with_state = self.client_load(section, count, ["--state", os.path.join(folder, "practice-org.json")],
                                      "with --state")
        # The same load without a file: what the saving adds, beside what the machine and this client cost.
        without = self.client_load(section, count, [], "without --state")
        section.figures["latency with --state"] = with_state
        section.figures["latency without --state"] = without
        # A figure, not a check: a time target belongs to scripts/bench, measured on the release build with
        # nothing else running; here the wizards of the other sections may still be ending.
        section.figures["latency, p99 with and without --state (bench target: <= 20 ms with)"] = \
            describe_latency(with_state, without)

    def client_load(self, section, count, state_args, label):
        with time_limit(30, "the practice org never said its address"):
            server = Server(*state_args, "--job-delay", "0.3", "--integration-delay", "0.3")
        try:
            clients, hung, wall = run_setups(server.port, count, self.rng)
            self.secrets.update(client.token for client in clients)
            section.figures[f"wall time {label}, s"] = round(wall, 2)
            errors = [error for client in clients for error in client.errors]
            section.figures[f"errors {label}"] = len(errors) + hung
            section.check(f"every client's setup succeeds ({label})", not errors and not hung,
                          f"{len(errors)} errors, {hung} clients hung; first: {errors[:1]}")
            self.check_client_org(section, server, count, label)
            samples = [seconds for client in clients for _, seconds in client.samples]
            writes = [seconds for client in clients for call, seconds in client.samples
                      if call.split()[0] in ("POST", "PUT")]
            section.figures[f"writes {label}"] = percentiles(writes)
            section.count("calls", len(samples))
            return percentiles(samples)
        finally:
            server.stop()

    @staticmethod
    def check_client_org(section, server, count, label):
        status, org = server.request("GET", "/practice/state")
        if not section.check("GET /practice/state answers", status == 200, f"{label}: {status}"):
            return
        found = {"queues": sum(q["name"].startswith("Torture Queue ") for q in org["queues"]),
                 "flows": sum(f["name"].startswith("Torture Flow ") for f in org["flows"]),
                 "integrations": sum(i["integration"]["name"].startswith("Torture Integration ")
                                     for i in org["integrations"])}
        section.check(f"the org holds every client's objects ({label})", set(found.values()) == {count},
                      f"expected {count} of each, found {found}")

    # --- Secrets -----------------------------------------------------------------------------------------

    def secret_search(self, section):
        """Every regular file the runs left (checkpoints, backups, practice orgs and their logs, summaries):
        neither the OAuth client secret nor any webhook token typed or sent may be in one."""
        secrets = [secret.encode() for secret in self.secrets]
        files = 0
        for folder, _, names in os.walk(self.work):
            for name in names:
                path = os.path.join(folder, name)
                if not stat.S_ISREG(os.lstat(path).st_mode):
                    continue  # the FIFO of a bad-checkpoint run would block the read
                files += 1
                with open(path, "rb") as file:
                    content = file.read()
                found = [secret.decode() for secret in secrets if secret in content]
                section.check("no secret in any file", not found,
                              f"{os.path.relpath(path, self.work)} holds {', '.join(s[:6] + '…' for s in found)}")
        section.figures["files searched"] = files
        section.figures["secrets looked for"] = len(secrets)


def printed_after_screen(raw):
    """The text a program wrote after leaving the alternate screen, without terminal controls."""
    after = raw.rsplit(b"\x1b[?1049l", 1)[-1]
    text = re.sub(rb"\x1b(\[[0-9;?]*[A-Za-z]|[()][A-Z0-9]|[>=])", b"", after)
    return text.decode("utf-8", "replace").strip()[:160]


def describe_latency(with_state, without):
    if with_state is None:
        return "no samples"
    baseline = f"; without --state p99 {without['p99_ms']} ms" if without else ""
    return (f"p50 {with_state['p50_ms']} ms, p95 {with_state['p95_ms']} ms, p99 {with_state['p99_ms']} ms, "
            f"max {with_state['max_ms']} ms{baseline}")


# --- The run ---------------------------------------------------------------------------------------------

def run_sections(torture, options, report):
    """Each kind of run whose count is not 0, then the secret search; a section's own trouble (an exception)
    is a failure of that section, never the end of the whole run."""
    plan = [
        ("guided kills", options.guided_kills, lambda s: torture.guided_kills(s, options.guided_kills)),
        ("automatic kills", options.automatic_kills, lambda s: torture.automatic_kills(s, options.automatic_kills)),
        ("bad checkpoints", options.bad_checkpoints, lambda s: torture.bad_checkpoints(s, options.bad_checkpoints)),
        ("random keys and resizes", options.random_keys + options.resizes,
         lambda s: torture.random_keys(s, options.random_keys, options.resizes)),
        ("pastes", options.pastes, lambda s: torture.pastes(s, options.pastes)),
        ("fault runs", options.fault_runs, lambda s: torture.fault_runs(s, options.fault_runs)),
        ("clients", options.clients, lambda s: torture.clients(s, options.clients)),
        ("secret search", 1, torture.secret_search),
    ]
    for name, count, run in plan:
        if not count:
            continue
        section = Section(name)
        report["sections"][name] = section
        print(f"== {name}", flush=True)
        try:
            run(section)
        except Exception as error:  # a bug of the run itself, or a wizard gone wrong in a way not foreseen
            section.check("the run itself completes", False, f"{type(error).__name__}: {error}")
        finally:
            torture.processes.sweep()
            section.finish()
        print(section.summary(), flush=True)


def stop_on_sigterm():
    """A CI job's time limit ends the run as Ctrl-C does: the wizards are killed and the report is written."""
    def interrupt(*_):
        raise KeyboardInterrupt
    signal.signal(signal.SIGTERM, interrupt)


def main(argv):
    options = parse_options(argv)
    stop_on_sigterm()
    torture = Torture(options.seed)
    began = time.monotonic()
    report = {"binary": os.environ.get("TORTURE_BINARY", BINARY), "seed": options.seed,
              "started": datetime.datetime.now().isoformat(timespec="seconds"),
              "options": {key: value for key, value in vars(options).items() if key not in ("report", "keep", "seed")},
              "sections": {}}
    print(f"omwizard torture run: {report['binary']}, seed {options.seed}, work in {torture.work}", flush=True)
    interrupted = False
    try:
        run_sections(torture, options, report)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        torture.processes.sweep()
        if not options.keep:
            shutil.rmtree(torture.work, ignore_errors=True)
    failures = [(name, failure) for name, section in report["sections"].items() for failure in section.failures]
    report["duration_s"] = round(time.monotonic() - began, 1)
    report["interrupted"] = interrupted
    report["passed"] = not failures and not interrupted
    report["failures"] = len(failures)
    report["sections"] = {name: section.as_json() for name, section in report["sections"].items()}
    with open(options.report, "w") as file:
        json.dump(report, file, indent=2, ensure_ascii=False)
    print_verdict(report, failures, options, torture.work)
    return 0 if report["passed"] else 1


def print_verdict(report, failures, options, work):
    print()
    print(f"Report: {os.path.abspath(options.report)}; {report['duration_s']:.0f} s in all")
    if options.keep:
        print(f"The runs' folders are kept in {work}")
    if report["passed"]:
        print("Every check held.")
        return
    print(f"{len(failures)} failures" + (" (interrupted)" if report["interrupted"] else "") + ":")
    grouped = {}
    for name, failure in failures:
        grouped.setdefault((name, failure["check"]), []).append(failure["detail"])
    for (name, check), details in grouped.items():
        print(f"  {name}: {check}: {len(details)}x, e.g. {details[0]}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
