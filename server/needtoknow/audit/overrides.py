"""One override per check, enforced by the database: a row per overridden check, keyed on the
check id and written in the same transaction as the override's audit record (api/override.py). A second
override of the check — even one racing the first from another worker — fails on the key, and
api/override.py answers 409 with the first one's time.

The row is the lock, not the evidence: the audit record is. So it is outside the audit chain,
and holds the check id and a time only."""
from datetime import datetime

from sqlalchemy import DateTime, String
from sqlalchemy.orm import Mapped, mapped_column

from ..models import Base


class CheckOverride(Base):
    __tablename__ = "check_overrides"

    check_id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the unique index
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
