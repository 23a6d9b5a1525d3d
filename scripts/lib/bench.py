"""Times omwizard and dialog the same way, in the same run, in a real pty; prints one table.

Times are taken on the raw bytes the program writes (the moment a marker of the finished frame, or the
echoed key, arrives), not after a terminal emulator has digested them: emulating a screen in Python costs
milliseconds, more for a fuller screen, which would measure the harness rather than the program."""
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "e2e"))
from checkpoints import stopped_at_queue  # noqa: E402
from practice_org import CLIENT, Server  # noqa: E402
from wizard import BINARY, Wizard  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import practice_load as practice_load_run  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "41"))
CLIENTS = 30


def start(program, args, home, extra_env=None):
    """A Wizard (pty + emulator) running any program."""
    import pexpect
    import pyte
    w = Wizard.__new__(Wizard)
    w.screen = pyte.Screen(80, 24)
    w.stream = pyte.ByteStream(w.screen)
    w.raw = b""
    env = {"PATH": os.environ["PATH"], "HOME": home, "XDG_STATE_HOME": home, "TERM": "xterm-256color",
           "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", **(extra_env or {})}
    w.child = pexpect.spawn(program, args, env=env, dimensions=(24, 80), cwd=home)
    w.child.delaybeforesend = None
    return w


def wait_for_bytes(w, needle, since, timeout=10.0):
    """Reads until `needle` is in the bytes received after offset `since`; returns the time it arrived."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if needle in w.raw[since:]:
            return time.perf_counter()
        try:
            data = w.child.read_nonblocking(65536, timeout=0.001)
        except Exception:
            continue
        arrived = time.perf_counter()
        w.raw += data
        w.stream.feed(data)
        if needle in w.raw[since:]:
            return arrived
    raise RuntimeError(f"{needle!r} never arrived")


def wait_for(w, needle, timeout=10.0):
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        w.pump(0.001)
        if needle in w.text:
            return time.perf_counter()
    raise RuntimeError(f"{needle!r} never appeared:\n{w.text}")


def peak_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def omwizard_session(home):
    return start(BINARY, ["--lang", "en", "--profile", f"bench{time.monotonic_ns()}"], home)


def dialog_session(home):
    return start("dialog", ["--inputbox", "Queue name", "10", "60"], home)


def last_byte_of_burst(w, quiet=0.1, timeout=10.0):
    """Reads until the program has written nothing for `quiet` seconds; returns when its last byte came."""
    deadline = time.perf_counter() + timeout
    last = None
    while time.perf_counter() < deadline:
        try:
            data = w.child.read_nonblocking(65536, timeout=quiet)
        except Exception:
            if last is not None:
                return last
            continue
        last = time.perf_counter()
        w.raw += data
        w.stream.feed(data)
    raise RuntimeError("the program never went quiet")


def first_frame(session, ready):
    """From spawning to the last byte of the first frame; `ready` then checks that frame was complete."""
    with tempfile.TemporaryDirectory() as home:
        began = time.perf_counter()
        w = session(home)
        ended = last_byte_of_burst(w)
        assert ready in w.text, f"incomplete first frame:\n{w.text}"
        w.child.close(force=True)
        return ended - began


def echo_samples(session, ready, prepare):
    """Keypress-to-echo times of 20 letters typed one by one, each after a pause, as a person types."""
    with tempfile.TemporaryDirectory() as home:
        w = session(home)
        wait_for(w, ready)
        prepare(w)
        samples = []
        for letter in "abcdefghijklmnopqrst":
            w.pump(0.05)
            since = len(w.raw)
            began = time.perf_counter()
            w.child.send(letter)
            samples.append(wait_for_bytes(w, letter.encode(), since) - began)
            w.child.send("\x7f")
        w.child.close(force=True)
        return samples


def prepare_omwizard(w):
    w.press("enter")
    wait_for(w, "Step 1 of 7")
    w.press("space", "down", "space", "down", "space", "enter")
    wait_for(w, "Step 2 of 7")
    w.press("down", "ctrl-u")
    w.child.send("x")
    wait_for(w, "[x ")


def prepare_dialog(w):
    w.child.send("x")
    wait_for(w, "x")


def walk_to_the_summarys_help(w):
    """The Guided walk whose peak memory is measured: every step, the summary, then its help."""
    wait_for(w, "Esc Quit")
    prepare_omwizard(w)
    w.press("down", "space", "enter")
    wait_for(w, "Step 3 of 7")
    w.type("ana@example.com")
    w.press("down", "down", "space", "enter")
    wait_for(w, "Step 4 of 7")
    w.press("down", "down", "space", "enter")
    wait_for(w, "Step 5 of 7")
    w.press("down", "down", "down", "space", "enter")
    wait_for(w, "Step 6 of 7")
    w.press("down", "down", "space", "enter")
    wait_for(w, "Step 7 of 7")
    w.press("space", "down", "space", "down", "space", "down", "space", "enter")
    wait_for(w, "Summary")
    w.press("f1")
    wait_for(w, "Help")


def omwizard_walk_peak():
    with tempfile.TemporaryDirectory() as home:
        w = omwizard_session(home)
        walk_to_the_summarys_help(w)
        peak = peak_kib(w.child.pid)
        w.child.close(force=True)
        return peak


def dialog_peak():
    with tempfile.TemporaryDirectory() as home:
        w = dialog_session(home)
        wait_for(w, "OK")
        w.child.send("Atención al Cliente")
        wait_for(w, "Cliente")
        peak = peak_kib(w.child.pid)
        w.child.close(force=True)
        return peak


def checkpoint_with_queue_name(home, name):
    """A checkpoint at the queue step whose queue name is `name` (as a hand edit could leave it)."""
    folder = os.path.join(home, "omwizard")
    os.makedirs(folder, mode=0o700, exist_ok=True)
    with open(os.path.join(folder, "default.json"), "w") as file:
        json.dump(stopped_at_queue(name), file)


def long_name_draw(length):
    """From Enter on "Resume at Queue" to the queue step drawn with a name of `length` characters (refused
    with the limit: the frame is complete once that message is on it)."""
    with tempfile.TemporaryDirectory() as home:
        checkpoint_with_queue_name(home, "Q" * length)
        w = start(BINARY, ["--lang", "en"], home)
        wait_for(w, "Resume at Queue", timeout=120)
        w.pump(0.1)
        since = len(w.raw)
        began = time.perf_counter()
        w.press("enter")
        arrived = wait_for_bytes(w, b"Too long", since, timeout=600)
        w.child.close(force=True)
        return arrived - began


def paste_time(length):
    """A paste of `length` characters into the queue name, as a terminal without bracketed paste sends it
    (one key each): from the first byte to the last byte of the wizard's answer."""
    with tempfile.TemporaryDirectory() as home:
        w = start(BINARY, ["--lang", "en"], home)
        wait_for(w, "Esc Quit")
        prepare_omwizard(w)
        w.pump(0.2)
        text = "".join("abcdefghij"[index % 10] for index in range(length))
        began = time.perf_counter()
        w.child.send(text)
        ended = last_byte_of_burst(w, quiet=0.3, timeout=600)
        w.child.close(force=True)
        return ended - began


def long_text_measures():
    """Drawing and editing are linear in the text: the time per character stays flat as the text grows."""
    print()
    print("Long text (target: linear in the length, so a megabyte stays well under a second):")
    for length in (10_000, 100_000, 1_000_000):
        seconds = long_name_draw(length)
        print(f"  draw a {length:>9,}-character queue name  {seconds * 1000:8.1f} ms"
              f"  ({seconds * 1e9 / length:6.1f} ns a character)")
    for length in (1_000, 5_000):
        seconds = paste_time(length)
        print(f"  paste {length:>5,} characters into a field   {seconds * 1000:8.1f} ms"
              f"  ({seconds * 1e6 / length:6.1f} µs a character; past 200 each is refused)")


LATENCY_MS = 50

# What a full Automatic run in an org where nothing exists yet cannot do without: a token; the four look-ups
# by name that make a resumed run safe (user, queue, flow, integration); the queue; the member; the flow's
# job (register, upload, one poll); the integration (create, one poll); the route (read what it started, for
# an undo to put back; bind; read back).
MINIMUM_REQUESTS = 1 + 4 + 1 + 1 + 3 + 2 + 3
# The calls that must wait for one another once the plan starts (the token is already held, the four
# look-ups go in parallel, and the upload goes to the file store, which the latency fault leaves alone).
MINIMUM_ROUND_TRIPS = 1 + 1 + 1 + 2 + 2 + 3


def connected_automatic(server, home):
    """omwizard in Automatic mode against `server`, its OAuth client from the environment, connected, with
    the prerequisites ticked: on the queue step."""
    w = start(BINARY, ["--lang", "en", "--mode", "automatic", "--api-base", server.base], home,
              {"GENESYSCLOUD_OAUTHCLIENT_ID": CLIENT[0], "GENESYSCLOUD_OAUTHCLIENT_SECRET": CLIENT[1]})
    wait_for(w, "Esc Quit")
    w.press("enter")
    wait_for(w, "Connect to Genesys Cloud")
    w.press("enter")
    wait_for(w, "Step 1 of 7")
    w.press("space", "down", "space", "down", "space", "enter")
    wait_for(w, "Step 2 of 7")
    return w


def automatic_run():
    """A full Automatic run against a practice org that answers every call 50 ms late: requests the org
    served, wall time from Enter on the plan to the last step done, peak memory."""
    server = Server("--fault", f"latency:{LATENCY_MS} /api/v2", "--fault", f"latency:{LATENCY_MS} /oauth",
                    "--integration-delay", "0", "--job-delay", "0")
    try:
        with tempfile.TemporaryDirectory() as home:
            w = connected_automatic(server, home)
            w.press("enter")
            w.type("ana.garcia@example.com")
            w.press("enter", "enter", "enter", "enter")
            wait_for(w, "Enter Do it")
            began = time.perf_counter()
            w.press("enter")
            ended = wait_for(w, "The Genesys steps are done", timeout=60)
            served = server.request("GET", "/practice/requests")[1]
            peak = peak_kib(w.child.pid)
            w.child.close(force=True)
            if os.environ.get("BENCH_VERBOSE"):
                print("\n".join(served))
            return len(served), ended - began, peak
    finally:
        server.stop()


def picker_first_page(queues, pages=0):
    """In an org of `queues` numbered queues, 50 ms late: time from F5 to the first page on screen, and the
    wizard's peak memory after browsing `pages` more pages and a search."""
    server = Server("--queues", str(queues), "--fault", f"latency:{LATENCY_MS} /api/v2")
    try:
        with tempfile.TemporaryDirectory() as home:
            w = connected_automatic(server, home)
            wait_for(w, "F5: pick")
            w.pump(0.2)
            since = len(w.raw)
            began = time.perf_counter()
            w.child.send("\x1b[15~")
            arrived = wait_for_bytes(w, b" in all", since, timeout=30)
            for page in range(2, pages + 2):
                w.press("pgdn")
                wait_for(w, f"Page {page} of")
            w.type("Queue 1")
            wait_for(w, "Search: Queue 1")
            w.pump(0.5)
            peak = peak_kib(w.child.pid)
            w.child.close(force=True)
            return arrived - began, peak
    finally:
        server.stop()


def practice_load(server_args, clients_file=None):
    """30 clients making a whole setup at once against one practice org, or as the 30 trainees of a room
    (`clients_file`: each with their own client, each setup ending with its test message): latency per call,
    seen by the clients (which, on two cores, share them with the server), the state file's writes, the
    server's peak memory, and how many setups the room's view shows proven by their test message."""
    server = Server(*server_args, "--job-delay", "0.3", "--integration-delay", "0.3")
    try:
        # A room's clients are written before the server says its address.
        credentials = clients_file and re.findall(r"GENESYSCLOUD_OAUTHCLIENT_ID=(\S+) GENESYSCLOUD_OAUTHCLIENT_SECRET=(\S+)",
                                                  open(clients_file).read())
        clients, hung, _ = practice_load_run.run_setups(server.port, CLIENTS, random.Random(12), credentials=credentials,
                                                        test_message=bool(clients_file))
        errors = sum(len(client.errors) for client in clients) + hung
        figures = practice_load_run.percentiles([seconds for client in clients for _, seconds in client.samples])
        writes = server.request("GET", "/practice/stats")[1]["stateWrites"]
        proven = sum(row["progress"].get("testMessage") is not None for row in server.request("GET", "/practice/room")[1]["trainees"])
        return figures, errors, writes, proven, peak_kib(server.process.pid)
    finally:
        server.stop()


def print_load(label, figures, errors, writes, peak, extra=""):
    print(f"  {label:13} p50 {figures['p50_ms']:6.2f} ms  p95 {figures['p95_ms']:6.2f} ms  "
          f"p99 {figures['p99_ms']:6.2f} ms  max {figures['max_ms']:6.2f} ms  ({figures['count']} calls, "
          f"{errors} errors, {extra}{writes} writes of the file, server peak {peak / 1024:.1f} MiB)")


def practice_load_measures():
    print()
    print(f"{CLIENTS} clients, each a whole setup at once, on one practice org (target with --state: 0 errors, "
          "p99 per call ≤ 20 ms on two cores):")
    # A first load, not counted: the client's own first run (its threads, imports and connections) is slower
    # by tens of milliseconds in the tail, whichever org it meets first.
    practice_load([])
    with tempfile.TemporaryDirectory() as folder:
        for label, args in (("with --state", ["--state", os.path.join(folder, "org.json")]), ("without", [])):
            figures, errors, writes, _, peak = practice_load(args)
            print_load(label, figures, errors, writes, peak)
    print()
    print(f"A trainer's room: {CLIENTS} trainees, each with their own client and org, each a whole Automatic setup "
          f"with its test message at once, on one --trainees {CLIENTS} --state FILE process (target: 0 errors, "
          "p99 per call ≤ 20 ms on two cores):")
    with tempfile.TemporaryDirectory() as folder:
        clients_file = os.path.join(folder, "clients.txt")
        figures, errors, writes, proven, peak = practice_load(
            ["--trainees", str(CLIENTS), "--state", os.path.join(folder, "room.json"), "--clients-file", clients_file],
            clients_file)
        print_load("room", figures, errors, writes, peak, f"{proven} of {CLIENTS} setups proven in the room's view, ")


def main():
    if "--network-only" not in sys.argv:
        terminal_measures()
        long_text_measures()
    network_measures()
    practice_load_measures()


def network_measures():
    requests, wall, peak = automatic_run()
    print()
    print(f"Automatic run, practice org, {LATENCY_MS} ms added to every call:")
    print(f"  requests        {requests:6d}   (the steps need {MINIMUM_REQUESTS})")
    print(f"  wall time       {wall * 1000:6.0f} ms from Enter on the plan (the steps need {MINIMUM_ROUND_TRIPS} "
          f"round trips one after the other: {MINIMUM_ROUND_TRIPS * LATENCY_MS} ms)")
    print(f"  peak memory     {peak / 1024:6.1f} MiB")
    small_time, small_peak = picker_first_page(0)
    large_time, large_peak = picker_first_page(20000, pages=20)
    print(f"Queue picker, {LATENCY_MS} ms added to every call (target: first page within two round trips, "
          f"memory that does not grow with the org):")
    print(f"  first page, 20,000 queues  {large_time * 1000:6.0f} ms = {large_time * 1000 / LATENCY_MS:4.1f} round trips")
    print(f"  first page, 4 queues       {small_time * 1000:6.0f} ms = {small_time * 1000 / LATENCY_MS:4.1f} round trips")
    print(f"  peak memory: {large_peak / 1024:.1f} MiB with 20,000 queues (after 20 pages and a search), "
          f"{small_peak / 1024:.1f} MiB with 4 (one page and a search)")


def terminal_measures():
    rows = []
    # One of each in turn: a machine that speeds up or slows down during the run weighs on both alike. Both
    # move by a few tenths of a millisecond from run to run here, hence 41 starts and 100 keys of each.
    starts = ([], [])
    for _ in range(RUNS):
        starts[0].append(first_frame(omwizard_session, "Esc Quit"))
        starts[1].append(first_frame(dialog_session, "Cancel"))
    rows.append(("start to first full frame (ms, median)", statistics.median(starts[0]) * 1000,
                 statistics.median(starts[1]) * 1000, "no slower than dialog"))
    echoes = ([], [])
    for _ in range(5):
        echoes[0].extend(echo_samples(omwizard_session, "Esc Quit", prepare_omwizard))
        echoes[1].extend(echo_samples(dialog_session, "Cancel", prepare_dialog))
    rows.append(("keypress to echo (ms, median)", statistics.median(echoes[0]) * 1000,
                 statistics.median(echoes[1]) * 1000, "no slower than dialog"))
    rows.append(("peak memory of a full walk (MiB)", omwizard_walk_peak() / 1024, dialog_peak() / 1024,
                 "12 MiB or less"))
    print(f"{'measure':42} {'omwizard':>10} {'dialog':>10}  target")
    for name, ours, theirs, target in rows:
        print(f"{name:42} {ours:10.2f} {theirs:10.2f}  {target}")


if __name__ == "__main__":
    main()
