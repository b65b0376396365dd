"""The milter's process model: MILTER_PROCESSES children share one socket under a supervisor that
replaces a child that dies, stops them all on SIGTERM and gives up on children that cannot start;
each child warms the engine before it takes mail."""
import os
import signal
import subprocess
import sys
import time

import miltertest as mt
import pytest

from gateway_helpers import converse, mail
from world import ORG

SENDER = f"office@{ORG}"


def children(pid):
    """The supervisor's milter children (forked copies: same command line), not their helpers."""
    def cmdline(p):
        try:
            with open(f"/proc/{p}/cmdline", "rb") as f:
                return f.read()
        except OSError:
            return None
    out = []
    for name in os.listdir("/proc"):
        if not name.isdigit():
            continue
        try:
            with open(f"/proc/{name}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        if int(stat[stat.rindex(")") + 2:].split()[1]) == pid and cmdline(int(name)) == cmdline(pid):
            out.append(int(name))
    return sorted(out)


def wait_for(predicate, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def allowed(world, port):
    carer = next(p for p in world.of_kind("care_worker") if p["email"].endswith(ORG))
    _m, raw = mail(SENDER, [carer["email"]], "Team meeting moved to 10:30 on Friday.")
    return converse(port, SENDER, [carer["email"]], raw)[-1][0] == mt.SMFIR_ACCEPT


def test_children_share_the_socket_and_a_dead_one_is_replaced(gateway_app, start_milter):
    _app, world = gateway_app
    milter = start_milter(MILTER_PROCESSES=3)
    assert wait_for(lambda: len(children(milter.proc.pid)) == 3)
    first = children(milter.proc.pid)
    assert all(allowed(world, milter.port) for _ in range(6))  # whichever child takes each one
    os.kill(first[0], signal.SIGKILL)
    assert wait_for(lambda: len(children(milter.proc.pid)) == 3 and first[0] not in children(milter.proc.pid))
    assert allowed(world, milter.port)
    # the supervisor's line reaches the log file on its own time: wait for it, as for the child
    assert wait_for(lambda: "gateway milter process ended (signal 9); starting another" in milter.text())


def test_sigterm_stops_every_child_and_the_supervisor(gateway_app, start_milter):
    milter = start_milter(MILTER_PROCESSES=2)
    assert wait_for(lambda: len(children(milter.proc.pid)) == 2)
    kids = children(milter.proc.pid)
    milter.proc.send_signal(signal.SIGTERM)
    assert milter.proc.wait(20) == 0
    assert not [pid for pid in kids if os.path.exists(f"/proc/{pid}") and _alive(pid)]


def _alive(pid):
    with open(f"/proc/{pid}/stat") as f:
        return f.read().split(") ", 1)[1][0] != "Z"


def test_children_that_cannot_start_make_the_supervisor_give_up():
    code = ("import sys\nfrom needtoknow.gateway.processes import supervise\n"
            "def broken():\n    raise RuntimeError('no socket')\n"
            "sys.exit(supervise(2, broken))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert "giving up" in done.stderr and "(RuntimeError)" in done.stderr


@pytest.mark.parametrize("cached", ["default_registry", "skeleton_table"])
def test_warm_builds_the_engine_before_mail_is_taken(gateway_app, cached):
    """What a child would otherwise build on its first messages, several threads at once."""
    from needtoknow.inspect import unicode_clean
    from needtoknow.inspect.recognizers import default_registry
    from needtoknow.services import get_services

    app, _world = gateway_app
    built = {"default_registry": default_registry, "skeleton_table": unicode_clean._table}[cached]
    built.cache_clear()
    assert get_services(app).snapshots.prepare()
    get_services(app).warm_engine()
    assert built.cache_info().currsize == 1
