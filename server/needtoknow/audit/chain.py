"""The audit chain: every audit row, in either table, gets the next `seq` and
`row_hash = SHA-256(previous row_hash ‖ canonical JSON of the row)`.

Rows join the chain when they are flushed, whatever wrote them (the writer, the audit queue, a
batch), so no path can add an unchained row (`seq` is NOT NULL). Appends are serial across
processes and instances: the first statement of the append updates the one chain-head row, which
holds PostgreSQL's row lock or SQLite's write lock until the transaction ends; a rolled-back append
takes its seq numbers back with it, so the chain has no gaps but those a purge recorded.

The head is logged (INFO, logger `needtoknow.audit.chain`) on each admin change and at most every
AUDIT_HEAD_LOG_SECONDS otherwise, so an outside log system holds witnessed heads.
"""
import hashlib
import itertools
import json
import logging
import threading
import time
from datetime import datetime, timezone

from sqlalchemy import event, insert, update
from sqlalchemy.orm import Session

from .models import COLUMNS, AuditExposure, AuditRecord, ChainHead, storable_values

log = logging.getLogger(__name__)
GENESIS = "0" * 64
HEAD_ID = 1
TABLES = {AuditRecord: "audit_records", AuditExposure: "audit_exposures"}
_HEAD = ChainHead.__table__
_ORDER = itertools.count()  # creation order of audit objects: the order they join the chain
_HEAD_LOG = {"every": 300.0, "last": 0.0}
_HEAD_LOG_LOCK = threading.Lock()


def configure(head_log_seconds):
    _HEAD_LOG["every"] = float(head_log_seconds)


def canonical(model, values):
    """The row as sorted, compact JSON: the bytes its hash covers (`id` and the hash excluded)."""
    row = {"table": TABLES[model]}
    for key in COLUMNS[model]:
        if key != "row_hash":
            row[key] = _plain(values.get(key))
    return json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def _plain(value):
    if isinstance(value, datetime):  # as UTC, whatever zone the driver hands back
        if value.tzinfo is not None:
            value = value.astimezone(timezone.utc).replace(tzinfo=None)
        return value.isoformat(timespec="microseconds")
    return value


def link(previous, model, values):
    return hashlib.sha256((previous + canonical(model, values)).encode("ascii")).hexdigest()


def values_of(obj):
    return {k: getattr(obj, k) for k in COLUMNS[type(obj)]}


@event.listens_for(AuditRecord, "init")
@event.listens_for(AuditExposure, "init")
def _numbered(target, _args, _kwargs):
    target._chain_order = next(_ORDER)


@event.listens_for(Session, "before_flush")
def _append_new_rows(session, _context, _instances):
    records = sorted((o for o in session.new if type(o) in TABLES and o.seq is None),
                     key=lambda o: o._chain_order)
    if not records:
        return
    from .exposure import split_exposures  # exposure rows ride in their record's details

    rows = []
    for record in records:
        if record.created_at is None:  # its exposure rows take the same time
            record.created_at = datetime.now(timezone.utc)
        rows.append(record)
        rows.extend(split_exposures(session, record))
    chained = [(type(row), prepare(type(row), values_of(row))) for row in rows]
    append(session, chained)
    for row, (_model, values) in zip(rows, chained):
        for key, value in values.items():
            if getattr(row, key) is not value:
                setattr(row, key, value)


def prepare(model, values):
    """A row's columns (all of COLUMNS[model]) as they will be stored: column defaults applied,
    `created_at` in UTC, unstorable text replaced — what its hash covers. Changed in place."""
    for key, default in _DEFAULTS[model]:
        if values.get(key) is None:
            values[key] = default(None) if callable(default) else default
    created = values.get("created_at") or datetime.now(timezone.utc)
    values["created_at"] = created if created.tzinfo else created.replace(tzinfo=timezone.utc)
    return storable_values(model, values)


def append(session, rows):
    """Give `rows` ((model, prepared values), in chain order) the next seqs and their hashes, and
    move the head past them — in the session's transaction, which holds the head's lock until
    it ends. The caller inserts the rows in that transaction."""
    seq, previous = lock_head(session)
    for model, values in rows:
        seq += 1
        values["seq"] = seq
        values["row_hash"] = previous = link(previous, model, values)
    session.connection().execute(update(_HEAD).where(_HEAD.c.id == HEAD_ID).values(seq=seq, row_hash=previous))
    admin = any(values.get("kind") == "admin" for model, values in rows if model is AuditRecord)
    session.info["audit_head"] = (seq, previous, admin or session.info.get("audit_head", (0, 0, False))[2])


def lock_head(session):
    """(seq, row_hash) of the chain head, locked until this transaction ends."""
    connection = session.connection()
    # one round trip: the no-op update takes the lock and hands back the head
    head = connection.execute(update(_HEAD).where(_HEAD.c.id == HEAD_ID).values(seq=_HEAD.c.seq)
                              .returning(_HEAD.c.seq, _HEAD.c.row_hash)).first()
    if head is None:  # a database made without the migration's head row
        connection.execute(insert(_HEAD).values(id=HEAD_ID, seq=0, row_hash=GENESIS))
        return 0, GENESIS
    return tuple(head)


_DEFAULTS = {model: tuple((c.key, c.default.arg) for c in model.__table__.columns
                          if c.default is not None and c.key != "id") for model in TABLES}


@event.listens_for(Session, "after_commit")
def _witness(session):
    head = session.info.pop("audit_head", None)
    if head is None:
        return
    seq, row_hash, admin = head
    now = time.monotonic()
    with _HEAD_LOG_LOCK:
        due = admin or now - _HEAD_LOG["last"] >= _HEAD_LOG["every"]
        if due:
            _HEAD_LOG["last"] = now
    if due:
        log.info("audit chain head: seq %d, hash %s%s", seq, row_hash, " (admin change)" if admin else "")


@event.listens_for(Session, "after_rollback")
def _forget(session):
    session.info.pop("audit_head", None)
