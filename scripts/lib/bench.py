"""Times omwizard and dialog the same way, in the same run, in a real pty; prints one table.

Times are taken on the raw bytes the program writes (the moment a marker of the finished frame, or the
echoed key, arrives), not after a terminal emulator has digested them: emulating a screen in Python costs
milliseconds, more for a fuller screen, which would measure the harness rather than the program."""
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "Tests", "e2e"))
from wizard import BINARY, Wizard  # noqa: E402

RUNS = int(os.environ.get("BENCH_RUNS", "15"))


def start(program, args, home):
    """A Wizard (pty + emulator) running any program."""
    import pexpect
    import pyte
    w = Wizard.__new__(Wizard)
    w.screen = pyte.Screen(80, 24)
    w.stream = pyte.ByteStream(w.screen)
    w.raw = b""
    env = {"PATH": os.environ["PATH"], "HOME": home, "XDG_STATE_HOME": home, "TERM": "xterm-256color",
           "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
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


def echo_latency(session, ready, prepare):
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
        return statistics.median(samples)


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


def omwizard_walk_peak():
    with tempfile.TemporaryDirectory() as home:
        w = omwizard_session(home)
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


def main():
    rows = []
    omw_start = statistics.median(first_frame(omwizard_session, "Esc Quit") for _ in range(RUNS)) * 1000
    dlg_start = statistics.median(first_frame(dialog_session, "Cancel") for _ in range(RUNS)) * 1000
    rows.append(("start to first full frame (ms, median)", omw_start, dlg_start, "no slower than dialog"))
    omw_echo = echo_latency(omwizard_session, "Esc Quit", prepare_omwizard) * 1000
    dlg_echo = echo_latency(dialog_session, "Cancel", prepare_dialog) * 1000
    rows.append(("keypress to echo (ms, median)", omw_echo, dlg_echo, "no slower than dialog"))
    rows.append(("peak memory of a full walk (MiB)", omwizard_walk_peak() / 1024, dialog_peak() / 1024,
                 "12 MiB or less"))
    print(f"{'measure':42} {'omwizard':>10} {'dialog':>10}  target")
    for name, ours, theirs, target in rows:
        print(f"{name:42} {ours:10.2f} {theirs:10.2f}  {target}")


if __name__ == "__main__":
    main()
