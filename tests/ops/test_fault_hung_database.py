"""A frozen PostgreSQL (SIGSTOP on every server process) and a locked audit table: checks answer
within Outlook's budget — the fail mode when the database can't be asked, the real answer when only
the audit table is stuck — and every audit record arrives once the database is back (issue 11,
finding 2). Timings are printed (`pytest -s`) for the report."""
import os
import signal
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy import select

from needtoknow import db
from needtoknow.audit.models import AuditRecord
from needtoknow.demo.load import load_demo

from conftest import KEY_SAFE

pytestmark = pytest.mark.postgres
BUDGET = 3.0  # seconds: the fail-mode answer must come well inside Outlook's 5


def server_pids(pg):
    """The postmaster and every process it started."""
    main = int((Path(pg.data) / "postmaster.pid").read_text().split()[0])
    pids = [main]
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == main:
                pids.append(int(entry))
    return pids


def timed_checks(client, count, threads=2):
    """`count` checks per thread, each thread waiting for its answer: [(seconds, status, body)]."""
    answers = []

    def run():
        for _ in range(count):
            started = time.monotonic()
            response = client.post("/api/v1/check", json=KEY_SAFE)
            answers.append((time.monotonic() - started, response.status_code,
                            response.get_json(silent=True)))

    workers = [threading.Thread(target=run, daemon=True) for _ in range(threads)]
    for w in workers:
        w.start()
    return workers, answers


def stored(app):
    with db.sessions(app)() as session:
        return set(session.scalars(select(AuditRecord.check_id)))


def wait_for(predicate, seconds=60):
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def test_a_frozen_database_answers_the_fail_mode_in_time(throwaway_postgres, make_app):
    pg = throwaway_postgres
    app = make_app(DATABASE_URL=pg.url, FAIL_MODE="warn", AUDIT_RETRY_SECONDS=0.3)
    load_demo(app)
    client = app.test_client()
    for _ in range(3):  # the pool holds live connections when the server freezes
        assert client.post("/api/v1/check", json=KEY_SAFE).get_json()["decision"] == "block"
    pids = server_pids(pg)
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)
    try:
        workers, answers = timed_checks(client, count=3)
        for w in workers:
            w.join(timeout=4 * BUDGET)
        frozen = list(answers)
    finally:
        for pid in pids:
            os.kill(pid, signal.SIGCONT)
    for w in workers:
        w.join(timeout=60)
    times = sorted(t for t, _, _ in frozen)
    print(f"\nfrozen database: {len(frozen)} answers, slowest {times[-1] if times else None:.2f} s, "
          f"all {[round(t, 2) for t in times]}")
    assert len(frozen) == 6, "checks were still waiting on the frozen database"
    assert all(status == 200 and body["decision"] == "warn" and
               [r["rule"] for r in body["reasons"]] == ["check-unavailable"]
               for _, status, body in frozen)
    assert times[-1] <= BUDGET
    wait_for(lambda: client.post("/api/v1/check", json=KEY_SAFE).get_json()["decision"] == "block")
    promised = {b["check_id"] for _, _, b in answers if b.get("audited")}
    assert len(promised) == 6
    wait_for(lambda: promised <= stored(app))


def test_a_locked_audit_table_does_not_hold_the_answer(throwaway_postgres, make_app):
    pg = throwaway_postgres
    app = make_app(DATABASE_URL=pg.url, AUDIT_RETRY_SECONDS=0.3)
    load_demo(app)
    client = app.test_client()
    assert client.post("/api/v1/check", json=KEY_SAFE).get_json()["decision"] == "block"
    locker = sqlalchemy.create_engine(pg.url)
    with locker.connect() as conn:
        transaction = conn.begin()
        conn.execute(sqlalchemy.text("LOCK TABLE audit_records IN ACCESS EXCLUSIVE MODE"))
        workers, answers = timed_checks(client, count=5)
        for w in workers:
            w.join(timeout=30)
        time.sleep(1.0)  # the writer thread meets the lock meanwhile
        locked = list(answers)
        transaction.rollback()
    locker.dispose()
    times = sorted(t for t, _, _ in locked)
    print(f"\nlocked audit table: {len(locked)} answers, slowest {times[-1]:.2f} s, "
          f"median {times[len(times) // 2]:.3f} s")
    assert len(locked) == 10
    assert all(status == 200 and body["decision"] == "block" for _, status, body in locked)
    assert times[-1] <= BUDGET
    ids = {b["check_id"] for _, _, b in locked}
    wait_for(lambda: ids <= stored(app))
