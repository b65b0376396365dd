"""Several milter processes on one listening socket (pre-fork), so messages are judged on every CPU.

A check is Python work (MIME, scanning, the decision) under one interpreter lock: one process
judges one message at a time however many libmilter threads it runs. Postfix names one milter
socket per service, so the socket is opened once, before forking, and each child runs libmilter's
accept loop on it; the kernel hands each connection to one child. The parent only supervises:

- a child that ends is replaced (the messages it had in hand get Postfix's
  `milter_default_action`: `tempfail` is retried by the sender); children that keep ending right
  after they start make the parent give up and exit non-zero, so the container is restarted;
- SIGTERM or SIGINT is passed on to every child and the parent exits once they have ended
  (SIGKILL after STOP_SECONDS). A message in hand then gets the default action too: libmilter
  itself only stops accepting, it does not wait for its sessions;
- each child asks the kernel for SIGTERM if the parent dies (PR_SET_PDEATHSIG), so no child keeps
  serving the socket unsupervised.

The parent starts no thread, helper process or database connection: each child makes its own
(`child_main`), so nothing is shared across the fork but memory (copy-on-write).
"""
import atexit
import ctypes
import logging
import os
import signal
import time

log = logging.getLogger(__name__)
PR_SET_PDEATHSIG = 1
QUICK_SECONDS = 5.0  # a child ending sooner than this after its start counts as failing to start
QUICK_LIMIT = 3  # ...and this many such in a row end the parent
STOP_SECONDS = 10  # children still there this long after SIGTERM are killed


def supervise(processes, child_main):
    """Fork `processes` children running `child_main()` and keep them running; the exit code."""
    parent, children, state = os.getpid(), {}, {"stopping": False, "quick": 0}

    def stop(signum, _frame):
        state["stopping"] = True
        _send(children, signum)
        signal.alarm(STOP_SECONDS)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGALRM, lambda _s, _f: _send(children, signal.SIGKILL))
    for _ in range(max(1, processes)):
        _spawn(children, child_main, parent)
    while children:
        try:
            pid, status = os.wait()
        except ChildProcessError:
            break
        started = children.pop(pid, None)
        if started is None or state["stopping"]:
            continue
        state["quick"] = state["quick"] + 1 if time.monotonic() - started < QUICK_SECONDS else 0
        giving_up = state["quick"] >= QUICK_LIMIT
        log.error("gateway milter process ended (%s); %s", _how(status),
                  "giving up" if giving_up else "starting another")
        if giving_up:
            stop(signal.SIGTERM, None)
        else:
            _spawn(children, child_main, parent)
    return 1 if state["quick"] >= QUICK_LIMIT else 0


def _spawn(children, child_main, parent):
    pid = os.fork()
    if pid:
        children[pid] = time.monotonic()
        return
    code = 1
    try:
        for signum in (signal.SIGTERM, signal.SIGINT, signal.SIGALRM):
            signal.signal(signum, signal.SIG_DFL)
        if _die_with(parent):
            child_main()
        code = 0
    except BaseException as exc:  # noqa: BLE001 — the type only: a message's values never reach the log
        log.error("gateway milter process failed (%s)", type(exc).__name__)
    finally:
        try:
            atexit._run_exitfuncs()  # this process's own: its extraction helpers stop, logs flush
        finally:
            os._exit(code)  # never back into the parent's stack


def _die_with(parent):
    """SIGTERM to this child when the parent goes (Linux); False when it is already gone."""
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
    except (OSError, AttributeError):  # not Linux: the parent's SIGTERM still reaches children
        pass
    return os.getppid() == parent


def _send(children, signum):
    for pid in list(children):
        try:
            os.kill(pid, signum)
        except ProcessLookupError:
            pass


def _how(status):
    if os.WIFSIGNALED(status):
        return f"signal {os.WTERMSIG(status)}"
    return f"exit {os.waitstatus_to_exitcode(status)}"
