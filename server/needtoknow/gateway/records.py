"""The gateway's audit records (`kind` `gateway`) and what it asks the audit log.

A record holds the Message-ID, envelope sender and recipients, decision, rules, counts and the
stamp's state — never content. Its `check_id` is the add-in check the message's stamp names (so a
check made in an add-in can show that the gateway later saw the message go out), or the
gateway's own check id when the message had no valid stamp; the gateway's own id is always in
`details.gateway_check_id`. Records reach the database through the audit queue like any check's.
"""
from datetime import datetime, timedelta, timezone

from sqlalchemy import select

from ..audit.models import AuditRecord
from ..audit.writer import CHECK_ID, add


def write(session, row):
    """A writer function for `audit.queue.record`: `row` is the record's columns."""
    add(session, {"kind": "gateway", "created_at": datetime.now(timezone.utc), **row})
    session.commit()


def row(*, check_id, gateway_check_id, message_id, sender, recipients, decision, rules, counts,
        attachments, elapsed_ms, stamp, outcome, mode, removed_headers, cause=None):
    details = {"source": "gateway", "message_id": message_id, "gateway_check_id": gateway_check_id,
               "stamp": stamp, "outcome": outcome, "mode": mode, "removed_headers": removed_headers}
    if cause:
        details["cause"] = cause
    return {"check_id": check_id, "actor": sender, "decision": decision, "rules": list(rules),
            "recipients": list(recipients), "counts": dict(counts), "attachments": list(attachments),
            "elapsed_ms": round(elapsed_ms, 2), "details": details}


def stamp_used_elsewhere(session, stamp_check_id, message_id):
    """True when the gateway already passed another message (another Message-ID) on this stamp.
    A retry of the same message (same Message-ID) is not a replay."""
    if not CHECK_ID.fullmatch(stamp_check_id or ""):
        return False
    seen = session.scalars(select(AuditRecord.details).where(
        AuditRecord.kind == "gateway", AuditRecord.check_id == stamp_check_id).limit(50))
    return any((d or {}).get("message_id") != message_id and (d or {}).get("stamp") == "justified"
               and (d or {}).get("outcome") == "justified" for d in seen)


def gmail_override(session, sender, recipients, window_seconds, now=None):
    """True when the Gmail add-on recorded an override by this sender, within the window, of a
    check that covered every one of these recipients."""
    since = (now or datetime.now(timezone.utc)) - timedelta(seconds=window_seconds)
    overrides = session.scalars(select(AuditRecord).where(
        AuditRecord.kind == "override", AuditRecord.created_at >= since).order_by(
        AuditRecord.created_at.desc()).limit(200))
    wanted = {r.lower() for r in recipients}
    for override in overrides:
        if (override.actor or "").lower() != sender.lower():
            continue
        if not wanted <= {(r.get("email") or "").lower() for r in override.recipients or ()}:
            continue
        check = session.scalars(select(AuditRecord).where(
            AuditRecord.kind == "check", AuditRecord.check_id == override.check_id)).first()
        if check is not None and ((check.details or {}).get("client") or {}).get("host") == "gmail":
            return True
    return False


def seen_by_gateway(session, check_ids):
    """{check id: the gateway's outcome} for those of these add-in checks the gateway saw."""
    ids = [c for c in check_ids if c and CHECK_ID.fullmatch(c)]
    if not ids:
        return {}
    rows = session.execute(select(AuditRecord.check_id, AuditRecord.details).where(
        AuditRecord.kind == "gateway", AuditRecord.check_id.in_(ids)))
    return {check_id: (details or {}).get("outcome", "") for check_id, details in rows}
