"""The rules every way of overriding a warning meets (the check API and the Gmail card): only a
warning, a reason in words, an optional category, and at most one override per check.

`admit` refuses a second override it can see; the database refuses the one it can't — two
overrides of one check racing each other — on CheckOverride's key, which `record` turns into the
same 409."""
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..audit import writer
from ..audit.models import AuditRecord
from ..audit.overrides import CheckOverride
from ..policy.justification import problem

ONCE = "This warning already has a reason recorded, so there is no need to give another: you can send the email."


class Refused(Exception):
    """Why an override is not recorded: `status` 400 (the reason) or 409 (the check)."""

    def __init__(self, status, message, field=None, **extra):
        super().__init__(message)
        self.status, self.message, self.field, self.extra = status, message, field, extra


def earlier(session, check_id):
    """The override already recorded for this check, if any."""
    return session.scalars(select(AuditRecord).where(
        AuditRecord.kind == "override", AuditRecord.check_id == check_id)
        .order_by(AuditRecord.id)).first()


def admit(session, check, justification, settings):
    """Raise Refused unless `check` (its audit record) may be overridden with `justification`."""
    if check.decision != "warn":
        raise Refused(409, f"A check that answered {check.decision} can't be overridden.")
    first = earlier(session, check.check_id)
    if first is not None:
        raise _again(first)
    wrong = problem(justification, settings.justification_min_chars, settings.justification_min_words)
    if wrong:
        raise Refused(400, wrong, "justification")


def record(session, check, justification, *, category=None, actor=None):
    """Record the override admitted above — its audit record and its CheckOverride row, in one
    transaction — or raise Refused(409) if another got there first."""
    session.add(CheckOverride(check_id=check.check_id, created_at=datetime.now(timezone.utc)))
    try:
        writer.record_override(session, check, justification, actor=actor, category=category)  # commits
    except IntegrityError:
        session.rollback()
        first = earlier(session, check.check_id)
        if first is None:  # not this key: the database refused something else
            raise
        raise _again(first) from None


def _again(first):
    return Refused(409, ONCE, overridden_at=_iso(first.created_at))


def _iso(when):
    return when.isoformat() if when is not None else None
