"""policy/groups.py: who is in a group, and the overrides the groups give the rules."""
import pytest

from needtoknow.directory.recipients import Recipient
from needtoknow.policy import Policy
from needtoknow.policy.groups import Group, Overrides, member_of

ORG = ("agency.example",)


def person(email, role="unknown_external", expanded_from="", internal=False):
    return Recipient(email=email, field="to", role=role, internal=internal, known=True,
                     expanded_from=expanded_from)


@pytest.mark.parametrize("group, recipient, inside", [
    (Group.of(1, "kent", domains=["kent.gov.uk"]), person("a@kent.gov.uk"), True),
    (Group.of(1, "kent", domains=["kent.gov.uk"]), person("a@social.kent.gov.uk"), True),
    (Group.of(1, "kent", domains=["kent.gov.uk"]), person("a@notkent.gov.uk"), False),
    (Group.of(1, "pros", roles=["professional"]), person("a@x.example", "professional"), True),
    (Group.of(1, "pros", roles=["professional"]), person("a@x.example", "relative"), False),
    (Group.of(1, "kent pros", roles=["professional"], domains=["kent.gov.uk"]),
     person("a@kent.gov.uk", "relative"), False),
    (Group.of(1, "one", addresses=["Joan@X.example"]), person("joan@x.example"), True),
    (Group.of(1, "one", addresses=["joan@x.example"]), person("john@x.example"), False),
    (Group.of(1, "list", lists=["carers@agency.example"]),
     person("a@b.example", expanded_from="Carers@agency.example"), True),
    (Group.of(1, "list", lists=["carers@agency.example"]),
     person("carers@agency.example", "unresolved"), True),
    (Group.of(1, "list", lists=["carers@agency.example"]), person("a@b.example"), False),
    (Group.of(1, "personal", roles=["care_worker"], network="outside"),
     person("ola@gmail.example", "care_worker", internal=True), True),
    (Group.of(1, "personal", roles=["care_worker"], network="outside"),
     person("ola@agency.example", "care_worker", internal=True), False),
    (Group.of(1, "staff", roles=["care_worker"], network="organisation"),
     person("ola@agency.example", "care_worker", internal=True), True),
    (Group.of(1, "nobody"), person("a@b.example"), False),
])
def test_membership(group, recipient, inside):
    assert group.contains(recipient, ORG) is inside


def test_overrides_are_per_rule_and_deny_overrides():
    kent = Group.of(1, "kent", domains=["kent.gov.uk"])
    pros = Group.of(2, "pros", roles=["professional"])
    overrides = Overrides([kent, pros], [(1, "client-data", "allow"), (2, "client-data", "block"),
                                         (1, "unknown-recipient", "allow"), (9, "access-code", "allow")])
    sam = person("sam@kent.gov.uk", "professional")
    assert sorted(overrides("client-data", sam)) == ["allow", "block"]
    assert overrides("access-code", sam) == ()  # group 9 does not exist
    policy = Policy(overrides=overrides)
    assert policy.severity("client-data", sam, "allow") == "block"
    assert policy.severity("unknown-recipient", sam, "warn") == "allow"
    assert policy.severity("unknown-recipient", person("x@y.example"), "warn") == "warn"


def test_member_of_names_the_groups():
    groups = [Group.of(1, "kent", domains=["kent.gov.uk"]), Group.of(2, "pros", roles=["relative"])]
    assert [g.name for g in member_of(groups, person("a@kent.gov.uk"), ORG)] == ["kent"]
