"""Lists the functions of omwizard that the measured Guided walk runs, in the order they first run, for the
linker to put side by side (scripts/order-code writes scripts/lib/hot-code.order from it).

Why: the kernel maps a program's code 64 KiB at a time around each page it runs, so a walk that touches 2,000
functions spread over 10 MiB of code keeps most of that code resident. Placed together, they fill a few
hundred KiB. The list is read from a run under callgrind, which records every function that runs."""
import os
import re
import subprocess
import sys
import tempfile

import bench

binary, listing = sys.argv[1], sys.argv[2]
record = tempfile.mktemp(suffix=".callgrind")
plain_start = bench.start


def start_under_callgrind(program, args, home, extra_env=None):
    return plain_start("valgrind", ["--tool=callgrind", "--demangle=no", f"--callgrind-out-file={record}", program, *args],
                       home, extra_env)


plain_wait = bench.wait_for
bench.start = start_under_callgrind
# Under callgrind each screen takes longer to come.
bench.wait_for = lambda w, needle, timeout=10.0: plain_wait(w, needle, timeout=120)
bench.BINARY = binary
with tempfile.TemporaryDirectory() as home:
    w = bench.omwizard_session(home)
    bench.walk_to_the_summarys_help(w)
    # Leaves as a user would (Esc closes the help, Enter on the summary finishes): callgrind writes its
    # record when the program ends.
    w.press("esc")
    bench.wait_for(w, "Enter Finish")
    w.press("enter")
    w.child.expect(__import__("pexpect").EOF, timeout=120)

ran = []
seen = set()
with open(record, errors="replace") as lines:
    for line in lines:
        named = re.match(r"^c?fn=\(\d+\) (.+)$", line.rstrip("\n"))
        if named and named.group(1) not in seen:
            seen.add(named.group(1))
            ran.append(named.group(1))
os.remove(record)
symbols = subprocess.run(["nm", "--defined-only", binary], capture_output=True, text=True, check=True).stdout
code = {fields[2] for fields in (line.split() for line in symbols.splitlines()) if len(fields) >= 3 and fields[1] in "tTwW"}
with open(listing, "w") as out:
    out.write("\n".join(name for name in ran if name in code) + "\n")
print(f"{sum(1 for name in ran if name in code)} functions of omwizard ran in the walk: {listing}")
