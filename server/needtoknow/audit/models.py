"""The audit table. Rows are only ever inserted (see `writer`).

Every row is made storable before it is inserted (`_storable`): a NUL or an unpaired surrogate in
a caller's address or file name is replaced, and bounded columns are cut to size. Otherwise such a
row is refused by the database (PostgreSQL rejects NUL in text; no driver can encode a lone
surrogate) and, retried by the audit queue, would hold up every record after it.
"""
import re
from datetime import datetime

from sqlalchemy import JSON, DateTime, Float, Integer, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column

from ..models import Base

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")
REPLACEMENT = "\ufffd"


class AuditRecord(Base):
    __tablename__ = "audit_records"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)  # check | override | admin
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


def storable(value):
    """`value` (str, or JSON of lists and dicts) with NULs and unpaired surrogates replaced."""
    if isinstance(value, str):
        return _UNSTORABLE.sub(REPLACEMENT, value) if _UNSTORABLE.search(value) else value
    if isinstance(value, list):
        return [storable(v) for v in value]
    if isinstance(value, dict):
        return {storable(k): storable(v) for k, v in value.items()}
    return value


_LENGTHS = {c.key: c.type.length for c in AuditRecord.__table__.columns
            if isinstance(c.type, String) and c.type.length}
_COLUMNS = tuple(c.key for c in AuditRecord.__table__.columns if c.key != "id")


@event.listens_for(AuditRecord, "before_insert")
def _storable(_mapper, _connection, record):
    for key in _COLUMNS:
        value = getattr(record, key)
        if value is None:
            continue
        value = storable(value)
        if key in _LENGTHS and isinstance(value, str):
            value = value[:_LENGTHS[key]]
        setattr(record, key, value)
