"""Drives the real omwizard binary in a real pty and reads its screen through the pyte terminal emulator."""
import os
import signal
import time

import pexpect
import pyte

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BINARY = os.environ.get("OMWIZARD_BIN", os.path.join(ROOT, ".build", "debug", "omwizard"))

# Cursor keys as xterm sends them in keypad-transmit mode, which ncurses switches on (smkx).
KEYS = {
    "enter": "\r", "esc": "\x1b", "tab": "\t", "space": " ",
    "up": "\x1bOA", "down": "\x1bOB", "right": "\x1bOC", "left": "\x1bOD",
    "f1": "\x1bOP", "f2": "\x1bOQ", "f3": "\x1bOR", "f4": "\x1bOS", "f5": "\x1b[15~", "f6": "\x1b[17~",
    "f7": "\x1b[18~", "f8": "\x1b[19~",
    "pgdn": "\x1b[6~", "pgup": "\x1b[5~",
    "ctrl-c": "\x03", "ctrl-u": "\x15", "backspace": "\x7f",
}


class Wizard:
    def __init__(self, args, state_home, cols=80, rows=24, lang_env="C.UTF-8", extra_env=None):
        self.screen = pyte.Screen(cols, rows)
        self.stream = pyte.ByteStream(self.screen)
        self.raw = b""
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": state_home,
            "XDG_STATE_HOME": state_home,
            "TERM": "xterm-256color",
            "LANG": lang_env,
            "LC_ALL": lang_env,
            **(extra_env or {}),
        }
        self.child = pexpect.spawn(BINARY, args, env=env, dimensions=(rows, cols), cwd=state_home)
        # pexpect sleeps 50 ms before every send by default; press() paces keys itself.
        self.child.delaybeforesend = None

    def pump(self, wait=0.05):
        deadline = time.time() + wait
        while True:
            try:
                data = self.child.read_nonblocking(65536, timeout=max(0.0, deadline - time.time()))
                self.raw += data
                self.stream.feed(data)
            except pexpect.TIMEOUT:
                return
            except pexpect.EOF:
                return

    @property
    def text(self):
        return "\n".join(self.screen.display)

    def shows(self, needle):
        """True when the screen holds `needle`, even wrapped over lines or inside a panel: spaces, line ends
        and panel borders are ignored on both sides."""
        def squeeze(text):
            return "".join(text.replace("│", "").split())
        return squeeze(needle) in squeeze(self.text)

    def wait_for(self, needle, timeout=15):
        deadline = time.time() + timeout
        while time.time() < deadline:
            self.pump(0.05)
            if self.shows(needle):
                return self.text
        raise AssertionError(f"{needle!r} never appeared; last screen:\n{self.text}")

    def wait_gone(self, needle, timeout=15):
        deadline = time.time() + timeout
        while time.time() < deadline:
            self.pump(0.05)
            if not self.shows(needle):
                return self.text
        raise AssertionError(f"{needle!r} never went away; last screen:\n{self.text}")

    def press(self, *names):
        for name in names:
            self.child.send(KEYS[name])
            # Esc alone means Back: give ncurses its escape delay before the next byte.
            time.sleep(0.08 if name == "esc" else 0.02)
            self.pump(0.02)

    def type(self, text):
        self.child.send(text.encode("utf-8"))
        self.pump(0.05)

    def resize(self, cols, rows):
        self.screen.resize(rows, cols)
        self.child.setwinsize(rows, cols)
        self.pump(0.1)

    def finish(self, timeout=10):
        """Waits for the process to end; returns its exit status."""
        deadline = time.time() + timeout
        while self.child.isalive() and time.time() < deadline:
            self.pump(0.05)
        self.pump(0.1)
        self.child.close()
        return self.child.exitstatus if self.child.exitstatus is not None else 128 + (self.child.signalstatus or 0)

    def kill9(self):
        os.kill(self.child.pid, signal.SIGKILL)
        self.child.close(force=True)
