"""CPU seconds spent by process trees and threads between two moments, read from /proc.

Wall-clock rates lie on a machine other agents share; CPU seconds per message do not. A tree's
time is every live process's own time plus the time its members collected from children they
reaped (cutime/cstime), so a Postfix `smtpd` or a pool helper that exits between the two reads is
still counted (in its parent's collected time).
"""
import os

TICK = os.sysconf("SC_CLK_TCK")


def _stat(path):
    try:
        with open(path, "rb") as f:
            text = f.read().decode()
    except (FileNotFoundError, ProcessLookupError):
        return None
    fields = text[text.rindex(")") + 2:].split()  # after "pid (comm) "
    ppid = int(fields[1])
    own = (int(fields[11]) + int(fields[12])) / TICK  # utime, stime
    reaped = (int(fields[13]) + int(fields[14])) / TICK  # cutime, cstime
    return ppid, own, reaped


def _processes():
    out = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            found = _stat(f"/proc/{name}/stat")
            if found:
                out[int(name)] = found
    return out


def tree_seconds(root, processes=None):
    """CPU seconds of `root` and every descendant (with what they reaped) until now."""
    processes = processes if processes is not None else _processes()
    children = {}
    for pid, (ppid, _own, _reaped) in processes.items():
        children.setdefault(ppid, []).append(pid)
    total, todo = 0.0, [root]
    while todo:
        pid = todo.pop()
        if pid in processes:
            total += processes[pid][1] + processes[pid][2]
        todo.extend(children.get(pid, ()))
    return total


def program_seconds(pid):
    """CPU seconds of `pid` and of its children running the same program (forked copies, as a
    pre-fork server's), each its own threads only: not their helpers."""
    processes = _processes()
    if pid not in processes:
        return 0.0
    same = [pid] + [child for child, (ppid, _o, _r) in processes.items()
                    if ppid == pid and _cmdline(child) == _cmdline(pid)]
    return sum(processes[p][1] for p in same)


def named_seconds(prefix):
    """CPU seconds of every process whose name starts with `prefix` (a database server's
    postmaster and backends), with what they reaped."""
    total = 0.0
    for pid, (_ppid, own, reaped) in _processes().items():
        try:
            with open(f"/proc/{pid}/comm", "rb") as f:
                name = f.read().decode(errors="replace")
        except OSError:
            continue
        if name.startswith(prefix):
            total += own + reaped
    return total


def _cmdline(pid):
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read()
    except OSError:
        return None


def thread_seconds(tid):
    found = _stat(f"/proc/self/task/{tid}/stat")
    return found[1] if found else 0.0


class Meter:
    """`Meter(groups)` where groups maps a label to a callable returning CPU seconds so far;
    `.start()`, then `.stop()` gives label -> seconds spent in between."""

    def __init__(self, groups):
        self.groups = groups
        self.before = {}

    def start(self):
        self.before = {label: read() for label, read in self.groups.items()}
        return self

    def stop(self):
        return {label: read() - self.before[label] for label, read in self.groups.items()}
