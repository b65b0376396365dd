"""How audit records reach the database: off the request thread, in small batches, never lost.

A check's record is appended to this process's spool file (`spool.Spool`) on the request thread
(fsync'd there with AUDIT_SPOOL_SYNC=each; with `batch`, the default, by the writer thread before
each database write) and kept in memory; one writer thread per process writes what is waiting in batches of up
to AUDIT_BATCH_SIZE, each in one transaction through `writer.write_records`, and then drops them
from the spool. So a slow or locked audit table never holds an answer, and a process killed at any
moment leaves its records in the spool. While the database is down the thread retries every
AUDIT_RETRY_SECONDS. A spool a crashed process left is found unlocked and delivered by another
process (or the next start). Re-delivered check and override records are skipped when their check
id is already stored, so a crash between insert and clean-up makes no duplicates. A batch the
database refuses for what it holds (not for being down) is written one record at a time, so one
bad record can't hold up the others; a record refused even alone is kept in a reduced form (ids,
decision, rules, counts) or, failing that, counted as `rejected`.

The spool is bounded (AUDIT_SPOOL_MAX_BYTES): past it `record` raises AuditUnavailable and the
check answers the fail mode `block` (failmode.py) rather than dropping the record or filling the
disk.

`record(session, write, *args)` is the hook for callers: it runs a writer function (e.g.
`writer.record_check`) and queues its rows.
"""
import hashlib
import logging
import os
import threading
import weakref

from sqlalchemy import inspect as sa_inspect, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, SQLAlchemyError, StatementError

from ..observability.metrics import AUDIT_PENDING, AUDIT_RECORDS
from .. import deadline
from . import writer
from .models import AuditRecord
from .spool import Spool, SpoolFull

log = logging.getLogger(__name__)
_QUEUES = weakref.WeakKeyDictionary()  # engine -> AuditQueue
_COLUMNS = tuple(c.key for c in sa_inspect(AuditRecord).mapper.column_attrs if c.key != "id")
# what a failed write can raise: the database's errors, and a driver that can't encode a value
WRITE_ERRORS = (SQLAlchemyError, ValueError)
WRITER_SECONDS = 15.0  # the longest one database call of the writer thread may wait (deadline.py)
_REDUCED = ("kind", "check_id", "created_at", "decision", "rules", "counts", "elapsed_ms")


class _Capture:
    """Stands in for a session so a writer function's rows can be taken, not committed."""

    def __init__(self):
        self.rows = []

    def add(self, obj):
        # unset columns stay out, so the model's defaults apply when the row is inserted
        self.add_row({k: getattr(obj, k) for k in _COLUMNS})

    def add_row(self, row):
        self.rows.append({k: v for k, v in row.items() if v is not None})

    def commit(self):
        pass


class AuditUnavailable(Exception):
    """A record could be neither written nor kept: `reason` is `full` (the spool reached
    AUDIT_SPOOL_MAX_BYTES) or `disk` (the spool could not be written)."""

    def __init__(self, reason):
        super().__init__(f"audit record not kept: spool {reason}")
        self.reason = reason


def record(session, write, *args, **kwargs):
    """Run a writer function (e.g. `writer.record_check`) and hand its rows to the queue, which
    writes them off this thread. Raises AuditUnavailable when they can't be kept."""
    capture = _Capture()
    write(capture, *args, **kwargs)
    queue = _QUEUES.get(session.get_bind())
    if queue is not None:
        return queue.submit(capture.rows)
    _insert(session, capture.rows)  # no queue set up (a script): errors reach the caller
    return True


def _insert(session, rows):
    writer.write_records(session, rows)


class AuditQueue:
    """Records are spooled (fsync'd) on the caller's thread and written to the database by one
    thread per process, in batches of up to `batch_size` in one transaction each."""

    def __init__(self, sessions, spool_dir, retry_seconds=2.0, max_bytes=0, batch_size=100,
                 background=True, sync_each=False):
        self._sessions, self._dir, self._retry = sessions, spool_dir, retry_seconds
        self._sync_each = sync_each
        self._max_bytes, self._batch, self._background = max_bytes, max(1, batch_size), background
        self._pending, self._lock, self._flushing = [], threading.Lock(), threading.Lock()
        self._pid, self._spool, self._thread, self._checked_pid = None, None, None, None
        self._wake, self._failing = threading.Event(), False
        # some waiting rows may be in the database already (taken from a dead process's spool,
        # or in a delivery that failed, perhaps after its commit): look before inserting
        self._unsure = False

    @property
    def pending(self):
        return len(self._pending)

    def submit(self, rows, session=None):  # noqa: ARG002 — `session`: callers of the old API
        """Queue the rows for the writer thread; True once they are spooled."""
        return self.enqueue(rows)

    def enqueue(self, rows, bounded=True):
        with self._lock:
            self._own_process()
            try:
                self._spool.append(rows, bounded=bounded, sync=self._sync_each)
            except SpoolFull:
                AUDIT_RECORDS.labels("refused").inc(len(rows))
                raise AuditUnavailable("full") from None
            except (OSError, ValueError, TypeError) as exc:
                AUDIT_RECORDS.labels("refused").inc(len(rows))
                log.error("audit spool write failed (%s)", type(exc).__name__)
                raise AuditUnavailable("disk") from None
            self._pending.extend(rows)
            self._start_thread()
        AUDIT_RECORDS.labels("queued").inc(len(rows))
        AUDIT_PENDING.inc(len(rows))
        self._wake.set()
        return True

    def flush(self):
        """Deliver what is waiting, own and orphaned, batch by batch; the number written."""
        with self._flushing:
            return self._flush()

    def drain(self, timeout=5.0):
        """Write what this process has waiting, on the caller's thread (an override whose check
        is still queued; tests). True when nothing is left waiting."""
        if not self._flushing.acquire(timeout=timeout):
            return False
        try:
            self._flush()
        finally:
            self._flushing.release()
        return not self._pending

    def _flush(self):
        for rows in self._own_spool().take_orphans():
            if rows:
                self._unsure = True
                self.enqueue(rows, bounded=False)  # they are on disk already
        written, batches = 0, 0
        while True:
            with self._lock:
                rows = self._pending[:self._batch]
            if not rows:
                break
            self._spool.sync()  # on disk before the database is asked (only this thread syncs)
            unsure, self._unsure = self._unsure, True  # until this delivery is known to be done
            rejected = self._deliver(rows, look_first=unsure)
            if rejected is None:
                self._failing = True
                return written
            self._unsure = unsure
            written, batches = written + len(rows) - rejected, batches + 1
            with self._lock:
                del self._pending[:len(rows)]
                # cut the file when all is delivered; rewrite it now and then under a backlog
                # (delivered rows left in it meanwhile are skipped if ever re-delivered)
                if not self._pending or batches % 10 == 0:
                    self._spool.replace(self._pending)
                self._unsure = self._unsure and bool(self._pending)
            AUDIT_PENDING.dec(len(rows))
        # the last batch left nothing waiting and cut the file: it holds just what came since
        self._failing = False
        return written

    def _deliver(self, rows, look_first=True):
        """Write one batch in one transaction: the number refused, or None if the database
        is down (retried later as it is). `look_first`: skip rows already stored."""
        try:
            with self._sessions() as session:
                _insert(session, _not_yet_written(session, rows) if look_first else rows)
        except WRITE_ERRORS as exc:
            if refused(exc):
                return self._insert_each(rows)
            log.warning("audit write failed (%s); kept in the spool", type(exc).__name__)
            return None
        AUDIT_RECORDS.labels("written").inc(len(rows))
        return 0

    def _insert_each(self, rows):
        """One record at a time, after the database refused the batch for its content: the number
        refused even reduced, or None if the database stopped answering (try again later)."""
        rejected = 0
        for row in rows:
            for attempt in (row, _reduced(row)):
                try:
                    with self._sessions() as session:
                        _insert(session, _not_yet_written(session, [attempt]))
                    AUDIT_RECORDS.labels("written").inc()
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
                self._start_thread()
            self._wake.set()

    def _own_spool(self):
        with self._lock:
            self._own_process()
            return self._spool

    def _own_process(self):
        """After a fork nothing here is the new process's: start from empty (caller holds lock)."""
        if self._pid != os.getpid():
            self._pid, self._pending, self._thread = os.getpid(), [], None
            self._wake, self._failing = threading.Event(), False
            self._spool = Spool(self._dir, self._max_bytes)

    def _start_thread(self):
        if self._background and (self._thread is None or not self._thread.is_alive()):
            self._thread = threading.Thread(target=self._run, name="audit-writer", daemon=True)
            self._thread.start()

    def _run(self):
        """Write whatever is queued as soon as it is; after a failure, wait AUDIT_RETRY_SECONDS."""
        deadline.bound_this_thread(WRITER_SECONDS)
        while True:
            self._wake.wait(self._retry if self._failing else None)
            self._wake.clear()
            try:
                self.flush()
            except Exception as exc:  # noqa: BLE001 — keep going whatever one attempt met
                # the type only: the text of a database error quotes the row's values
                self._failing = True
                log.error("audit queue flush failed (%s)", type(exc).__name__)


def find_check(session, check_id):
    """writer.find_check, after this process's queue has written what it holds: an override can
    follow its check before the writer thread has stored it."""
    queue = _QUEUES.get(session.get_bind())
    # read before looking: records written between the look and this read would be missed
    waiting = queue is not None and queue.pending
    found = writer.find_check(session, check_id)
    if found is None and waiting:
        queue.drain()
        session.rollback()  # a fresh snapshot of the table
        found = writer.find_check(session, check_id)
    return found


def _not_yet_written(session, rows):
    ids = {r["check_id"] for r in rows if r.get("check_id")}
    if not ids:
        return rows
    present = {_identity(*found) for found in session.execute(
        select(AuditRecord.kind, AuditRecord.check_id, AuditRecord.details).where(
            AuditRecord.check_id.in_(ids))).all()}
    return [r for r in rows if not r.get("check_id")
            or _identity(r["kind"], r["check_id"], r.get("details")) not in present]


def _identity(kind, check_id, details):
    """What makes a record itself: its kind and check id — and for the gateway, whose records name
    the add-in check of the message's stamp (a message retried after a 451 carries the same one),
    the gateway's own check id."""
    own = (details or {}).get("gateway_check_id") if kind == "gateway" else None
    return kind, check_id, own


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


def init_app(app):
    from .. import db

    base = app.config["AUDIT_SPOOL_DIR"] or os.path.join(app.instance_path, "audit-spool")
    # one folder per database: a spool is only ever delivered to the database it was meant for
    url = make_url(app.config["DATABASE_URL"]).render_as_string(hide_password=True)
    directory = os.path.join(base, hashlib.sha256(url.encode()).hexdigest()[:12])
    sessions = db.sessions(app)
    queue = AuditQueue(sessions, directory, app.config["AUDIT_RETRY_SECONDS"],
                       max_bytes=app.config["AUDIT_SPOOL_MAX_BYTES"],
                       batch_size=app.config["AUDIT_BATCH_SIZE"],
                       sync_each=app.config["AUDIT_SPOOL_SYNC"] == "each")
    _QUEUES[sessions.kw["bind"]] = queue
    app.extensions["needtoknow.audit_queue"] = queue
    app.before_request(queue.ensure_started)
    return queue
