"""libmilter (Debian's, built with its worker pool) runs a connection's callbacks on whichever of its
threads is free, and pymilter gives each connection one Python thread state: so a libmilter thread
often runs Python under a thread state that is not the one Python recorded for that thread (or
one already deleted). C code that takes the interpreter lock by that record (PyGILState_Ensure:
SQLite closing a connection with a registered function, Cython's `with gil`, numpy) then crashed
the milter process: 8 senders through Postfix lost a process now and then. Checks must run on
threads Python started, where the record is right."""
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import miltertest as mt

from gateway_helpers import MilterProcess, converse, mail, milter_env
from world import ORG

SENDER = f"office@{ORG}"
NATIVE_CALLER = [sys.executable, str(Path(__file__).with_name("native_caller_milter.py"))]
MESSAGES, SENDERS = 120, 12


def test_concurrent_checks_calling_native_code_never_crash_a_milter_process(gateway_app, tmp_path):
    app, world = gateway_app
    carer = next(p for p in world.of_kind("care_worker") if p["email"].endswith(ORG))["email"]
    _m, raw = mail(SENDER, [carer], "Team meeting moved to 10:30 on Friday.")
    milter = MilterProcess(milter_env(tmp_path, app.config["DATABASE_URL"], MILTER_PROCESSES=1),
                           tmp_path / "milter.log", command=NATIVE_CALLER).start()
    failures, lock = [], threading.Lock()

    def one(_i):
        try:
            answer = converse(milter.port, SENDER, [carer], raw)[-1][0]
        except Exception as exc:  # noqa: BLE001 — a crashed process drops the connection
            answer = type(exc).__name__
        if answer != mt.SMFIR_ACCEPT:
            with lock:
                failures.append(answer)
    try:
        with ThreadPoolExecutor(SENDERS) as pool:
            list(pool.map(one, range(MESSAGES)))
        log = milter.text()
    finally:
        milter.stop()
    assert "gateway milter process ended" not in log, log[-3000:]
    assert failures == []
