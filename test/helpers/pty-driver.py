#!/usr/bin/env python3
# Drives a command through a pseudo-terminal as a person would: wait for each expected text to
# appear, then type the answer. Reads {"argv", "cwd", "env", "steps": [[expect, send], ...]} as JSON
# on stdin; prints {"transcript", "code", "missing"} as JSON: what the terminal showed (escape
# codes removed), the exit code (128 + n for a signal), and the first expected text that never came.
import json
import os
import pty
import re
import select
import signal
import sys

# Only a guard against a program that waits for an answer the steps never give: a passing run
# never waits this long, and a failing one reports what the terminal showed instead of hanging.
STUCK_SECONDS = 30

spec = json.loads(sys.stdin.read())
pid, fd = pty.fork()
if pid == 0:
    os.chdir(spec["cwd"])
    os.execvpe(spec["argv"][0], spec["argv"], spec["env"])

ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]|\r")
raw = b""


def shown():
    return ESCAPES.sub("", raw.decode("utf-8", "replace"))


def read_more():
    global raw
    ready, _, _ = select.select([fd], [], [], STUCK_SECONDS)
    if not ready:
        os.kill(pid, signal.SIGKILL)
        return False
    try:
        data = os.read(fd, 4096)
    except OSError:  # the program has ended and the terminal is closed
        return False
    raw += data
    return bool(data)


missing = None
seen = 0
for expect, send in spec["steps"]:
    while expect not in shown()[seen:]:
        if not read_more():
            missing = expect
            break
    if missing is not None:
        break
    seen = shown().index(expect, seen) + len(expect)
    os.write(fd, send.encode("utf-8"))

while read_more():
    pass
_, status = os.waitpid(pid, 0)
print(json.dumps({"transcript": shown(), "code": os.waitstatus_to_exitcode(status) if os.WIFEXITED(status) else 128 + os.WTERMSIG(status), "missing": missing}))
