"""The audit spool survives a process killed mid-append, never blocks delivery, and is bounded
(issue 11, findings 1 and 8; issue 9: records written off the request thread, never lost)."""
import json
import logging
import os
import signal
import subprocess
import sys
import textwrap
import time
from datetime import datetime, timezone

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.orm import sessionmaker

from needtoknow import db
from needtoknow.audit.models import AuditRecord
from needtoknow.audit.queue import AuditQueue
from prometheus_client import REGISTRY

SHORT = {"sender": "office@agency.example", "to": ["someone@elsewhere.example"],
         "subject": "Tuesday", "body": "Could you cover the 9am call on Tuesday?"}
SECRET = "Kowalski 01632 960123"


def row(check_id, padding=0):
    return {"kind": "check", "check_id": check_id, "created_at": datetime.now(timezone.utc),
            "actor": "office@agency.example", "decision": "warn", "rules": ["unknown-recipient"],
            "details": {"pad": "x" * padding, "note": SECRET}}


def stored_ids(sessions):
    with sessions() as session:
        return set(session.scalars(select(AuditRecord.check_id)))


def corrupt_count():
    return REGISTRY.get_sample_value("needtoknow_audit_spool_corrupt_total") or 0


def dead_spool(folder, rows):
    """A spool written by a process that has since exited (its lock went with it)."""
    code = textwrap.dedent(f"""
        import pickle, sys
        from needtoknow.audit.spool import Spool
        Spool({str(folder)!r}).append(pickle.loads(sys.stdin.buffer.read()))
    """)
    import pickle
    subprocess.run([sys.executable, "-c", code], input=pickle.dumps(rows), check=True)
    (path,) = [os.path.join(folder, n) for n in os.listdir(folder)]
    return path


def test_a_torn_and_a_corrupt_record_are_set_aside_and_the_rest_delivered(app, tmp_path, caplog):
    folder = tmp_path / "spool"
    path = dead_spool(folder, [row("t1"), row("t2"), row("t3"), row("t4")])
    with open(path, "rb") as f:
        lines = f.read().splitlines(keepends=True)
    lines[1] = lines[1].replace(b"t2", b"t9")  # a bit flipped on disk: t2 is no longer what it was
    with open(path, "wb") as f:
        f.write(b"".join(lines)[:-20])  # and the process died while appending t4
    before = corrupt_count()
    caplog.set_level(logging.INFO)
    queue = AuditQueue(db.sessions(app), str(folder), retry_seconds=60)
    assert queue.flush() == 2
    assert stored_ids(db.sessions(app)) == {"t1", "t3"}
    assert corrupt_count() - before == 2
    aside = os.listdir(folder / "corrupt")
    assert len(aside) == 1 and (folder / "corrupt" / aside[0]).read_bytes().count(b"\n") == 1
    # the dead process's file is gone; this process's own is kept open, cut to nothing
    assert [(folder / n).stat().st_size for n in os.listdir(folder) if n != "corrupt"] in ([], [0])
    assert "moved aside" in caplog.text and "Kowalski" not in caplog.text and "t9" not in caplog.text


def test_a_torn_spool_never_keeps_a_healthy_database_unused(make_app, tmp_path):
    spool = tmp_path / "spool"
    app = make_app(AUDIT_SPOOL_DIR=str(spool), AUDIT_RETRY_SECONDS=0.2)
    folder = app.extensions["needtoknow.audit_queue"]._dir
    path = dead_spool(folder, [row("old1"), row("old2")])
    with open(path, "ab") as f:
        f.write(b'NTK1 0000abcd {"kind":"check","check_id":"cut')  # torn by the OOM killer
    client = app.test_client()
    answers = [client.post("/api/v1/check", json=SHORT).get_json() for _ in range(20)]
    wanted = {a["check_id"] for a in answers} | {"old1", "old2"}
    deadline = time.monotonic() + 10
    while not wanted <= stored_ids(db.sessions(app)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert wanted <= stored_ids(db.sessions(app)), "records were left unwritten"


WORKER = textwrap.dedent("""
    import sys, uuid
    from datetime import datetime, timezone
    from needtoknow import create_app
    app = create_app({"TESTING": True, "SECRET_KEY": "k", "DATABASE_URL": sys.argv[1],
                      "AUDIT_SPOOL_DIR": sys.argv[2], "AUDIT_BATCH_SIZE": 5})
    queue = app.extensions["needtoknow.audit_queue"]
    queue._dir = sys.argv[3]
    while True:
        check_id = uuid.uuid4().hex
        queue.enqueue([{"kind": "check", "check_id": check_id, "decision": "warn",
                        "created_at": datetime.now(timezone.utc), "actor": "office@agency.example",
                        "recipients": [{"email": f"r{i}@else.example", "field": "to",
                                        "role": "unknown"} for i in range(3000)]}])
        print(check_id, flush=True)  # the caller was told: audited
""")


@pytest.mark.parametrize("database", ["healthy", "down"])
def test_a_worker_killed_mid_batch_loses_no_acknowledged_record(make_app, tmp_path, database):
    """A real process spools ~150 KiB records while its writer thread writes batches; SIGKILL
    lands wherever it lands. After a restart every record it acknowledged is in the database."""
    app = make_app(AUDIT_SPOOL_DIR=str(tmp_path / "spool"))
    queue = app.extensions["needtoknow.audit_queue"]
    url = app.config["DATABASE_URL"] if database == "healthy" else "sqlite:///" + str(tmp_path / "none.sqlite")
    worker = subprocess.Popen([sys.executable, "-c", WORKER, url, str(tmp_path / "spool"), queue._dir],
                              stdout=subprocess.PIPE, text=True)
    acknowledged = []
    for line in worker.stdout:
        acknowledged.append(line.strip())
        if len(acknowledged) >= 40:
            break
    time.sleep(0.013 * (len(acknowledged) % 7))  # somewhere inside the next append or batch
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=30)
    acknowledged += [line.strip() for line in worker.stdout if line.endswith("\n")]
    queue.flush()  # the restarted process delivers the dead one's spool
    missing = set(acknowledged) - stored_ids(db.sessions(app))
    assert not missing, f"{len(missing)} of {len(acknowledged)} acknowledged records lost"
    assert queue.pending == 0


def test_a_full_spool_answers_block_with_a_clear_reason(make_app, tmp_path):
    app = make_app(AUDIT_SPOOL_DIR=str(tmp_path / "spool"), AUDIT_SPOOL_MAX_BYTES=8 * 1024,
                   FAIL_MODE="warn")
    queue = app.extensions["needtoknow.audit_queue"]
    queue._sessions = sessionmaker(bind=create_engine("sqlite:///" + str(tmp_path / "none.sqlite")))
    queue._retry = 60  # the database stays down for the whole test
    client = app.test_client()
    answers = [client.post("/api/v1/check", json=SHORT).get_json() for _ in range(40)]
    full = [a for a in answers if [r["rule"] for r in a["reasons"]] == ["check-unavailable"]]
    assert full, "the spool was never full"
    assert all(a["decision"] == "block" and "audit log" in a["message"] for a in full)
    assert all(a.get("audited") is False for a in full)
    assert queue._own_spool().usage() <= 8 * 1024
    kept = len(answers) - len(full)
    assert kept >= 1 and queue.pending == kept  # every answer given normally is still kept


def test_a_spool_folder_removed_by_another_process_is_made_again(tmp_path, monkeypatch):
    """Another process's `_remove_if_empty` may take the empty folder away between this one making
    it and creating its file in it (seen with several gateway milter processes on one spool)."""
    from needtoknow.audit import spool

    folder, real_open, raced = tmp_path / "spool", os.open, []

    def racing_open(path, *args, **kwargs):
        if not raced:
            raced.append(path)
            os.rmdir(folder)
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(spool.os, "open", racing_open)
    fd, path = spool._open_locked(str(folder))
    monkeypatch.undo()
    os.close(fd)
    assert raced and os.path.exists(path)
