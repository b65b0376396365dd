"""Reading the audit log for the console: filters, a page of records, CSV rows. No Flask.

`rules` and `recipients` are JSON columns; they are matched as text (`"access-code"`,
`"email": "a@b.example"`), which works the same on SQLite and PostgreSQL.
"""
import json
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import String, cast, func, select

from ..audit.models import AuditRecord

CSV_COLUMNS = ("created_at", "kind", "check_id", "actor", "decision", "rules", "recipients",
               "counts", "attachments", "elapsed_ms", "justification", "change")
# A formula trigger at the start of the cell or after any character a spreadsheet may split cells
# on (`,` and `;` by locale, tab, line breaks), spaces between allowed: Excel in a `;` locale reads
# the text `x;=1+1` as two cells, the second a formula.
FORMULA = re.compile(r"(^|[,;\t\r\n])(\s*)(?=[=+\-@\t\r])")


@dataclass(frozen=True)
class AuditFilter:
    since: date | None = None
    until: date | None = None
    kind: str | None = None
    decision: str | None = None
    rule: str | None = None
    sender: str | None = None
    recipient: str | None = None
    source: str | None = None  # outlook | gmail | api | gateway (where the check was made)

    def clauses(self):
        c, out = AuditRecord, []
        if self.since:
            out.append(c.created_at >= datetime.combine(self.since, time(), timezone.utc))
        if self.until:
            out.append(c.created_at < datetime.combine(self.until + timedelta(days=1), time(),
                                                       timezone.utc))
        if self.kind:
            out.append(c.kind == self.kind)
        if self.decision:
            out.append(c.decision == self.decision)
        if self.rule:
            out.append(cast(c.rules, String).contains(json.dumps(self.rule), autoescape=True))
        if self.sender:
            out.append(func.lower(c.actor).contains(self.sender.strip().lower(), autoescape=True))
        if self.recipient:
            needle = '"email": ' + json.dumps(self.recipient.strip().lower())
            out.append(cast(c.recipients, String).contains(needle, autoescape=True))
        if self.source:
            out.append(_source_clause(self.source))
        return out


def _source_clause(source):
    """Gateway records by kind; add-in checks by the host their client said (`details.client`)."""
    c = AuditRecord
    if source == "gateway":
        return c.kind == "gateway"
    host = {h: cast(c.details, String).contains(f'"host": "{h}"', autoescape=True) for h in ("outlook", "gmail")}
    if source in host:
        return (c.kind == "check") & host[source]
    return (c.kind == "check") & ~host["outlook"] & ~host["gmail"]


def _utc(moment):
    """SQLite gives back naive datetimes; every audit time is UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment


def record_dict(r):
    return {"id": r.id, "kind": r.kind, "created_at": _utc(r.created_at), "check_id": r.check_id,
            "actor": r.actor, "decision": r.decision, "rules": r.rules or [],
            "recipients": r.recipients or [], "counts": r.counts or {},
            "attachments": r.attachments or [], "elapsed_ms": r.elapsed_ms,
            "justification": r.justification, "details": r.details or {},
            "changes": changes(r.details) if r.kind == "admin" else []}


def _shown(value):
    if isinstance(value, list):
        return ", ".join(map(_shown, value)) or "(none)"
    if isinstance(value, dict):
        return "; ".join(f"{k}: {_shown(v)}" for k, v in value.items()) or "(none)"
    return "(none)" if value in (None, "") else str(value)


def changes(details):
    """An admin change's before/after as lines `key: before → after` (changed keys only)."""
    before, after = (details or {}).get("before"), (details or {}).get("after")
    if not isinstance(before, dict) and not isinstance(after, dict):
        return []
    before, after = before if isinstance(before, dict) else {}, after if isinstance(after, dict) else {}
    keys = [k for k in dict.fromkeys([*before, *after]) if before.get(k) != after.get(k)]
    return [f"{k}: {_shown(before.get(k))} → {_shown(after.get(k))}" for k in keys]


def search(session, audit_filter, limit=50, offset=0):
    """(records newest first, total matching)."""
    where = audit_filter.clauses()
    total = session.scalar(select(func.count(AuditRecord.id)).where(*where))
    rows = session.scalars(select(AuditRecord).where(*where)
                           .order_by(AuditRecord.created_at.desc(), AuditRecord.id.desc())
                           .limit(limit).offset(offset))
    records = [record_dict(r) for r in rows]
    _gateway_saw(session, records)
    return records, total


def _gateway_saw(session, records):
    """For each add-in check: the gateway's outcome if it later saw the message go out, else None."""
    from ..gateway.records import seen_by_gateway

    checks = [r for r in records if r["kind"] == "check"]
    seen = seen_by_gateway(session, [r["check_id"] for r in checks])
    for r in checks:
        r["gateway"] = seen.get(r["check_id"])


def csv_rows(session, audit_filter):
    """The header, then one row per matching record (newest first), read in batches."""
    yield list(CSV_COLUMNS)
    query = (select(AuditRecord).where(*audit_filter.clauses())
             .order_by(AuditRecord.created_at.desc(), AuditRecord.id.desc())
             .execution_options(yield_per=500))
    for r in session.scalars(query):
        yield [_cell(v) for v in _row(r)]


def _row(r):
    change = ""
    if r.kind == "admin":
        change = "; ".join([(r.details or {}).get("what", ""), *changes(r.details)])
    return (_utc(r.created_at).isoformat() if r.created_at else "", r.kind, r.check_id or "",
            r.actor or "", r.decision or "", " ".join(r.rules or ()),
            " ".join(x.get("email", "") for x in r.recipients or ()),
            " ".join(f"{k}={v}" for k, v in sorted((r.counts or {}).items())),
            " ".join(a.get("name", "") for a in r.attachments or ()),
            "" if r.elapsed_ms is None else r.elapsed_ms, r.justification or "", change)


def _cell(value):
    """A spreadsheet must not run any part of a cell as a formula (justifications are typed by
    users): an apostrophe goes before every trigger that starts a cell or follows a separator."""
    if isinstance(value, str):
        return FORMULA.sub(lambda m: m.group(1) + m.group(2) + "'", value)
    return value
