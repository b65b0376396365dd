"""Delivery of audit records when the database can't take them: none is lost silently.

A record the database refuses is appended (fsync'd) to this process's spool file and kept in
memory; a background thread retries every AUDIT_RETRY_SECONDS and, once the rows are in, empties
the spool. Each spool file is locked by its process, so after a crash another process (or the next
start) finds it unlocked and delivers it. Re-delivered check and override records are skipped when
their check id is already there, so a crash between insert and clean-up makes no duplicates.

`record(session, write, *args)` is the hook for callers: it runs a writer function (e.g.
`writer.record_check`) and returns False only if the record could be neither written nor spooled.
"""
import fcntl
import json
import logging
import os
import threading
import uuid
import weakref
from datetime import datetime

from sqlalchemy import inspect as sa_inspect, select
from sqlalchemy.exc import SQLAlchemyError

from ..observability.metrics import AUDIT_PENDING, AUDIT_RECORDS
from .models import AuditRecord

log = logging.getLogger(__name__)
_QUEUES = weakref.WeakKeyDictionary()  # engine -> AuditQueue
_COLUMNS = tuple(c.key for c in sa_inspect(AuditRecord).mapper.column_attrs if c.key != "id")


class _Capture:
    """Stands in for a session so a writer function's rows can be taken, not committed."""

    def __init__(self):
        self.rows = []

    def add(self, obj):
        # unset columns stay out, so the model's defaults apply when the row is inserted
        self.rows.append({k: getattr(obj, k) for k in _COLUMNS if getattr(obj, k) is not None})

    def commit(self):
        pass


def record(session, write, *args, **kwargs):
    capture = _Capture()
    write(capture, *args, **kwargs)
    queue = _QUEUES.get(session.get_bind())
    if queue is not None:
        return queue.submit(capture.rows, session)
    _insert(session, capture.rows)  # no queue set up (a script): errors reach the caller
    return True


def _insert(session, rows):
    session.add_all([AuditRecord(**row) for row in rows])
    session.commit()


def _encode(row):
    return json.dumps({k: v.isoformat() if isinstance(v, datetime) else v for k, v in row.items()})


def _decode(line):
    row = json.loads(line)
    row["created_at"] = datetime.fromisoformat(row["created_at"])
    return row


class AuditQueue:
    def __init__(self, sessions, spool_dir, retry_seconds=2.0):
        self._sessions, self._dir, self._retry = sessions, spool_dir, retry_seconds
        self._pending, self._lock, self._flushing = [], threading.Lock(), threading.Lock()
        self._wake, self._pid, self._spool = threading.Event(), None, None

    @property
    def pending(self):
        return len(self._pending)

    def submit(self, rows, session=None):
        """Write now if nothing is waiting (keeps order), else queue. False: neither worked."""
        if not self._pending and session is not None:
            try:
                _insert(session, rows)
                AUDIT_RECORDS.labels("written").inc(len(rows))
                return True
            except SQLAlchemyError as exc:
                _rollback(session)
                log.warning("audit write failed (%s); queued", type(exc).__name__)
        return self.enqueue(rows)

    def enqueue(self, rows):
        with self._lock:
            self._start()
            durable = self._append(rows)
            self._pending.extend(rows)
        AUDIT_RECORDS.labels("queued").inc(len(rows))
        AUDIT_PENDING.inc(len(rows))
        return durable

    def flush(self):
        """Deliver what is waiting, own and orphaned; the number of records written."""
        with self._flushing:
            self._adopt_orphans()
            with self._lock:
                rows = list(self._pending)
            if not rows:
                return 0
            try:
                with self._sessions() as session:
                    fresh = _not_yet_written(session, rows)
                    _insert(session, fresh)
            except SQLAlchemyError:
                return 0
            with self._lock:
                del self._pending[:len(rows)]
                self._rewrite_spool()
        AUDIT_PENDING.dec(len(rows))
        AUDIT_RECORDS.labels("flushed").inc(len(rows))
        log.info("delivered %d queued audit records", len(rows))
        return len(rows)

    def ensure_started(self):
        """In each worker, once: take over spool files that dead processes left."""
        if self._pid != os.getpid():
            with self._lock:
                self._start()
            self._wake.set()

    # -- spool files and the retry thread (callers hold self._lock) --

    def _start(self):
        if self._pid == os.getpid():
            return
        self._pid, self._pending = os.getpid(), []
        os.makedirs(self._dir, exist_ok=True)
        path = os.path.join(self._dir, f"audit-{os.getpid()}-{uuid.uuid4().hex[:8]}.jsonl")
        self._spool = open(path, "a+", encoding="utf-8")
        fcntl.flock(self._spool, fcntl.LOCK_EX | fcntl.LOCK_NB)
        threading.Thread(target=self._run, name="audit-queue", daemon=True).start()

    def _append(self, rows):
        try:
            self._spool.write("".join(_encode(r) + "\n" for r in rows))
            self._spool.flush()
            os.fsync(self._spool.fileno())
            return True
        except (OSError, ValueError) as exc:
            AUDIT_RECORDS.labels("unspooled").inc(len(rows))
            log.error("audit spool write failed (%s): records held in memory only", type(exc).__name__)
            return False

    def _rewrite_spool(self):
        try:
            self._spool.seek(0)
            self._spool.truncate()
            self._spool.write("".join(_encode(r) + "\n" for r in self._pending))
            self._spool.flush()
            os.fsync(self._spool.fileno())
        except (OSError, ValueError) as exc:
            log.error("audit spool rewrite failed (%s)", type(exc).__name__)

    def _adopt_orphans(self):
        for name in sorted(os.listdir(self._dir)) if os.path.isdir(self._dir) else ():
            path = os.path.join(self._dir, name)
            if not name.endswith(".jsonl") or (self._spool and path == self._spool.name):
                continue
            with open(path, "r+", encoding="utf-8") as f:
                try:
                    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    continue  # a live process owns it
                rows = [_decode(line) for line in f if line.strip()]
                if rows:
                    self.enqueue(rows)
                os.unlink(path)

    def _run(self):
        while True:
            self._wake.wait(self._retry)
            self._wake.clear()
            try:
                self.flush()
            except Exception:  # noqa: BLE001 — the retry thread must outlive any one failure
                log.exception("audit queue flush failed")


def _not_yet_written(session, rows):
    ids = {r["check_id"] for r in rows if r.get("check_id")}
    if not ids:
        return rows
    present = set(session.execute(select(AuditRecord.kind, AuditRecord.check_id).where(
        AuditRecord.check_id.in_(ids))).all())
    return [r for r in rows if not r.get("check_id") or (r["kind"], r["check_id"]) not in present]


def _rollback(session):
    try:
        session.rollback()
    except SQLAlchemyError:
        pass


def init_app(app):
    from .. import db

    directory = app.config["AUDIT_SPOOL_DIR"] or os.path.join(app.instance_path, "audit-spool")
    sessions = db.sessions(app)
    queue = AuditQueue(sessions, directory, app.config["AUDIT_RETRY_SECONDS"])
    _QUEUES[sessions.kw["bind"]] = queue
    app.extensions["needtoknow.audit_queue"] = queue
    app.before_request(queue.ensure_started)
    return queue
