"""Delivery of audit records when the database can't take them: none is lost silently.

A record the database refuses is appended (fsync'd) to this process's spool file (`spool.Spool`)
and kept in memory; a background thread retries every AUDIT_RETRY_SECONDS and, once the rows are
in, empties the spool. A spool a crashed process left is found unlocked and delivered by another
process (or the next start). Re-delivered check and override records are skipped when their check
id is already stored, so a crash between insert and clean-up makes no duplicates. A batch the
database refuses for what it holds (not for being down) is written one record at a time, so one
bad record can't hold up the others; a record refused even alone is kept in a reduced form (ids,
decision, rules, counts) or, failing that, counted as `rejected`.

`record(session, write, *args)` is the hook for callers: it runs a writer function (e.g.
`writer.record_check`) and returns False only if the record could be neither written nor spooled.
"""
import hashlib
import logging
import os
import threading
import time
import weakref

from sqlalchemy import inspect as sa_inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, SQLAlchemyError, StatementError

from ..observability.metrics import AUDIT_PENDING, AUDIT_RECORDS
from .models import AuditRecord
from .spool import Spool

log = logging.getLogger(__name__)
_QUEUES = weakref.WeakKeyDictionary()  # engine -> AuditQueue
_COLUMNS = tuple(c.key for c in sa_inspect(AuditRecord).mapper.column_attrs if c.key != "id")
# what a failed write can raise: the database's errors, and a driver that can't encode a value
WRITE_ERRORS = (SQLAlchemyError, ValueError)
_REDUCED = ("kind", "check_id", "created_at", "decision", "rules", "counts", "elapsed_ms")


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


class AuditQueue:
    def __init__(self, sessions, spool_dir, retry_seconds=2.0):
        self._sessions, self._dir, self._retry = sessions, spool_dir, retry_seconds
        self._pending, self._lock, self._flushing = [], threading.Lock(), threading.Lock()
        self._pid, self._spool, self._thread, self._checked_pid = None, None, None, None

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
            except WRITE_ERRORS as exc:
                _rollback(session)
                log.warning("audit write failed (%s); queued", type(exc).__name__)
        return self.enqueue(rows)

    def enqueue(self, rows):
        with self._lock:
            self._own_process()
            durable = self._spool.append(rows)
            self._pending.extend(rows)
            self._retry_in_background()
        AUDIT_RECORDS.labels("queued" if durable else "unspooled").inc(len(rows))
        AUDIT_PENDING.inc(len(rows))
        return durable

    def flush(self):
        """Deliver what is waiting, own and orphaned; the number of records written."""
        with self._flushing:
            for rows in self._own_spool().take_orphans():
                if rows:
                    self.enqueue(rows)
            with self._lock:
                rows = list(self._pending)
            if not rows:
                return 0
            rejected = 0
            try:
                with self._sessions() as session:
                    _insert(session, _not_yet_written(session, rows))
            except WRITE_ERRORS as exc:
                rejected = self._insert_each(rows) if refused(exc) else None
                if rejected is None:
                    return 0
            with self._lock:
                del self._pending[:len(rows)]
                self._spool.replace(self._pending)
        AUDIT_PENDING.dec(len(rows))
        AUDIT_RECORDS.labels("flushed").inc(len(rows) - rejected)
        log.info("delivered %d queued audit records", len(rows) - rejected)
        return len(rows) - rejected

    def _insert_each(self, rows):
        """One record at a time, after the database refused the batch for its content: the number
        refused even reduced, or None if the database stopped answering (try again later)."""
        rejected = 0
        for row in rows:
            for attempt in (row, _reduced(row)):
                try:
                    with self._sessions() as session:
                        _insert(session, _not_yet_written(session, [attempt]))
                    break
                except WRITE_ERRORS as exc:
                    if not refused(exc):
                        return None
                    log.error("audit record refused (%s)%s", type(exc).__name__,
                              "; kept in reduced form" if attempt is row else "; dropped")
            else:
                rejected += 1
                AUDIT_RECORDS.labels("rejected").inc()
        return rejected

    def ensure_started(self):
        """Once per process (a worker's first request): deliver spools that dead processes left."""
        if self._checked_pid == os.getpid():
            return
        self._checked_pid = os.getpid()
        if self._own_spool().others():
            with self._lock:
                self._retry_in_background()

    def _own_spool(self):
        with self._lock:
            self._own_process()
            return self._spool

    def _own_process(self):
        """After a fork nothing here is the new process's: start from empty (caller holds lock)."""
        if self._pid != os.getpid():
            self._pid, self._pending, self._thread = os.getpid(), [], None
            self._spool = Spool(self._dir)

    def _retry_in_background(self):
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(target=self._run, name="audit-queue", daemon=True)
            self._thread.start()

    def _run(self):
        """Retry until nothing is waiting, then end (the next enqueue starts another)."""
        while True:
            time.sleep(self._retry)
            try:
                self.flush()
            except Exception as exc:  # noqa: BLE001 — keep retrying whatever one attempt met
                # the type only: the text of a database error quotes the row's values
                log.error("audit queue flush failed (%s)", type(exc).__name__)
            with self._lock:
                if not self._pending:
                    self._thread = None
                    return


def _not_yet_written(session, rows):
    ids = {r["check_id"] for r in rows if r.get("check_id")}
    if not ids:
        return rows
    present = set(session.execute(select(AuditRecord.kind, AuditRecord.check_id).where(
        AuditRecord.check_id.in_(ids))).all())
    return [r for r in rows if not r.get("check_id") or (r["kind"], r["check_id"]) not in present]


def refused(exc):
    """The database (or its driver) refused a value in the rows, as opposed to being down,
    unreachable or not migrated yet — those are retried as they are."""
    return (isinstance(exc, (DataError, IntegrityError, ValueError))
            or (isinstance(exc, StatementError) and not isinstance(exc, DBAPIError)))


def _reduced(row):
    """What is kept of a record the database refused: which check, when, what was decided."""
    out = {k: row[k] for k in _REDUCED if k in row}
    out["details"] = {"reduced": True}
    return out


def _rollback(session):
    try:
        session.rollback()
    except SQLAlchemyError:
        pass


def init_app(app):
    from .. import db

    base = app.config["AUDIT_SPOOL_DIR"] or os.path.join(app.instance_path, "audit-spool")
    # one folder per database: a spool is only ever delivered to the database it was meant for
    url = make_url(app.config["DATABASE_URL"]).render_as_string(hide_password=True)
    directory = os.path.join(base, hashlib.sha256(url.encode()).hexdigest()[:12])
    sessions = db.sessions(app)
    queue = AuditQueue(sessions, directory, app.config["AUDIT_RETRY_SECONDS"])
    _QUEUES[sessions.kw["bind"]] = queue
    app.extensions["needtoknow.audit_queue"] = queue
    app.before_request(queue.ensure_started)
    return queue
