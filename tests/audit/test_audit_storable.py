"""Audit records are always storable, never stall the queue, and log no values: NUL and unpaired
surrogates replaced, bounded columns cut, free-form client details kept out, a refused record
written alone (or reduced) so the rest go through, and failures logged by type only."""
import logging
import time
from datetime import datetime, timezone

import pytest
from sqlalchemy import select
from sqlalchemy.exc import DataError, OperationalError

from needtoknow import db
from needtoknow.audit import queue as audit_queue, writer
from needtoknow.audit.models import REPLACEMENT, AuditRecord, storable
from needtoknow.audit.queue import AuditQueue

SECRET = "Joan Smith 01474 123456"


def row(check_id, **over):
    return {"kind": "check", "check_id": check_id, "created_at": datetime.now(timezone.utc),
            "actor": "office@agency.example", "decision": "warn", "rules": ["unknown-recipient"],
            "counts": {"phone": 1}, **over}


def stored(app):
    with db.sessions(app)() as session:
        return session.scalars(select(AuditRecord).order_by(AuditRecord.id)).all()


@pytest.mark.parametrize("value, expected", [
    ("plain", "plain"),
    ("a\x00b", f"a{REPLACEMENT}b"),
    ("a\ud800b\udfffc", f"a{REPLACEMENT}b{REPLACEMENT}c"),
    ("emoji \U0001F600 stays", "emoji \U0001F600 stays"),
    (["x\x00", {"k\x00": ["\ud83d"]}], [f"x{REPLACEMENT}", {f"k{REPLACEMENT}": [REPLACEMENT]}]),
    (12, 12), (None, None), (True, True),
])
def test_storable(value, expected):
    assert storable(value) == expected


def test_unstorable_values_are_replaced_and_long_ones_cut(any_app):
    with db.sessions(any_app)() as session:
        session.add(AuditRecord(**row("c\x00" + "1" * 40, actor="a\x00" + "b" * 400 + "@x.example",
                                      recipients=[{"email": "r\ud800@x.example"}],
                                      attachments=[{"name": "n\x00.pdf", "size": 3}],
                                      justification="ok\x00", decision="warn-ish-long")))
        session.commit()
    (record,) = stored(any_app)
    assert len(record.check_id) == 36 and len(record.actor) == 320 and "\x00" not in record.actor
    assert record.recipients == [{"email": f"r{REPLACEMENT}@x.example"}]
    assert record.attachments[0]["name"] == f"n{REPLACEMENT}.pdf"
    assert record.justification == f"ok{REPLACEMENT}" and record.decision == "warn-ish-l"


@pytest.mark.parametrize("client, expected", [
    ({"host": "outlook", "version": "1.2.3"}, {"host": "outlook", "version": "1.2.3"}),
    ({"host": "Joan Smith", "version": "01474 123456"}, {"host": "(not shown)", "version": "(not shown)"}),
    ({"host": "gmail", "content_checked": True, "user": "ann@agency.example"},
     {"host": "gmail", "content_checked": True, "user": "ann@agency.example"}),
    ({"user": "Joan Smith"}, {"user": "(not shown)"}),
    ({"note": "Joan Smith", "host": ""}, {}),
    (None, {}),
])
def test_client_details_are_kept_only_in_an_add_ins_shape(client, expected):
    assert writer.client_info(client) == expected


@pytest.mark.parametrize("value, kept", [("d-1", True), ("AAMkADk0=", True), ("Joan Smith", False),
                                         ("x" * 201, False), (None, False), (5, False)])
def test_draft_ids_are_kept_only_when_they_look_like_ids(value, kept):
    assert writer.draft_id(value) == (value if kept else None)


@pytest.mark.parametrize("check_id", ["", "a\x00b", "a" * 37, "ab cd", None, 42])
def test_find_check_does_not_query_impossible_ids(check_id):
    class NoQueries:
        def scalars(self, *args):
            raise AssertionError("queried")

    assert writer.find_check(NoQueries(), check_id) is None


@pytest.fixture
def picky_insert(monkeypatch):
    """The database refuses (DataError, quoting the row like a real one) any batch holding a
    record whose check id starts with `bad`, and the reduced form of `worse` too."""
    real = audit_queue._insert

    def insert(session, rows):
        for r in rows:
            if r["check_id"].startswith("bad") and not (r.get("details") or {}).get("reduced") \
                    or r["check_id"].startswith("worse"):
                raise DataError("INSERT INTO audit_records", {"actor": SECRET}, Exception(SECRET))
        real(session, rows)

    monkeypatch.setattr(audit_queue, "_insert", insert)


def test_a_refused_record_does_not_hold_up_the_others(app, tmp_path, picky_insert, caplog):
    queue = AuditQueue(db.sessions(app), str(tmp_path / "spool"), retry_seconds=60,
                       background=False)
    with db.sessions(app)() as session:
        assert queue.submit([row("bad1")], session) is True  # refused: queued
        queue.submit([row("ok1")], session)  # queued behind it, as order is kept
    queue.enqueue([row("worse1"), row("ok2")])
    assert queue.pending == 4
    assert queue.flush() == 3 and queue.pending == 0
    records = {r.check_id: r for r in stored(app)}
    assert set(records) == {"bad1", "ok1", "ok2"}  # `worse1` could not be kept at all
    assert records["bad1"].details == {"reduced": True} and records["bad1"].decision == "warn"
    assert records["bad1"].actor is None and records["ok1"].actor == "office@agency.example"
    assert "DataError" in caplog.text and SECRET not in caplog.text


def test_a_database_that_is_down_is_retried_not_reduced(app, tmp_path, monkeypatch):
    queue = AuditQueue(db.sessions(app), str(tmp_path / "spool"), retry_seconds=60,
                       background=False)
    queue.enqueue([row("r1")])

    def down(session, rows):
        raise OperationalError("INSERT", {}, Exception("connection refused"))

    monkeypatch.setattr(audit_queue, "_insert", down)
    assert queue.flush() == 0 and queue.pending == 1
    monkeypatch.undo()
    assert queue.flush() == 1 and stored(app)[0].details == {}


def test_a_failed_retry_is_logged_by_type_only(app, tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.INFO)
    queue = AuditQueue(db.sessions(app), str(tmp_path / "spool"), retry_seconds=0.01)
    calls, insert = [], audit_queue._insert

    def flaky(session, rows):
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError(f"could not write {SECRET}")
        return insert(session, rows)

    monkeypatch.setattr(audit_queue, "_insert", flaky)
    queue.enqueue([row("f1")])
    deadline = time.monotonic() + 10
    while queue.pending and time.monotonic() < deadline:
        time.sleep(0.02)
    assert queue.pending == 0 and [r.check_id for r in stored(app)] == ["f1"]
    assert "audit queue flush failed (RuntimeError)" in caplog.text
    assert SECRET not in caplog.text and "Traceback" not in caplog.text
