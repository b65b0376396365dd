"""One message per signed stamp, enforced by the database: the first justified message on a stamp
claims it (a row keyed on the stamp's check id, holding a digest of the message's Message-ID),
in its own transaction, before the gateway accepts it. A retry of that message (the same
Message-ID, after a 451) finds its own claim; another message on the stamp — even one racing
the first through another milter process or gateway instance — finds the first one's and is
refused as a replay.

The audit records say what happened; this row is the lock, read and written at the moment of
deciding (the audit queue writes records a few milliseconds later, which a replay sent at once
through another process would slip past). It holds no address and no content."""
import hashlib
from datetime import datetime, timezone

from sqlalchemy import DateTime, String, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, mapped_column

from ..models import Base


class StampUse(Base):
    __tablename__ = "gateway_stamp_uses"

    check_id: Mapped[str] = mapped_column(String(36), primary_key=True)  # the stamp's check
    message_digest: Mapped[str] = mapped_column(String(64), nullable=False)  # SHA-256 of Message-ID
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)


def claim(session, check_id, message_id):
    """True when this message may go on the stamp: it claimed it now, or had claimed it before."""
    digest = hashlib.sha256((message_id or "").encode("utf-8", "replace")).hexdigest()
    try:
        session.execute(insert(StampUse).values(check_id=check_id, message_digest=digest,
                                                created_at=datetime.now(timezone.utc)))
        session.commit()
        return True
    except IntegrityError:
        session.rollback()
    return session.scalar(select(StampUse.message_digest).where(StampUse.check_id == check_id)) == digest
