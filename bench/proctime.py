#!/usr/bin/env python3
"""Runs a command and prints {"wall": s, "cpu": s, "status": n, "pss": MB} as JSON on stderr's last line.

CPU is user + system time of the whole process tree. This process makes itself a child subreaper
(prctl PR_SET_CHILD_SUBREAPER, Linux), so descendants that outlive their parent (Chromium killed at the CLI's
exit, for example) are re-parented here and reaped, and their CPU time is counted too.
With PROCTIME_PSS=1, "pss" is the peak, over samples every 50 ms, of the summed PSS (proportional set size,
/proc/PID/smaps_rollup) of every process in the tree, in MB; else null. Sampling costs a little CPU of its own,
counted in neither figure (it runs in this process, not in the tree).
"""
import ctypes, json, os, subprocess, sys, threading, time

PR_SET_CHILD_SUBREAPER = 36
ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)


def tree_pss_kb(root):
    parents = {}
    for pid in os.listdir('/proc'):
        if not pid.isdigit():
            continue
        try:
            with open(f'/proc/{pid}/stat') as f:
                parents[int(pid)] = int(f.read().rsplit(')', 1)[1].split()[1])
        except OSError:
            pass
    tree, frontier = set(), {root}
    while frontier:
        tree |= frontier
        frontier = {p for p, pp in parents.items() if pp in frontier and p not in tree}
    total = 0
    for pid in tree:
        try:
            with open(f'/proc/{pid}/smaps_rollup') as f:
                for line in f:
                    if line.startswith('Pss:'):
                        total += int(line.split()[1])
                        break
        except OSError:
            pass
    return total


before = os.times()
start = time.monotonic()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
peak = [0]
done = threading.Event()
if os.environ.get('PROCTIME_PSS') == '1':
    # The tree is this process's: the command and everything it started (orphans are re-parented here); this
    # process's own PSS, taken before sampling starts, is left out.
    with open(f'/proc/{os.getpid()}/smaps_rollup') as f:
        own_kb = next(int(line.split()[1]) for line in f if line.startswith('Pss:'))

    def sample():
        while not done.wait(0.05):
            peak[0] = max(peak[0], tree_pss_kb(os.getpid()) - own_kb)

    threading.Thread(target=sample, daemon=True).start()
status = proc.wait()
wall = time.monotonic() - start
done.set()
while True:  # reap every orphaned descendant
    try:
        os.waitpid(-1, 0)
    except ChildProcessError:
        break
after = os.times()
cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
pss = round(peak[0] / 1024, 1) if os.environ.get('PROCTIME_PSS') == '1' else None
print(json.dumps({"wall": wall, "cpu": cpu, "status": status, "pss": pss}), file=sys.stderr)
