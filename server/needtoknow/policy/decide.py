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
    for rule in (access_code, unlinked_client, bulk_client_data, unknown_recipient, unexpanded_list,
                 exposed_recipients, unreadable_attachment, lookalike_recipient, client_data,
                 client_health_details):
        reasons.extend(r for r in rule(message, policy) if r.severity != "allow")
    reasons.sort(key=lambda r: -ORDER[r.severity])
    return Decision(most_severe(r.severity for r in reasons), tuple(reasons))


def _per_recipient(rule_id, recipients, policy, default_for):
    """Group recipients by the severity the policy gives this rule for each of them."""
    by_severity = {}
    for r in recipients:
        severity = policy.severity(rule_id, r, default_for(r))
        by_severity.setdefault(severity, []).append(r)
    return by_severity


def _emails(recipients):
    return tuple(dict.fromkeys(r.email or "(contact group)" for r in recipients))


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


def unlinked_client(message, policy):
    identified = message.evidence.identified()
    if not identified:
        return []
    exposed = {r: identified - r.linked for r in message.recipients}
    exposed = {r: ids for r, ids in exposed.items() if ids}
    groups = _per_recipient("unlinked-client", exposed, policy,
                            lambda r: "warn" if r.internal else "block")
    reasons = []
    for severity, recipients in groups.items():
        clients = frozenset().union(*(exposed[r] for r in recipients))
        where = _where(message, clients)
        text, md = wording.unlinked_client(severity, recipients, len(clients))
        reasons.append(Reason("unlinked-client", severity, text, md, _emails(recipients),
                              len(clients), where))
    return reasons


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
    return [Reason("unknown-recipient", severity, *wording.unknown(recipients), _emails(recipients))
            for severity, recipients in _per_recipient(
                "unknown-recipient", unknown, policy, lambda r: RULES["unknown-recipient"].severity).items()]


def unexpanded_list(message, policy):
    if not message.evidence.has_personal_data():
        return []
    lists = [r for r in message.recipients if r.type == "distributionList" and r.role == "unresolved"]
    return [Reason("unexpanded-list", severity, *wording.unexpanded(recipients), _emails(recipients))
            for severity, recipients in _per_recipient(
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
    text, md = wording.exposed(len(exposed))
    return [Reason("exposed-recipients", severity, text, md, _emails(exposed))]


def unreadable_attachment(message, policy):
    if not message.problems:
        return []
    default = RULES["unreadable-attachment"].severity
    severity = most_severe({policy.severity("unreadable-attachment", r, default)
                            for r in message.recipients} or {default})
    where = tuple(dict.fromkeys(p.location for p in message.problems))
    text, md = wording.unreadable(message.problems)
    return [Reason("unreadable-attachment", severity, text, md, (), 0, where)]


def lookalike_recipient(message, policy):
    near = [r for r in message.recipients if getattr(r, "lookalike", False)]
    return [Reason("lookalike-recipient", severity, *wording.lookalike(recipients), _emails(recipients))
            for severity, recipients in _per_recipient(
                "lookalike-recipient", near, policy, lambda r: RULES["lookalike-recipient"].severity).items()]


def client_data(message, policy):
    """Off by default: only a group rule gives it a severity."""
    identified = message.evidence.identified()
    if not identified:
        return []
    groups = _per_recipient("client-data", message.recipients, policy, lambda r: "allow")
    return [Reason("client-data", severity, *wording.client_data(recipients, len(identified)),
                   _emails(recipients), len(identified), _where(message, identified))
            for severity, recipients in groups.items() if severity != "allow"]


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
    for severity, recipients in groups.items():
        clients = frozenset().union(*(exposed[r] for r in recipients))
        text, md = wording.client_health(recipients, len(clients))
        reasons.append(Reason("client-health-details", severity, text, md, _emails(recipients),
                              len(clients), _where(message, clients)))
    return reasons
