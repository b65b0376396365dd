"""An incident as the admin console shows it: the numbers, then one entry per (check,
recipient) with the clients' ids and (resolved now, for admins) names; and one client's
subject-access view: every check where their data reached someone not linked to them."""
from collections import OrderedDict

from .summary import CATEGORY_NAMES, categories_of, summarise


def incident_view(incident, limit=200):
    s = summarise(incident)
    entries = OrderedDict()
    for p in incident.pairs:
        key = (p.check_id, p.recipient)
        entry = entries.get(key)
        if entry is None:
            if len(entries) >= limit:
                continue
            entry = entries[key] = {**_check(incident, p), "recipient": p.recipient, "role": p.role,
                                    "internal": p.internal, "clients": []}
        entry["clients"].append(_client(incident, p))
    return {"summary": {
        "first": _iso(s.first), "last": _iso(s.last), "checks": s.checks, "senders": list(s.senders),
        "clients": s.subjects, "pairs": s.records, "recipients": s.recipients, "inside": s.inside,
        "outside": s.outside, "relatives": s.by_role.get("relative", 0), "omitted": incident.omitted,
        "categories": [{"category": c, "label": CATEGORY_NAMES[c], "clients": n} for c, n in s.by_category.items()],
        "key_safes": [{"id": c, "name": incident.names.get(c, "")} for c in s.key_safes]},
        "entries": list(entries.values()), "entries_total": len({(p.check_id, p.recipient) for p in incident.pairs})}


def client_view(incident, client_id):
    """Per check: when, who sent it, how it could leave, and the recipients not linked to them."""
    checks = OrderedDict()
    for p in incident.pairs:
        if p.client_id != client_id:
            continue
        entry = checks.setdefault(p.check_id, {**_check(incident, p), "recipients": []})
        entry["recipients"].append({"email": p.recipient, "role": p.role, "internal": p.internal,
                                    "categories": list(categories_of(p)), "where": list(p.where)})
    return {"client_id": client_id, "name": incident.names.get(client_id, ""), "checks": list(checks.values())}


def client_csv_rows(view):
    yield ["time", "check_id", "sender", "decision", "how_it_could_leave", "justification", "recipient",
           "recipient_role", "inside_organisation", "categories", "where"]
    for c in view["checks"]:
        for r in c["recipients"]:
            yield [c["created_at"], c["check_id"], c["sender"], c["decision"], c["trigger"],
                   c["justification"], r["email"], r["role"], "yes" if r["internal"] else "no",
                   " ".join(r["categories"]), " | ".join(r["where"])]


def _check(incident, p):
    override = incident.overrides.get(p.check_id, {})
    return {"check_id": p.check_id, "created_at": _iso(p.created_at), "sender": p.sender, "decision": p.decision,
            "trigger": p.trigger, "justification": override.get("justification", ""),
            "justified_by": override.get("actor", "")}


def _client(incident, p):
    return {"id": p.client_id, "name": incident.names.get(p.client_id, ""),
            "categories": list(categories_of(p)), "where": list(p.where)}


def _iso(moment):
    return moment.isoformat() if moment is not None else None
