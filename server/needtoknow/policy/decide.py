"""The decision: each rule looks at the message's evidence and recipients and gives reasons; the
decision is the most severe reason's severity. Pure: no Flask, no database, no clock."""
from dataclasses import dataclass

from .model import Decision, Policy, Reason
from .rules import RULES
from .severity import ORDER, most_severe
from . import wording


@dataclass(frozen=True)
class Message:
    """Everything the rules read about one email."""

    evidence: object  # inspect.evidence.Evidence for the whole message
    problems: tuple  # inspect.document.Problem, with safe locations
    recipients: tuple  # directory.recipients.Recipient
    locations: dict  # client id -> safe location labels (from evidence)


def decide(message, policy=Policy()):
    reasons = []
    for rule in (access_code, unlinked_client, personal_address, bulk_client_data, unknown_recipient,
                 unexpanded_list, exposed_recipients, unreadable_attachment, lookalike_recipient,
                 client_data, client_health_details):
        reasons.extend(r for r in rule(message, policy) if r.severity != "allow")
    reasons.sort(key=lambda r: -ORDER[r.severity])
    decision = most_severe(r.severity for r in reasons)
    return Decision(decision, tuple(reasons), _allowed(message) if decision == "allow" else ())


def _allowed(message):
    """Why an allowed email may go although it holds personal details."""
    if not message.evidence.has_personal_data():
        return ()
    identified = message.evidence.identified()
    linked = all(identified <= r.linked for r in message.recipients)
    return wording.allowed(len(identified), linked)


def _per_recipient(rule_id, recipients, policy, default_for, key=lambda r: None):
    """Group recipients by the severity the policy gives this rule for each of them (and by
    `key`, for rules worded differently for different recipients)."""
    by_severity = {}
    for r in recipients:
        severity = policy.severity(rule_id, r, default_for(r))
        by_severity.setdefault((severity, key(r)), []).append(r)
    return by_severity


def _emails(recipients):
    return tuple(dict.fromkeys(r.email or "(contact group)" for r in recipients))


def _outside(recipient, policy):
    return recipient.outside(policy.settings.personal_address_outside)


def _audience(recipient, policy):
    if not recipient.internal:
        return "outside"
    return "personal" if _outside(recipient, policy) else "staff"


def access_code(message, policy):
    count = message.evidence.counts["access_code"]
    if not count:
        return []
    default = RULES["access-code"].severity
    severity = most_severe({policy.severity("access-code", r, default) for r in message.recipients}
                           or {default})
    where = tuple(sorted(message.evidence.locations.get("access_code", ())))
    text, md = wording.access_code(count, where)
    return [Reason("access-code", severity, text, md, (), 0, where)]


def _unlinked(message):
    identified = message.evidence.identified()
    exposed = {r: identified - r.linked for r in message.recipients} if identified else {}
    return {r: ids for r, ids in exposed.items() if ids}


def unlinked_client(message, policy):
    exposed = _unlinked(message)
    groups = _per_recipient("unlinked-client", exposed, policy,
                            lambda r: "block" if _outside(r, policy) else "warn",
                            lambda r: _audience(r, policy))
    reasons = []
    for (severity, audience), recipients in groups.items():
        clients = frozenset().union(*(exposed[r] for r in recipients))
        emails = _emails(recipients)
        text, md = wording.unlinked_client(audience, emails, len(clients))
        reasons.append(Reason("unlinked-client", severity, text, md, emails, len(clients),
                              _where(message, clients)))
    return reasons


PERSONAL_KINDS = ("nhs_number", "date_of_birth", "access_code")


def personal_address(message, policy):
    """NHS numbers, dates of birth and access codes to a staff member's personal mailbox; one
    already told about unlinked clients there is not told twice."""
    found = {k: message.evidence.counts[k] for k in PERSONAL_KINDS if message.evidence.counts[k]}
    if not found or not policy.settings.personal_address_outside:
        return []
    exposed = _unlinked(message)
    told = {r for r in exposed if r.personal
            and policy.severity("unlinked-client", r, "block") != "allow"}
    personal = [r for r in message.recipients if r.personal and r not in told]
    where = tuple(sorted(set().union(*(message.evidence.locations.get(k, ()) for k in found))))
    return [Reason("personal-address", severity, *wording.personal_address(_emails(rs), found),
                   _emails(rs), 0, where)
            for (severity, _), rs in _per_recipient(
                "personal-address", personal, policy,
                lambda r: RULES["personal-address"].severity).items()]


def bulk_client_data(message, policy):
    settings = policy.settings
    identified = message.evidence.identified()
    if len(identified) < settings.bulk_min_clients:
        return []
    default = RULES["bulk-client-data"].severity
    counted = [r for r in message.recipients if policy.severity("bulk-client-data", r, default) != "allow"]
    if len(counted) <= settings.bulk_max_recipients:
        return []
    severity = most_severe(policy.severity("bulk-client-data", r, default) for r in counted)
    text, md = wording.bulk(len(identified), len(counted), settings.bulk_max_recipients)
    return [Reason("bulk-client-data", severity, text, md, (), len(identified),
                   _where(message, identified))]


def unknown_recipient(message, policy):
    if not message.evidence.has_personal_data():
        return []
    unknown = [r for r in message.recipients if not r.known and not r.internal]
    return [Reason("unknown-recipient", severity, *wording.unknown(_emails(rs)), _emails(rs))
            for (severity, _), rs in _per_recipient(
                "unknown-recipient", unknown, policy, lambda r: RULES["unknown-recipient"].severity).items()]


def unexpanded_list(message, policy):
    if not message.evidence.has_personal_data():
        return []
    lists = [r for r in message.recipients if r.type == "distributionList" and r.role == "unresolved"]
    return [Reason("unexpanded-list", severity, *wording.unexpanded(_emails(rs)), _emails(rs))
            for (severity, _), rs in _per_recipient(
                "unexpanded-list", lists, policy, lambda r: RULES["unexpanded-list"].severity).items()]


def exposed_recipients(message, policy):
    """Families of different clients who would see each other's addresses. One family's set of
    clients inside another's (a son of two clients, a daughter of one of them) exposes no one."""
    families = [r for r in message.recipients
                if r.field in ("to", "cc") and not r.internal and r.role in ("relative", "client") and r.linked]
    exposed = [a for a in families if any(not (a.linked <= b.linked or b.linked <= a.linked) for b in families)]
    if not exposed:
        return []
    default = RULES["exposed-recipients"].severity
    severity = most_severe(policy.severity("exposed-recipients", r, default) for r in exposed)
    text, md = wording.exposed(_emails(exposed))
    return [Reason("exposed-recipients", severity, text, md, _emails(exposed))]


def unreadable_attachment(message, policy):
    """One reason per kind of problem. Pictures hold no text to read: they count only when the
    `warn_images_outside` setting is on, and then only for recipients outside."""
    outside = [r for r in message.recipients if _outside(r, policy)]
    problems = [p for p in message.problems if p.kind != "image"
                or (policy.settings.warn_images_outside and outside)]
    by_kind = {}
    for p in problems:
        by_kind.setdefault(p.kind, []).append(p.location)
    default = RULES["unreadable-attachment"].severity
    reasons = []
    for kind, places in by_kind.items():
        who = outside if kind == "image" else message.recipients
        severity = most_severe({policy.severity("unreadable-attachment", r, default) for r in who}
                               or {default})
        where = tuple(dict.fromkeys(places))
        text, md = wording.unreadable(kind, where)
        reasons.append(Reason("unreadable-attachment", severity, text, md, (), 0, where))
    return reasons


def lookalike_recipient(message, policy):
    near = [r for r in message.recipients if getattr(r, "lookalike", False)]
    return [Reason("lookalike-recipient", severity,
                   *wording.lookalike([(r.email, r.suggestion) for r in rs]), _emails(rs))
            for (severity, _), rs in _per_recipient(
                "lookalike-recipient", near, policy, lambda r: RULES["lookalike-recipient"].severity).items()]


def client_data(message, policy):
    """Off by default: only a group rule gives it a severity."""
    identified = message.evidence.identified()
    if not identified:
        return []
    groups = _per_recipient("client-data", message.recipients, policy, lambda r: "allow")
    return [Reason("client-data", severity, *wording.client_data(_emails(rs), len(identified)),
                   _emails(rs), len(identified), _where(message, identified))
            for (severity, _), rs in groups.items() if severity != "allow"]


def _where(message, clients):
    found = set()
    for client in clients:
        found |= message.locations.get(client, frozenset())
    return tuple(sorted(found))


def client_health_details(message, policy):
    """SPEC: a *named* client with care or health details, going outside the organisation to
    someone not linked to them (identified clients are unlinked-client's)."""
    named = message.evidence.named_with_health()
    if not named:
        return []
    exposed = {r: named - r.linked for r in message.recipients if not r.internal}
    exposed = {r: ids for r, ids in exposed.items() if ids}
    groups = _per_recipient("client-health-details", exposed, policy,
                            lambda r: RULES["client-health-details"].severity)
    reasons = []
    for (severity, _), recipients in groups.items():
        clients = frozenset().union(*(exposed[r] for r in recipients))
        text, md = wording.client_health(_emails(recipients), len(clients))
        reasons.append(Reason("client-health-details", severity, text, md, _emails(recipients),
                              len(clients), _where(message, clients)))
    return reasons
