"""Recipient groups and the overrides they give the rules. Pure: no Flask, no database.

A recipient is in a group when its address is one of the group's addresses, when it came from
(or is) one of the group's distribution lists, or when its role and its domain both match (an
empty list matches any, but a group needs at least one criterion). `network` then narrows any
member to addresses inside or outside the organisation's domains.

Among the groups a recipient is in, the most severe rule wins (deny overrides, `Policy.severity`).
"""
from dataclasses import dataclass

from ..directory.models import KINDS

ROLES = KINDS + ("unknown_internal", "unknown_external", "unresolved")
NETWORKS = ("any", "organisation", "outside")


def in_domains(domain, domains):
    """True when `domain` is one of `domains` or a subdomain of one."""
    return any(domain == d or domain.endswith("." + d) for d in domains)


@dataclass(frozen=True)
class Group:
    id: int
    name: str
    roles: frozenset = frozenset()
    domains: tuple = ()
    addresses: frozenset = frozenset()
    lists: frozenset = frozenset()
    network: str = "any"

    @classmethod
    def of(cls, id, name, roles=(), domains=(), addresses=(), lists=(), network="any"):
        low = lambda values: frozenset(v.strip().lower() for v in values if v.strip())
        return cls(id, name, frozenset(roles), tuple(sorted(low(domains))), low(addresses),
                   low(lists), network)

    def contains(self, recipient, org_domains=()):
        return self._member(recipient) and self._in_network(recipient, org_domains)

    def _member(self, recipient):
        email = (recipient.email or "").lower()
        if email and email in self.addresses:
            return True
        if self.lists and ((recipient.expanded_from or "").lower() in self.lists
                           or email in self.lists):
            return True
        if not (self.roles or self.domains):
            return False
        return ((not self.roles or recipient.role in self.roles)
                and (not self.domains or in_domains(recipient.domain, self.domains)))

    def _in_network(self, recipient, org_domains):
        if self.network == "any":
            return True
        inside = bool(recipient.email) and in_domains(recipient.domain, org_domains)
        return inside if self.network == "organisation" else not inside


class Overrides:
    """`Policy.overrides`: (rule id, recipient) -> the severities its groups set for the rule."""

    def __init__(self, groups, group_rules, org_domains=()):
        by_id = {g.id: g for g in groups}
        index = {}
        for group_id, rule, severity in group_rules:
            if group_id in by_id:
                index.setdefault(rule, []).append((by_id[group_id], severity))
        self._index = {rule: tuple(pairs) for rule, pairs in index.items()}
        self._org_domains = tuple(org_domains)

    def __call__(self, rule_id, recipient):
        return tuple(severity for group, severity in self._index.get(rule_id, ())
                     if group.contains(recipient, self._org_domains))


def member_of(groups, recipient, org_domains=()):
    """The groups a recipient is in (the console explains which applied)."""
    return [g for g in groups if g.contains(recipient, org_domains)]
