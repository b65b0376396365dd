"""The audit table. Rows are only ever inserted (see `writer`).

Every row is made storable before it is inserted (`_storable`): a NUL or an unpaired surrogate in
a caller's address or file name is replaced, and bounded columns are cut to size. Otherwise such a
row is refused by the database (PostgreSQL rejects NUL in text; no driver can encode a lone
surrogate) and, retried by the audit queue, would hold up every record after it.
"""
import re
from datetime import datetime

from sqlalchemy import JSON, BigInteger, Boolean, DateTime, Float, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from ..models import Base

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
REPLACEMENT = "\ufffd"


class AuditRecord(Base):
    __tablename__ = "audit_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    # check | override | admin | gateway | exposure | checkpoint
    kind: Mapped[str] = mapped_column(String(20), index=True)
    check_id: Mapped[str | None] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str | None] = mapped_column(String(320), index=True)  # sender or admin
    decision: Mapped[str | None] = mapped_column(String(10), index=True)
    rules: Mapped[list] = mapped_column(JSON, default=list)
    recipients: Mapped[list] = mapped_column(JSON, default=list)  # addresses only
    counts: Mapped[dict] = mapped_column(JSON, default=dict)  # findings counts, no values
    attachments: Mapped[list] = mapped_column(JSON, default=list)  # [{name, size}]
    elapsed_ms: Mapped[float | None] = mapped_column(Float)
    justification: Mapped[str | None] = mapped_column(Text)  # overrides only
    details: Mapped[dict] = mapped_column(JSON, default=dict)  # admin changes: before/after
    # place in the one audit chain (both tables) and SHA-256(previous row_hash ‖ this row): `chain`
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    row_hash: Mapped[str] = mapped_column(String(64))


class AuditExposure(Base):
    """Which directory clients' data reached one recipient not linked to them, after a decision
    that let the message leave: client ids (never names or values), grouped by the categories
    of their data found and where ("body", an attachment's label)."""

    __tablename__ = "audit_exposures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    check_id: Mapped[str | None] = mapped_column(String(36), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    actor: Mapped[str | None] = mapped_column(String(320))  # the sender
    trigger: Mapped[str] = mapped_column(String(20))  # allowed | warned | gmail-card | gateway-accept
    decision: Mapped[str | None] = mapped_column(String(10))
    recipient: Mapped[str] = mapped_column(String(320), index=True)
    role: Mapped[str | None] = mapped_column(String(20))
    internal: Mapped[bool] = mapped_column(Boolean, default=False)
    client_count: Mapped[int] = mapped_column(Integer, default=0)
    clients: Mapped[list] = mapped_column(JSON, default=list)  # [{ids, categories, where}]
    omitted: Mapped[int | None] = mapped_column(Integer)  # recipients left out past the bound
    seq: Mapped[int] = mapped_column(BigInteger, unique=True)
    row_hash: Mapped[str] = mapped_column(String(64))


class ChainHead(Base):
    """The one row holding the chain's last seq and hash; updating it first serialises appends
    (a row lock on PostgreSQL, the write lock on SQLite)."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    row_hash: Mapped[str] = mapped_column(String(64))


def storable(value):
    """`value` (str, or JSON of lists and dicts) with NULs and unpaired surrogates replaced."""
    if isinstance(value, str):
        return _UNSTORABLE.sub(REPLACEMENT, value) if _UNSTORABLE.search(value) else value
    if isinstance(value, list):
        out = [storable(v) for v in value]
        return value if all(a is b for a, b in zip(out, value)) else out
    if isinstance(value, dict):
        out = {storable(k): storable(v) for k, v in value.items()}
        same = all(a is b and out[a] is value[b] for a, b in zip(out, value)) and len(out) == len(value)
        return value if same else out
    return value


def _lengths(model):
    return {c.key: c.type.length for c in model.__table__.columns
            if isinstance(c.type, String) and c.type.length}


_LENGTHS = {m: _lengths(m) for m in (AuditRecord, AuditExposure)}
COLUMNS = {m: tuple(c.key for c in m.__table__.columns if c.key != "id")
           for m in (AuditRecord, AuditExposure)}


def storable_values(model, values):
    """`values` (a row's columns) as the database will keep them, changed in place and returned:
    unstorable characters replaced, bounded columns cut to size (the chain hashes exactly these)."""
    lengths = _LENGTHS[model]
    for key, value in values.items():
        if value is None:
            continue
        stored = storable(value)
        if key in lengths and isinstance(stored, str) and len(stored) > lengths[key]:
            stored = stored[:lengths[key]]
        if stored is not value:
            values[key] = stored
    return values


def make_storable(record):
    """storable_values for a mapped object."""
    values = {k: getattr(record, k) for k in COLUMNS[type(record)]}
    for key, value in storable_values(type(record), dict(values)).items():
        if value is not values[key]:
            setattr(record, key, value)


@event.listens_for(AuditRecord, "before_insert")
@event.listens_for(AuditExposure, "before_insert")
def _storable(_mapper, _connection, record):
    if record.row_hash is None:  # a chained row was made storable before it was hashed
        make_storable(record)
