#!/usr/bin/env python3
"""Runs a command and prints {"wall": s, "cpu": s, "status": n} as JSON on stderr's last line.

CPU is user + system time of the whole process tree. This process makes itself a child subreaper
(prctl PR_SET_CHILD_SUBREAPER, Linux), so descendants that outlive their parent (Chromium killed at the CLI's
exit, for example) are re-parented here and reaped, and their CPU time is counted too.
"""
import ctypes, json, os, subprocess, sys, time

PR_SET_CHILD_SUBREAPER = 36
ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)
before = os.times()
start = time.monotonic()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
status = proc.wait()
wall = time.monotonic() - start
while True:  # reap every orphaned descendant
    try:
        os.waitpid(-1, 0)
    except ChildProcessError:
        break
after = os.times()
cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
print(json.dumps({"wall": wall, "cpu": cpu, "status": status}), file=sys.stderr)
