"""What an incident adds up to, in the terms of the ICO's breach report: when, how many people's
data (by category), how many records, who received it, and what follows (key safes to change)."""
from collections import Counter, defaultdict
from dataclasses import dataclass, field

CATEGORY_NAMES = {
    "access_code": "access codes (key safe, door, alarm)", "address": "home address",
    "phone": "phone number", "postcode": "postcode", "nhs_number": "NHS number",
    "date_of_birth": "date of birth", "name": "name", "name_only": "name only",
}
ROLE_NAMES = {
    "relative": "relatives of other clients", "client": "other clients",
    "care_worker": "care workers not assigned to them", "office_staff": "office staff",
    "professional": "professionals (GP, social worker) not linked to them",
    "unknown_internal": "addresses in the organisation's domain not in the directory",
    "unknown_external": "addresses outside the organisation, unknown to the directory",
    "unresolved": "lists or contact groups that could not be resolved",
}
TRIGGER_NAMES = {
    "allowed": "allowed (personal data, no warning)", "warned": "warned, then sendable (Send anyway or override)",
    "gmail-card": "Gmail: advice card shown, sending not stopped", "gateway-accept": "accepted by the mail gateway",
}


def categories_of(pair):
    """The pair's categories; a client only named is `name_only`."""
    return ("name_only",) if pair.categories == ("name",) else pair.categories


@dataclass
class Summary:
    first: object = None
    last: object = None
    checks: int = 0
    senders: tuple = ()
    subjects: int = 0  # distinct clients
    records: int = 0  # (recipient, client) pairs
    recipients: int = 0
    inside: int = 0
    outside: int = 0
    by_category: dict = field(default_factory=dict)  # category -> distinct clients
    by_role: dict = field(default_factory=dict)  # role -> distinct recipients
    by_trigger: dict = field(default_factory=dict)  # trigger -> checks
    key_safes: tuple = ()  # client ids whose access code went out
    overridden: int = 0
    attachments: tuple = ()


def summarise(incident):
    pairs, s = incident.pairs, Summary()
    if not pairs:
        return s
    s.first, s.last = min(p.created_at for p in pairs), max(p.created_at for p in pairs)
    checks = {p.check_id: p for p in pairs}
    s.checks, s.senders = len(checks), tuple(sorted({p.sender for p in pairs if p.sender}))
    clients_by_category, recipients = defaultdict(set), {}
    for p in pairs:
        recipients[p.recipient] = p
        for category in categories_of(p):
            clients_by_category[category].add(p.client_id)
    s.subjects, s.records, s.recipients = len({p.client_id for p in pairs}), len(pairs), len(recipients)
    s.inside = sum(1 for p in recipients.values() if p.internal)
    s.outside = s.recipients - s.inside
    s.by_category = {c: len(clients_by_category[c]) for c in CATEGORY_NAMES if c in clients_by_category}
    s.by_role = dict(Counter(p.role for p in recipients.values()).most_common())
    s.by_trigger = dict(Counter(p.trigger for p in checks.values()).most_common())
    s.key_safes = tuple(sorted(clients_by_category.get("access_code", ())))
    s.overridden = sum(1 for c in checks if c in incident.overrides)
    s.attachments = tuple(sorted({a for c in checks for a in incident.checks.get(c, {}).get("attachments", ())}))
    return s
