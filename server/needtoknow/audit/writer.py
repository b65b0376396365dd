"""The single writer of audit records. Callers pass counts, ids and addresses — never content.

What a caller describes about itself (`client`: which add-in, its version; `draft_id`) is kept
only in the shape an add-in sends it, so a free-form value can't carry a client's details into
the log.
"""
import re
from datetime import datetime, timezone

from sqlalchemy import insert, select

from . import chain  # every audit row joins the chain: mapped ones when flushed
from . import exposure
from .models import COLUMNS, AuditExposure, AuditRecord

CHECK_ID = re.compile(r"[0-9A-Za-z_-]{1,36}")
TOKEN = re.compile(r"[0-9A-Za-z._:/+=-]{1,200}")  # ids and versions: no spaces, so no names
ADDRESS = re.compile(r"[^\s@]{1,64}@[^\s@]{1,255}")
CLIENT_FIELDS = {"host": TOKEN, "version": TOKEN, "user": ADDRESS}


def record_check(session, result, sender, attachments, client=None, exposures=(None, ())):
    """One record for a finished check, with its exposure rows (`exposure.rows`) when
    `exposures` is (trigger, rows); commits."""
    add(session, dict(
        kind="check", check_id=result.check_id, created_at=datetime.now(timezone.utc),
        actor=sender, decision=result.decision.decision,
        rules=[r.rule for r in result.decision.reasons],
        recipients=[{"email": r.email, "field": r.field, "role": r.role} for r in result.recipients],
        counts=result.counts, attachments=attachments, elapsed_ms=round(result.elapsed_ms, 2),
        details=exposure.attach({"draft_id": draft_id(result.draft_id), "client": client_info(client)},
                                *exposures),
    ))
    session.commit()


def add(session, row):
    """A record's columns to the session: as they are to the audit queue's capture (a mapped
    object would only be taken apart again, on the check's own thread), else as a mapped row."""
    if hasattr(session, "add_row"):
        session.add_row(row)
    else:
        session.add(AuditRecord(**row))


def write_records(session, rows):
    """Audit records given as dicts of AuditRecord columns (what the audit queue captures), in
    one transaction: they join the chain in this order, each followed by its exposure rows.

    Core inserts, one statement per table, rather than mapped objects: this is the audit writer
    thread's work for every check, and its cost per record is part of what bounds checks per
    second (bench/bench_audit_path.py)."""
    chained, tables = [], {AuditRecord: [], AuditExposure: []}
    for row in rows:
        values = chain.prepare(AuditRecord, dict.fromkeys(COLUMNS[AuditRecord]) | row)
        values["details"], carried = exposure.split(
            values["details"], check_id=values["check_id"], created_at=values["created_at"],
            actor=values["actor"], decision=values["decision"])
        chained.append((AuditRecord, values))
        chained.extend((AuditExposure, chain.prepare(AuditExposure, dict.fromkeys(COLUMNS[AuditExposure]) | c))
                       for c in carried)
    if not chained:
        return
    chain.append(session, chained)
    for model, values in chained:
        tables[model].append(values)
    connection = session.connection()
    for model, table_rows in tables.items():
        if table_rows:
            connection.execute(insert(model.__table__), table_rows)
    session.commit()


def draft_id(value):
    return value if isinstance(value, str) and TOKEN.fullmatch(value) else None


def client_info(client):
    """The add-in's host, version and (Gmail) signed-in user as given when they look like one;
    booleans as they are; anything else is left out."""
    out = {}
    for key, value in (client or {}).items():
        if isinstance(value, bool):
            out[key] = value
        elif key in CLIENT_FIELDS and isinstance(value, str) and value:
            out[key] = value if CLIENT_FIELDS[key].fullmatch(value) else "(not shown)"
    return out


def find_check(session, check_id):
    """The check's record; None for an unknown id, or one no check could have (not queried)."""
    if not isinstance(check_id, str) or not CHECK_ID.fullmatch(check_id):
        return None
    return session.scalars(select(AuditRecord).where(
        AuditRecord.kind == "check", AuditRecord.check_id == check_id)).first()


def record_override(session, check, justification, actor=None, category=None):
    session.add(AuditRecord(
        kind="override", check_id=check.check_id, created_at=datetime.now(timezone.utc),
        actor=actor or check.actor, decision=check.decision, rules=list(check.rules),
        recipients=list(check.recipients), counts=dict(check.counts),
        attachments=list(check.attachments), justification=justification,
        details={"category": category} if category else {},  # one of policy.justification.CATEGORIES
    ))
    session.commit()


def record_admin_change(session, actor, what, before, after):
    session.add(AuditRecord(kind="admin", created_at=datetime.now(timezone.utc), actor=actor,
                            details={"what": what, "before": before, "after": after}))
    session.commit()

