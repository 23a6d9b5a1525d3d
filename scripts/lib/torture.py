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
import base64
import ctypes
import datetime
import http.client
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
import urllib.parse
from dataclasses import dataclass

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Tests", "e2e"))
from practice_org import CLIENT, Server  # noqa: E402
from wizard import BINARY, KEYS, Wizard  # noqa: E402

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

def percentiles(samples):
    """p50, p95, p99 and max (nearest rank), in milliseconds; None without samples."""
    if not samples:
        return None
    ordered = sorted(samples)

    def rank(p):
        return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)] * 1000
    return {"count": len(ordered), "p50_ms": round(rank(50), 2), "p95_ms": round(rank(95), 2),
            "p99_ms": round(rank(99), 2), "max_ms": round(ordered[-1] * 1000, 2)}


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
            if isinstance(value, dict):
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


def alive(pid):
    state = process_state(pid)
    return state is not None and state[0] not in "ZX"


class Processes:
    """The wizards this run starts and the practice orgs their kills leave behind; sweep() ends them all."""

    def __init__(self):
        become_subreaper()
        self.sessions = []
        self.orphans = []
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
            self.orphans.append(pid)
            watcher = threading.Thread(target=self._watch, args=(pid, killed_at), daemon=True)
            watcher.start()
            self.watchers.append(watcher)

    def _watch(self, pid, killed_at):
        """How long a practice org outlives its killed wizard (issue 12, item 4); gives up after 10 s."""
        while alive(pid) and time.monotonic() - killed_at < 10:
            time.sleep(0.01)
        self.lifetimes.append(time.monotonic() - killed_at)

    def sweep(self):
        for session in self.sessions:
            if session.child.isalive():
                self.kill9(session)
        self.sessions = []
        for watcher in self.watchers:
            watcher.join()
        self.watchers = []
        for pid in self.orphans:
            if alive(pid):
                os.kill(pid, signal.SIGKILL)
            try:
                os.waitpid(pid, 0)
            except ChildProcessError:
                pass  # not ours after all (no subreaper here): init reaps it
        self.orphans = []


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
    """Trips once the screen shows `text`."""

    def __init__(self, text, jitter):
        self.text = text
        self.jitter = jitter

    def due(self, session, event):
        return event == "pump" and session.shows(self.text)


BUSY = ("Creating the queue", "Adding", "Publishing the flow", "Creating the integration", "Routing", "Binding")


class Session(Wizard):
    """A wizard in a pty that reaches only 127.0.0.1 and raises Tripped at the moment its trip chooses."""

    def __init__(self, args, home, trip, cols, rows):
        super().__init__(args, home, cols=cols, rows=rows, extra_env=LOOPBACK_ONLY)
        self.trip = trip

    def press(self, *names):
        for name in names:
            self._check("action")
            super().press(name)

    def type(self, text):
        self._check("action")
        super().type(text)

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
        busy = [text for text in BUSY if self.shows(text)]
        return busy[0] if busy else (self.title() or "(blank screen)")


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

class Stuck(Exception):
    """The wizard did not do what a user waits for, in time."""


def wait_until(session, condition, timeout, what):
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise Stuck(f"{what} (waited {timeout:g} s)")
        if not session.child.isalive():
            session.pump(0.05)
            if condition():
                return
            raise Stuck(f"the wizard ended while waiting: {what}")
        session.pump(0.02)


def body_rows(session):
    """The rows between the header's rule and the footer's."""
    rows = session.screen.display
    return list(enumerate(rows))[4:len(rows) - 3]


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
    for index, line in body_rows(session):
        if line.lstrip().startswith("›"):
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


def random_token(rng):
    return "tt-" + "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(29))


def answers_for(run, rng):
    return Answers(queue=f"Cola Tortura {run} ñ", email="ana.garcia@example.com", flow=f"Flujo Tortura {run} é",
                   integration=f"Integración Tortura {run}", token=random_token(rng))


PREREQUISITES = ("I am an admin of the Genesys", "I am an admin of the Salesforce", "“Genesys Cloud for Salesforce")
SALESFORCE = ("1. Opened Setup", "2. Found Installed", "3. Clicked Configure", "4. Pressed Retrieve")


def fill_step(session, number, answers):
    """Makes step `number` right from whatever it shows (a resumed step keeps part of what was typed). The
    boxes exist only in Guided mode; Automatic asks for the same names."""
    if number == 1:
        for label in PREREQUISITES:
            tick(session, label)
    elif number == 2:
        choose(session, "Create a new one")
        set_text(session, "Queue name", answers.queue)
        tick(session, "The queue exists")
    elif number == 3:
        set_text(session, "User's email", answers.email)
        choose(session, "Add now")
        tick(session, "The user is a member")
    elif number == 4:
        choose(session, "Create a new one")
        set_text(session, "Flow name", answers.flow)
        tick(session, "The flow is published")
    elif number == 5:
        set_text(session, "Name", answers.integration)
        set_text(session, "Secret token", answers.token, masked=True)
        tick(session, "The integration is saved")
    elif number == 6:
        set_text(session, "Flow", answers.flow)
        set_text(session, "Address", answers.integration)
        tick(session, "The message route is saved")
    else:
        for label in SALESFORCE:
            tick(session, label)


# Dialogs a walk never expects: each ends it as a failure.
UNEXPECTED = ("cannot be read", "A newer omwizard", "Another omwizard", "NOT SAVED", "Quit omwizard?")


class Walk:
    """Drives a wizard from the screen it shows to the end of the setup; counts the retries (R) it needed."""

    def __init__(self, answers, retries_allowed=5):
        self.answers = answers
        self.retries_allowed = retries_allowed
        self.retries = 0

    def run(self, session, timeout=120):
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

    def plan(self, session):
        footer = session.screen.display[-2]
        if session.shows("The Genesys steps are done"):
            self.enter(session, session.title())
        elif "R Retry" in footer:
            self.retries += 1
            if self.retries > self.retries_allowed:
                raise Stuck(f"still failing after {self.retries_allowed} retries")
            session.type("r")
            wait_until(session, lambda: "R Retry" not in session.screen.display[-2], 10, "R did not retry")
        elif "Enter Do it" in footer:
            session.press("enter")
            wait_until(session, lambda: "Enter Do it" not in session.screen.display[-2], 10,
                       "the plan did not start (blocked?)")
        else:
            session.pump(0.05)


def practice_org_file(home):
    return os.path.join(home, "omwizard", "default.practice-org.json")


def check_practice_org(section, home, answers, moments=""):
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
                  f"found {counts}{moments}")
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


def check_status(section, home, answers, made_here, moments=""):
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
                  f"status says {', '.join(reused)} already existed (reused){moments}")


def note_kill(section, tripped):
    section.count("kills")
    by_moment = section.figures.setdefault("kills by moment", {})
    by_moment[str(tripped)] = by_moment.get(str(tripped), 0) + 1


# --- Guided walks killed at random moments ---------------------------------------------------------------

class Torture:
    def __init__(self, options):
        self.options = options
        self.rng = random.Random(options.seed)
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
        # A walk that ends before its moment comes takes no kill: more walks, but never without end.
        for walk in range(1, 2 * count + 2):
            left = count - section.figures.get("kills", 0)
            if left <= 0:
                break
            section.figures["walks"] = walk
            self.guided_walk(section, walk, min(3, left))

    def guided_walk(self, section, number, kills):
        home = self.new_home("guided")
        answers = answers_for(number, self.rng)
        self.secrets.add(answers.token)
        walk = Walk(answers)
        args = ["--lang", "en", "--mode", "guided"]
        session = None
        try:
            for kill in range(kills + 1):
                trip = AfterActions(self.rng.randint(1, 55), self.rng.uniform(0, 0.4)) if kill < kills else None
                session = self.start(section, args, home, trip, resume=kill > 0)
                if kill > 0:
                    section.check("no damaged checkpoint after kill -9",
                                  not self.shows_within(session, "cannot be read", 1.0),
                                  "the resume found the checkpoint damaged", session)
                try:
                    status = walk.run(session)
                    break
                except Tripped as tripped:
                    self.processes.kill9(session)
                    note_kill(section, tripped)
            section.check("the walk finishes (exit 0)", status == 0, f"exit status {status}", session)
        except Stuck as stuck:
            section.check("the walk finishes (exit 0)", False, str(stuck), session)
            self.processes.kill9(session)
            return
        check_status(section, home, answers, made_here=["queue", "flow", "integration"])

    @staticmethod
    def shows_within(session, text, seconds):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if session.shows(text):
                return True
            session.pump(0.05)
        return False

    # --- Practice Automatic runs killed at random moments ------------------------------------------------

    def kill_moment(self, kill):
        """Every third kill while the flow is published (the moment of issue 12, item 2), every third at any
        moment of the plan, every third while the answers are typed."""
        if kill % 3 == 0:
            return WhenShown("Publishing the flow", self.rng.uniform(0, 0.8))
        if kill % 3 == 1:
            return WhenShown("Creating the queue", self.rng.uniform(0, 7))
        return AfterActions(self.rng.randint(1, 40), self.rng.uniform(0, 0.3))

    def automatic_kills(self, section, count):
        for run in range(1, 2 * count + 2):
            left = count - section.figures.get("kills", 0)
            if left <= 0:
                break
            section.figures["runs"] = run
            self.automatic_run(section, run, min(2, left))
        self.processes.sweep()
        lifetimes = self.processes.lifetimes
        if lifetimes:
            section.figures["practice org outlived its killed wizard, s"] = {
                "max": round(max(lifetimes), 2), "mean": round(sum(lifetimes) / len(lifetimes), 2)}
        self.processes.lifetimes = []

    def automatic_run(self, section, number, kills):
        home = self.new_home("automatic")
        answers = answers_for(number, self.rng)
        self.secrets.add(answers.token)
        walk = Walk(answers)
        args = ["--lang", "en", "--mode", "practice", "--practice-fault", "latency:300 /api/v2"]
        moments = []
        session = None
        try:
            for kill in range(kills + 1):
                trip = self.kill_moment(section.figures.get("kills", 0)) if kill < kills else None
                session = self.start(section, args, home, trip, resume=kill > 0)
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
            return
        section.count("retries", walk.retries)
        where = f"; killed at {moments}"
        check_practice_org(section, home, answers, where)
        check_status(section, home, answers, ["queue", "flow", "integration"], where)

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
        durations = []
        for number, (kind, call) in enumerate(self.fault_combinations()[:count], start=1):
            began = time.monotonic()
            self.fault_run(section, number, f"{kind} {call} x1")
            durations.append(time.monotonic() - began)
            section.count("runs")
        if durations:
            section.figures["run duration s"] = {"mean": round(sum(durations) / len(durations), 1),
                                                 "max": round(max(durations), 1)}

    def fault_run(self, section, number, fault):
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
            return
        section.count("retries", walk.retries)
        check_practice_org(section, home, answers, f" with {fault}")
        check_status(section, home, answers, ["queue", "flow", "integration"], f" with {fault}")

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

    def good_checkpoint(self, queue="Cola Guardada"):
        """A walk stopped at the member step, as this version writes it."""
        return {
            "schemaVersion": 1, "language": "en", "mode": "guided",
            "answers": {"genesysAdmin": True, "salesforceAdmin": True, "packageInstalled": True,
                        "queueOrigin": "new", "queueName": queue, "queueDone": True,
                        "memberEmail": "", "memberOrigin": "new", "memberDone": False,
                        "flowOrigin": "new", "flowName": "", "flowDone": False,
                        "integrationName": "", "webhookURL": "", "integrationDone": False,
                        "routeFlow": "", "routeAddress": "", "routeDone": False,
                        "salesforceSetup": False, "salesforceInstalledPackages": False,
                        "salesforceConfigure": False, "salesforceRetrieveOptions": False},
            "statuses": {"prerequisites": "done", "queue": "done", "member": "inProgress"},
            "confirmed": {"prerequisites": "", "queue": "new|" + queue},
        }

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
        drawn = self.shows_within(session, "omwizard", timeout) or bool(screen_lines(session))
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
            readable = saved.get("schemaVersion") == 1
        except (OSError, ValueError):
            readable = False
        section.check("a save after it leaves a readable checkpoint", readable, f"{kind}: checkpoint unreadable")

    def expect_damage_named(self, section, kind, home, path, content):
        with open(path, "wb") as file:
            file.write(content)
        self.status_answers(section, kind, home)
        session = self.wizard_answers(section, kind, home)
        if session is None:
            return
        named = self.shows_within(session, "cannot be read", 3) or session.shows("A newer omwizard")
        section.check("the damage is named", named, f"{kind}: no damage dialog", session)
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
        if self.shows_within(session, "cannot be read", 2):
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
        checkpoint["schemaVersion"] = self.rng.choice([2, 3, 99, 2**31])
        text = json.dumps(checkpoint)
        with open(path, "w") as file:
            file.write(text)
        kind = f"newer (format {checkpoint['schemaVersion']})"
        self.status_answers(section, kind, home)
        session = self.wizard_answers(section, kind, home)
        if session is None:
            return
        said = self.shows_within(session, "A newer omwizard wrote this file", 3)
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
        if self.shows_within(session, "A newer omwizard", 2):
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
        """A FIFO (or, every other time, a folder) at the checkpoint path: answered, never waited on forever
        (issue 12, item 5)."""
        if round_of_kind % 2 == 0:
            os.mkfifo(path, 0o600)
            kind = "FIFO"
        else:
            os.mkdir(path, 0o700)
            kind = "folder"
        self.status_answers(section, kind, home)
        session = self.wizard_answers(section, kind, home)
        if session is not None:
            session.type("q")
        self.processes.sweep()

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
        refused = re.compile(r"too long|at most [\d,]+ characters", re.IGNORECASE)
        if not self.shows_within(session, "Resume at", 5):
            section.check("a long name: the next step within 3 s", refused.search(session.text) is not None,
                          f"{kind}: neither the welcome nor a refusal within 5 s", session)
            return
        began = time.monotonic()
        session.press("enter")
        answered = self.shows_within(session, "Step 3 of 7", 3) or refused.search(session.text) is not None
        took = time.monotonic() - began
        section.figures.setdefault("long name: Enter to the next step, s", {})[f"{length:,}"] = \
            round(took, 2) if answered else "> 3"
        section.check("a long name: the next step within 3 s", answered, f"{kind}: not drawn after 3 s", session)

    # --- Random keys and resizes -------------------------------------------------------------------------

    SIZES = [(80, 24), (100, 30), (120, 40), (81, 25), (132, 43), (200, 60), (90, 24), (80, 50),
             (79, 24), (80, 23), (60, 20), (70, 18)]
    TYPED = string.ascii_letters + string.digits + string.punctuation + " ñáéüÑ✅漢"

    def random_key(self):
        """Mostly the keys that move and change things, sometimes typed characters."""
        if self.rng.random() < 0.55:
            return ("key", self.rng.choice(list(KEYS)))
        return ("text", "".join(self.rng.choice(self.TYPED) for _ in range(self.rng.randint(1, 4))))

    def random_keys(self, section, keys, resizes):
        home = self.new_home("keys")
        schedule = ["key"] * keys + ["resize"] * resizes
        self.rng.shuffle(schedule)
        size = (80, 24)
        session = self.processes.spawn(["--lang", "en"], home)
        delays = []
        for event in schedule:
            if not session.child.isalive():
                self.record_exit(section, session)
                session = self.processes.spawn(["--lang", "en"], home, cols=size[0], rows=size[1])
                session.pump(0.3)
            if event == "resize":
                size = self.resize(section, session, size, delays)
                continue
            kind, value = self.random_key()
            session.child.send(KEYS[value].encode() if kind == "key" else value.encode("utf-8"))
            time.sleep(self.rng.choice([0, 0.002, 0.01, 0.03, 0.08]))
            session.pump(0.005)
        section.figures["keys"] = keys
        section.figures["resizes"] = resizes
        section.figures["resize redraw ms"] = percentiles(delays)
        session.pump(0.3)
        if session.child.isalive():
            section.check("no crash", b"Fatal error" not in session.raw, "a Swift fatal error was printed", session)
        else:
            self.record_exit(section, session)

    def record_exit(self, section, session):
        """A wizard that random keys ended: quitting (0, or 1 when the last save failed) is fine; a signal or
        a fatal error is a crash."""
        status = session.finish()
        section.count("exits (quit by the keys)")
        crashed = status not in (0, 1) or b"Fatal error" in session.raw
        section.check("no crash", not crashed, f"exit status {status}", session)

    def resize(self, section, session, size, delays):
        """Resizes to another size and waits, without a key, for the frame drawn at that size (issue 12,
        item 6)."""
        cols, rows = self.rng.choice([s for s in self.SIZES if s != size])
        session.pump(self.rng.choice([0.0, 0.01, 0.05, 0.3]))
        session.screen.resize(rows, cols)
        session.child.setwinsize(rows, cols)
        began = time.monotonic()
        while time.monotonic() - began < 1.0:
            session.pump(0.01)
            if drawn_at(session, cols, rows) or not session.child.isalive():
                delays.append(time.monotonic() - began)
                return cols, rows
        section.count("resizes missed")
        section.check("every resize is drawn within 1 s without a key", False,
                      f"{size[0]}x{size[1]} -> {cols}x{rows} not drawn", session)
        return cols, rows

    # --- Long pastes -------------------------------------------------------------------------------------

    def pastes(self, section, count):
        refused = re.compile(r"too long|at most [\d,]+ characters", re.IGNORECASE)
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
                began = time.monotonic()
                session.child.send(text.encode())
                shown = self.shows_within(session, "FIN ]", 5) or refused.search(session.text) is not None
                took = time.monotonic() - began
                times.append(took)
                section.check("a 5,000-character paste shows (or is refused) within 1 s", shown and took <= 1.0,
                              f"took {took:.1f} s" if shown else "not shown after 5 s", session)
            except Stuck as stuck:
                section.check("a 5,000-character paste shows (or is refused) within 1 s", False, str(stuck), session)
            self.processes.sweep()
        if times:
            section.figures["paste to screen, s"] = [round(t, 2) for t in times]

    # --- Concurrent API clients --------------------------------------------------------------------------

    def clients(self, section, count):
        folder = self.new_home("clients")
        state = os.path.join(folder, "practice-org.json")
        with_state = self.client_load(section, count, ["--state", state], "with --state")
        section.figures["latency with --state"] = with_state
        section.check("p99 per call <= 20 ms with --state (issue 12, item 3)",
                      with_state is not None and with_state["p99_ms"] <= 20,
                      f"p50 {with_state['p50_ms']} ms, p95 {with_state['p95_ms']} ms, p99 {with_state['p99_ms']} ms, "
                      f"max {with_state['max_ms']} ms" if with_state else "no samples")
        # The same load without a file: how much of the latency the saving costs.
        section.figures["latency without --state"] = self.client_load(section, count, [], "without --state")

    def client_load(self, section, count, state_args, label):
        server = Server(*state_args, "--job-delay", "0.3", "--integration-delay", "0.3")
        try:
            clients = [ApiClient(server.port, index, self.rng) for index in range(count)]
            self.secrets.update(client.token for client in clients)
            start = threading.Barrier(count)
            threads = [threading.Thread(target=client.setup, args=(start,), daemon=True) for client in clients]
            began = time.monotonic()
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=120)
            section.figures[f"wall time {label}, s"] = round(time.monotonic() - began, 2)
            errors = [error for client in clients for error in client.errors]
            hung = sum(thread.is_alive() for thread in threads)
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
        if not section.check(f"the org holds every client's objects ({label})", status == 200, f"state: {status}"):
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


def drawn_at(session, cols, rows):
    """True once the screen is the wizard's frame at cols x rows: the header ends at the last column but one,
    the footer's rule spans the width on its row; or, below 80x24, the "too small" message names the size."""
    lines = session.screen.display
    if cols < 80 or rows < 24:
        return any(f"{cols}x{rows}" in line for line in lines)
    header = lines[0].rstrip()
    return (len(header) == cols - 1 and header.endswith("default") and lines[rows - 3] == "─" * cols
            and bool(lines[rows - 2].strip()))


class ApiClient:
    """One client doing a whole setup through the practice org's API on a kept-alive connection, timing
    every call."""

    def __init__(self, port, index, rng):
        self.port = port
        self.index = index
        self.token = random_token(rng)
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=15)
        self.bearer = None
        self.samples = []
        self.errors = []

    def call(self, method, path, body=None, label=None, expect=(200,), content_type="application/json",
             authorization=None):
        """A POST or PUT always carries a body, JSON unless bytes are given: a job is registered with null, as
        Genesys's SDK does. Returns the answer's JSON; raises on another status."""
        headers = {}
        authorization = self.bearer and "Bearer " + self.bearer if authorization is None else authorization
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
        except Exception as error:  # every failure of a client is a figure, whatever raised it
            self.errors.append(f"client {self.index}: {error}")
        finally:
            self.connection.close()

    def login(self):
        basic = base64.b64encode(f"{CLIENT[0]}:{CLIENT[1]}".encode()).decode()
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

    def archy_file(self):
        """The smallest inbound message flow the practice org publishes: one state that hands every message
        to this client's queue."""
        return "\n".join([
            "inboundShortMessage:",
            f'  name: "Torture Flow {self.index:03d}"',
            '  startUpRef: "/inboundShortMessage/states/state[Start_1]"',
            "  defaultLanguage: en-us",
            "  states:",
            "    - state:",
            "        name: Start",
            "        refId: Start_1",
            "        actions:",
            "          - transferToAcd:",
            "              name: To the queue",
            "              targetQueue:",
            "                lit:",
            f'                  name: "Torture Queue {self.index:03d}"',
            "",
        ])

    def publish_flow(self):
        job = self.call("POST", "/api/v2/flows/jobs")
        # The stand-in for S3 takes no token, as S3 would not.
        upload = urllib.parse.urlsplit(job["presignedUrl"]).path
        self.call("PUT", upload, self.archy_file().encode(), label="<presigned upload>",
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

    def poll(self, path, label, finished, timeout=15):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            body = self.call("GET", path, label=label)
            if finished(body):
                return body
            time.sleep(0.1)
        raise RuntimeError(f"{label} never finished")


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


def main(argv):
    options = parse_options(argv)
    torture = Torture(options)
    began = time.monotonic()
    report = {"binary": os.environ.get("TORTURE_BINARY", BINARY), "seed": options.seed,
              "started": datetime.datetime.now().isoformat(timespec="seconds"),
              "options": {key: value for key, value in vars(options).items() if key not in ("report", "keep")},
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
