"""Recording a false-alarm report and reading the admins' queue of them. No Flask."""
from datetime import datetime, timezone

from sqlalchemy import func, select

from ..audit.models import AuditRecord, storable
from .models import FalseAlarmReport


def record(session, check, reporter, note):
    """One report on `check` (its audit record); commits and returns the row."""
    row = FalseAlarmReport(check_id=check.check_id, reporter=storable(reporter)[:320],
                           note=storable(note), created_at=datetime.now(timezone.utc))
    session.add(row)
    session.commit()
    return row


def _utc(moment):
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment


def queue(session, *, open_only=True, limit=50, offset=0):
    """(reports newest first, each with its check's decision, rules and recipients; total)."""
    where = [FalseAlarmReport.resolved_at.is_(None)] if open_only else []
    total = session.scalar(select(func.count(FalseAlarmReport.id)).where(*where))
    rows = session.scalars(select(FalseAlarmReport).where(*where)
                           .order_by(FalseAlarmReport.created_at.desc(), FalseAlarmReport.id.desc())
                           .limit(limit).offset(offset)).all()
    checks = _checks(session, {r.check_id for r in rows})
    return [_item(r, checks.get(r.check_id)) for r in rows], total


def _checks(session, check_ids):
    if not check_ids:
        return {}
    found = session.scalars(select(AuditRecord).where(AuditRecord.kind == "check",
                                                      AuditRecord.check_id.in_(check_ids)))
    return {r.check_id: r for r in found}


def _item(report, check):
    return {"id": report.id, "check_id": report.check_id, "reporter": report.reporter,
            "note": report.note, "created_at": _utc(report.created_at),
            "resolved_at": _utc(report.resolved_at), "resolved_by": report.resolved_by,
            "decision": check.decision if check else None,
            "rules": list(check.rules or []) if check else [],
            "recipients": [x.get("email") for x in (check.recipients or [])] if check else [],
            "checked_at": _utc(check.created_at) if check else None}


def resolve(session, report_id, admin):
    """Mark a report dealt with; None when there is no such report."""
    row = session.get(FalseAlarmReport, report_id)
    if row is None:
        return None
    if row.resolved_at is None:
        row.resolved_at, row.resolved_by = datetime.now(timezone.utc), admin
        session.commit()
    return row
