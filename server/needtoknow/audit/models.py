"""The audit table. Rows are only ever inserted (see `writer`)."""
from datetime import datetime

from sqlalchemy import JSON, DateTime, Float, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..models import Base


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
