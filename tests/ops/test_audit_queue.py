"""The audit queue: records the database refuses are spooled, retried and delivered once."""
import os
from datetime import datetime, timezone

import pytest
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import sessionmaker

from needtoknow import db
from needtoknow.audit import queue as audit_queue, writer
from needtoknow.audit.models import AuditRecord
from needtoknow.audit.queue import AuditQueue
from needtoknow.audit.spool import Spool


def row(check_id, kind="check"):
    return {"kind": kind, "check_id": check_id, "created_at": datetime.now(timezone.utc),
            "actor": "office@agency.example", "decision": "warn", "rules": ["check-unavailable"]}


def files(folder):
    """Spool files still holding something (a live queue keeps its own file open, cut to nothing)."""
    if not os.path.isdir(folder):
        return []
    return [n for n in os.listdir(folder) if os.path.getsize(os.path.join(folder, n))]


def count(sessions):
    with sessions() as session:
        return session.scalar(select(func.count()).select_from(AuditRecord))


@pytest.fixture
def sessions(app):
    return db.sessions(app)


@pytest.fixture
def broken_sessions(tmp_path):
    """A database that refuses every write (no tables)."""
    return sessionmaker(bind=create_engine("sqlite:///" + str(tmp_path / "empty.sqlite")))


def test_a_refused_write_is_spooled_and_delivered_later(sessions, broken_sessions, tmp_path):
    queue = AuditQueue(broken_sessions, str(tmp_path / "spool"), retry_seconds=60, background=False)
    assert queue.submit([row("a1"), row("a2")]) is True  # spooled
    assert queue.flush() == 0  # refused: the database has no table
    assert queue.pending == 2 and count(sessions) == 0
    assert len(os.listdir(tmp_path / "spool")) == 1
    queue._sessions = sessions  # the database is back
    assert queue.flush() == 2
    assert queue.pending == 0 and count(sessions) == 2
    assert files(tmp_path / "spool") == []  # nothing left behind


def test_while_records_wait_new_ones_queue_behind_them(sessions, broken_sessions, tmp_path):
    queue = AuditQueue(broken_sessions, str(tmp_path / "spool"), retry_seconds=60, background=False)
    queue.submit([row("b1")])
    queue.flush()
    queue.submit([row("b2")])
    queue._sessions = sessions
    assert queue.pending == 2
    queue.flush()
    with sessions() as session:
        assert [r.check_id for r in session.scalars(select(AuditRecord).order_by(AuditRecord.id))] \
            == ["b1", "b2"]


def test_a_dead_processs_spool_is_delivered_once(sessions, tmp_path):
    folder = str(tmp_path / "spool")
    dead = Spool(folder)
    dead.append([row("c1"), row("c2")])
    os.close(dead._fd)  # the process died: its lock went with it
    with sessions() as session:  # c1 made it in before the crash
        session.add(AuditRecord(**row("c1")))
        session.commit()
    queue = AuditQueue(sessions, folder, retry_seconds=60, background=False)
    queue.flush()
    assert count(sessions) == 2 and files(folder) == []


def test_a_batch_committed_but_reported_failed_is_not_written_twice(sessions, tmp_path, monkeypatch):
    queue = AuditQueue(sessions, str(tmp_path / "spool"), retry_seconds=60, background=False)
    insert = audit_queue._insert

    def lost_acknowledgement(session, rows):  # the commit lands, the connection drops after it
        insert(session, rows)
        raise audit_queue.DBAPIError("COMMIT", {}, OSError("connection reset"))

    monkeypatch.setattr(audit_queue, "_insert", lost_acknowledgement)
    queue.enqueue([row("g1"), row("g2")])
    assert queue.flush() == 0 and queue.pending == 2 and count(sessions) == 2
    monkeypatch.undo()
    queue.enqueue([row("g3")])
    assert queue.flush() == 3 and queue.pending == 0
    assert count(sessions) == 3


def test_fresh_rows_are_inserted_without_looking_for_them_first(sessions, tmp_path, monkeypatch):
    queue = AuditQueue(sessions, str(tmp_path / "spool"), retry_seconds=60, background=False)
    looked = []
    monkeypatch.setattr(audit_queue, "_not_yet_written", lambda session, rows: looked.append(rows) or rows)
    queue.enqueue([row("h1")])
    queue.flush()
    assert looked == [] and count(sessions) == 1


def test_a_live_processs_spool_is_left_alone(sessions, tmp_path):
    folder = str(tmp_path / "spool")
    live = Spool(folder)
    live.append([row("d1")])
    AuditQueue(sessions, folder, retry_seconds=60, background=False).flush()
    assert count(sessions) == 0 and len(os.listdir(folder)) == 1


def test_the_background_thread_retries_until_delivered(sessions, tmp_path):
    queue = AuditQueue(sessions, str(tmp_path / "spool"), retry_seconds=0.05)
    queue.enqueue([row("e1")])
    for _ in range(200):
        if queue.pending == 0:
            break
        __import__("time").sleep(0.05)
    assert count(sessions) == 1


def test_record_runs_the_writer_and_queues_its_rows(app, monkeypatch):
    queue = app.extensions["needtoknow.audit_queue"]
    check = type("Check", (), {"check_id": "f1", "actor": "x@agency.example", "decision": "warn",
                               "rules": ["unknown-recipient"], "recipients": [], "counts": {},
                               "attachments": []})()
    with db.sessions(app)() as session:
        assert audit_queue.record(session, writer.record_override, check, "sent on purpose")
    for _ in range(200):
        if queue.pending == 0 and count(db.sessions(app)) == 1:
            break
        __import__("time").sleep(0.02)
    with db.sessions(app)() as session:
        stored = session.scalars(select(AuditRecord)).one()
    assert stored.kind == "override" and stored.justification == "sent on purpose"
    assert stored.details == {}  # the model's default, not a NULL


def test_two_gateway_records_on_one_stamp_are_both_kept(sessions, tmp_path):
    """A message retried after a 451 carries the add-in check's stamp again: the gateway's second
    record names the same check id but is another record (its own gateway check id)."""
    folder = str(tmp_path / "spool")
    queue = AuditQueue(sessions, folder, retry_seconds=60, background=False)
    for own in ("g1", "g2"):
        record = dict(row("addin-check", kind="gateway"), details={"gateway_check_id": own})
        queue.submit([record])
        queue.flush()
    dead = Spool(folder)  # a process that wrote g2 and died before cutting its spool
    dead.append([dict(row("addin-check", kind="gateway"), details={"gateway_check_id": "g2"})])
    os.close(dead._fd)
    queue.flush()  # re-delivered: skipped
    with sessions() as session:
        kept = session.scalars(select(AuditRecord.details).where(AuditRecord.kind == "gateway")).all()
    assert sorted(d["gateway_check_id"] for d in kept) == ["g1", "g2"]
