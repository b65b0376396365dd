"""Exposure records: after a decision that let a message leave, which directory clients' data
reached which recipient not linked to them — client ids, categories and places, never a name or
a value.

A check computes `client_details` (per identified client: categories, places) from its evidence;
`rows(result)` turns that and the recipients into one compact row per exposed recipient (clients
grouped by identical categories and places). The rows travel inside their audit record's
`details["exposures"]` (so the audit queue retries and spools them like any record) and become
`AuditExposure` rows, chained right after it, when it is flushed (`split_exposures`).

For other ways in: `record(session, result, sender, trigger)` writes them for a check result
through the audit queue (the mail gateway calls it with `trigger="gateway-accept"`).
"""
from collections import defaultdict

from .models import AuditExposure, AuditRecord

TRIGGERS = ("allowed", "warned", "gmail-card", "gateway-accept")
CATEGORIES = ("access_code", "address", "phone", "postcode", "nhs_number", "date_of_birth", "name")
_PLACED = ("access_code", "date_of_birth")  # not a client's own: counted where the client is
DEFAULT_MAX_PAIRS = 50_000


def client_details(evidence, identified):
    """{client id: (categories, places)} for the identified clients. A client list identifies a
    hundred clients in every check that reads it, and they share a few sets of categories: each
    set is put in CATEGORIES' order once."""
    kinds = [(k, ids) for k, ids in evidence.identifiers.items() if k in CATEGORIES]
    placed = {k: evidence.locations.get(k, frozenset()) for k in _PLACED if evidence.counts[k]}
    ordered, details = {}, {}
    for client in identified:
        where = evidence.client_locations.get(client, frozenset())
        found = tuple(k for k, ids in kinds if client in ids)
        if placed:
            found += tuple(k for k, places in placed.items() if places & where)
        categories = ordered.get(found)
        if categories is None:
            categories = ordered[found] = tuple(c for c in CATEGORIES if c in found)
        details[client] = (categories, tuple(sorted(where)))
    return details


def trigger_for(decision, client):
    """Why the message may have left after this decision at check time, or None (a block the
    add-in enforces). A Gmail card only advises; a warning may be sent (Send anyway, override)."""
    if (client or {}).get("host") == "gmail":
        return "gmail-card"
    return {"allow": "allowed", "warn": "warned"}.get(decision)


def rows(result, limit=DEFAULT_MAX_PAIRS):
    """One row per recipient who got data of clients not linked to them, at most `limit`
    (recipient, client) pairs in all; the last row counts the recipients left out."""
    details = getattr(result, "client_details", None) or {}
    groups = defaultdict(set)
    for client, key in details.items():
        groups[key].add(client)
    groups = sorted(groups.items())
    out, pairs, omitted = [], 0, 0
    for recipient in result.recipients:
        clients = []
        for (categories, where), ids in groups:
            exposed = ids - recipient.linked
            if exposed:
                clients.append({"ids": sorted(exposed), "categories": list(categories), "where": list(where)})
        count = sum(len(c["ids"]) for c in clients)
        if not count:
            continue
        if pairs + count > limit:
            omitted += 1
            continue
        pairs += count
        out.append({"recipient": recipient.email or "(contact group)", "role": recipient.role,
                    "internal": recipient.internal, "client_count": count, "clients": clients})
    if out and omitted:
        out[-1]["omitted"] = omitted
    return out


def attach(details, trigger, exposure_rows):
    """`details` of an audit record carrying its exposure rows to the writer."""
    if trigger and exposure_rows:
        details["exposures"] = {"trigger": trigger, "rows": exposure_rows}
    return details


def record(session, result, sender, trigger, limit=DEFAULT_MAX_PAIRS):
    """Through the audit queue: one `exposure` record for `result` with its rows. True when
    written or spooled (also when nobody was exposed: nothing to write)."""
    from . import queue

    if trigger not in TRIGGERS:
        raise ValueError("unknown exposure trigger")
    exposure_rows = rows(result, limit)
    if not exposure_rows:
        return True
    return queue.record(session, _write, result, sender, trigger, exposure_rows)


def _write(session, result, sender, trigger, exposure_rows):
    from datetime import datetime, timezone

    session.add(AuditRecord(kind="exposure", check_id=result.check_id, created_at=datetime.now(timezone.utc),
                            actor=sender, decision=result.decision.decision,
                            details=attach({}, trigger, exposure_rows)))
    session.commit()


def split_exposures(session, record):
    """The AuditExposure rows a record carries, added to the session; the record keeps a summary."""
    if not isinstance(record, AuditRecord):
        return []
    record.details, carried = split(record.details, check_id=record.check_id,
                                    created_at=record.created_at, actor=record.actor,
                                    decision=record.decision)
    out = [AuditExposure(**values) for values in carried]
    session.add_all(out)
    return out


def split(details, **record):
    """(the record's details with a summary in place of the exposure rows it carried, those rows'
    columns — each also given `record`'s check_id, created_at, actor and decision)."""
    carried = details.get("exposures") if isinstance(details, dict) else None
    if not isinstance(carried, dict) or "rows" not in carried:
        return details, []
    out = [{**record, "trigger": carried["trigger"], "recipient": r["recipient"],
            "role": r.get("role"), "internal": bool(r.get("internal")),
            "client_count": r["client_count"], "clients": r["clients"], "omitted": r.get("omitted")}
           for r in carried["rows"]]
    summary = {"trigger": carried["trigger"], "recipients": len(out),
               "pairs": sum(r["client_count"] for r in out), "omitted": sum(r["omitted"] or 0 for r in out)}
    return {**details, "exposures": summary}, out
