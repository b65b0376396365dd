"""The rules every way of overriding a warning meets (the check API and the Gmail card): only a
warning, a reason in words, an optional category, and at most one override per check."""
from sqlalchemy import select

from ..audit.models import AuditRecord
from ..policy.justification import problem


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
        raise Refused(409, "This warning already has a reason recorded: a check is overridden once.",
                      overridden_at=_iso(first.created_at))
    wrong = problem(justification, settings.justification_min_chars, settings.justification_min_words)
    if wrong:
        raise Refused(400, wrong, "justification")


def _iso(when):
    return when.isoformat() if when is not None else None
