"""Whose data reached whom: the exposure rows matching an incident's filters, with the checks'
decisions and justifications, and (for admins, at view time) the directory's names. No Flask.
"""
import json
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import String, cast, select

from ..audit.models import AuditExposure, AuditRecord
from ..directory.models import Person


class IncidentQueryError(ValueError):
    pass


@dataclass(frozen=True)
class IncidentFilter:
    check_id: str | None = None
    since: date | None = None
    until: date | None = None  # inclusive
    client_id: str | None = None
    recipient: str | None = None

    def validate(self):
        if not self.check_id and not (self.since and self.until) and not self.client_id:
            raise IncidentQueryError("give a check id, both a start and an end date, or a client id")
        if self.since and self.until and self.since > self.until:
            raise IncidentQueryError("the start date is after the end date")
        return self

    def clauses(self):
        e, out = AuditExposure, []
        if self.check_id:
            out.append(e.check_id == self.check_id)
        if self.since:
            out.append(e.created_at >= datetime.combine(self.since, time(), timezone.utc))
        if self.until:
            out.append(e.created_at < datetime.combine(self.until + timedelta(days=1), time(), timezone.utc))
        if self.recipient:
            out.append(e.recipient == self.recipient.strip().lower())
        if self.client_id:  # a first cut in SQL, as text; exact in `_pairs`
            out.append(cast(e.clients, String).contains(json.dumps(self.client_id), autoescape=True))
        return out


@dataclass(slots=True)
class Pair:
    """One client's data at one recipient not linked to them."""

    check_id: str
    created_at: datetime
    sender: str
    decision: str
    trigger: str
    recipient: str
    role: str
    internal: bool
    client_id: str
    categories: tuple
    where: tuple


@dataclass
class Incident:
    filters: IncidentFilter
    pairs: list = field(default_factory=list)
    checks: dict = field(default_factory=dict)  # check id -> {created_at, sender, attachments, ...}
    overrides: dict = field(default_factory=dict)  # check id -> {justification, actor, created_at}
    omitted: int = 0  # recipients over the per-check bound, not stored
    names: dict = field(default_factory=dict)  # person id -> name (admins only)
    addresses: dict = field(default_factory=dict)  # client id -> address (key safes to change)


def gather(session, filters, with_names=False):
    filters = filters.validate()
    incident = Incident(filters)
    rows = session.scalars(select(AuditExposure).where(*filters.clauses())
                           .order_by(AuditExposure.created_at, AuditExposure.seq)
                           .execution_options(yield_per=500))
    for row in rows:
        incident.omitted += row.omitted or 0
        incident.pairs.extend(_pairs(row, filters.client_id))
    ids = {p.check_id for p in incident.pairs}
    if ids:
        _checks_and_overrides(session, incident, ids)
    if with_names:
        _names(session, incident)
    return incident


def _pairs(row, only_client):
    created = _utc(row.created_at)
    for group in row.clients or ():
        for client in group.get("ids", ()):
            if only_client and client != only_client:
                continue
            yield Pair(row.check_id, created, row.actor or "", row.decision or "", row.trigger,
                       row.recipient, row.role or "", bool(row.internal), client,
                       tuple(group.get("categories", ())), tuple(group.get("where", ())))


def _checks_and_overrides(session, incident, ids):
    records = session.scalars(select(AuditRecord).where(
        AuditRecord.check_id.in_(ids), AuditRecord.kind.in_(("check", "override", "exposure", "gateway"))))
    for r in records:
        if r.kind == "override":
            incident.overrides[r.check_id] = {"justification": r.justification or "", "actor": r.actor or "",
                                              "created_at": _utc(r.created_at)}
        elif r.kind == "check" or r.check_id not in incident.checks:
            incident.checks[r.check_id] = {"created_at": _utc(r.created_at), "sender": r.actor or "",
                                           "decision": r.decision, "rules": list(r.rules or ()),
                                           "attachments": [a.get("name", "") for a in r.attachments or ()],
                                           "recipients": len(r.recipients or ())}


def _names(session, incident):
    clients = {p.client_id for p in incident.pairs}
    for chunk in _chunks(sorted(clients), 500):
        for person in session.scalars(select(Person).where(Person.id.in_(chunk))):
            incident.names[person.id] = person.full_name
            incident.addresses[person.id] = ", ".join(x for x in (person.address, person.postcode) if x)


def _chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def _utc(moment):
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc) if moment is not None else None
