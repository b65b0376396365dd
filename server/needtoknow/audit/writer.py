"""The single writer of audit records. Callers pass counts, ids and addresses — never content."""
from datetime import datetime, timezone

from sqlalchemy import select

from .models import AuditRecord


def record_check(session, result, sender, attachments, client=None):
    """One record for a finished check; commits."""
    session.add(AuditRecord(
        kind="check", check_id=result.check_id, created_at=datetime.now(timezone.utc),
        actor=sender, decision=result.decision.decision,
        rules=[r.rule for r in result.decision.reasons],
        recipients=[{"email": r.email, "field": r.field, "role": r.role} for r in result.recipients],
        counts=result.counts, attachments=attachments, elapsed_ms=round(result.elapsed_ms, 2),
        details={"draft_id": result.draft_id, "client": client or {}},
    ))
    session.commit()


def find_check(session, check_id):
    return session.scalars(select(AuditRecord).where(
        AuditRecord.kind == "check", AuditRecord.check_id == check_id)).first()


def record_override(session, check, justification, actor=None):
    session.add(AuditRecord(
        kind="override", check_id=check.check_id, created_at=datetime.now(timezone.utc),
        actor=actor or check.actor, decision=check.decision, rules=list(check.rules),
        recipients=list(check.recipients), counts=dict(check.counts),
        attachments=list(check.attachments), justification=justification,
    ))
    session.commit()


def record_admin_change(session, actor, what, before, after):
    session.add(AuditRecord(kind="admin", created_at=datetime.now(timezone.utc), actor=actor,
                            details={"what": what, "before": before, "after": after}))
    session.commit()
