"""The decision as a pure function: table-driven over evidence, recipients and policy."""
from collections import Counter

import pytest

from needtoknow.directory.recipients import Recipient
from needtoknow.inspect.document import Problem
from needtoknow.inspect.evidence import Evidence
from needtoknow.policy import Policy, Settings, decide
from needtoknow.policy.decide import Message

ALL = frozenset(f"C{i:03}" for i in range(1, 121))


def person(email, role, linked=(), field="to", internal=None, known=True, **kw):
    internal = role in ("office_staff", "care_worker") if internal is None else internal
    return Recipient(email=email, field=field, role=role, internal=internal, known=known,
                     linked=frozenset(linked), **kw)


OFFICE = person("anna@agency.example", "office_staff", ALL)
CARER = person("carl@agency.example", "care_worker", {"C001", "C002"})
PERSONAL_CARER = person("cathy@homemail.example", "care_worker", {"C003"}, personal=True)
REL1 = person("rel1@family.example", "relative", {"C001"})
REL2 = person("rel2@family.example", "relative", {"C002"})
GP = person("gp@nhs.example", "professional", {"C001", "C002"})
STRANGER = person("someone@else.example", "unknown_external", internal=False, known=False)
UNKNOWN_INSIDE = person("info@agency.example", "unknown_internal", internal=True, known=False)
GROUP = person("", "unresolved", internal=False, known=False, type="distributionList")


def evidence(strong=(), named=(), weak=(), **counts):
    return Evidence(counts=Counter(counts), strong=frozenset(strong), named=frozenset(named),
                    weak=frozenset(weak), locations={k: frozenset({"body"}) for k in counts})


def rules_of(decision):
    return sorted({r.rule for r in decision.reasons})


CASES = [
    ("nothing to anyone", evidence(), [STRANGER], "allow", []),
    ("own client to relative", evidence(strong={"C001"}), [REL1], "allow", []),
    ("other client to relative", evidence(strong={"C002"}), [REL1], "block", ["unlinked-client"]),
    ("name alone identifies no one", evidence(named={"C002"}), [REL1], "allow", []),
    ("name with postcode identifies", evidence(named={"C002"}, weak={"C002"}, postcode=1), [REL1],
     "block", ["unlinked-client"]),
    ("postcode alone is personal data, identifies no one", evidence(weak={"C002"}, postcode=1),
     [STRANGER], "warn", ["unknown-recipient"]),
    ("unassigned client to staff warns", evidence(strong={"C009"}), [CARER], "warn", ["unlinked-client"]),
    ("carer on a personal address: unassigned clients leave the organisation",
     evidence(strong={"C009"}), [PERSONAL_CARER], "block", ["unlinked-client"]),
    ("carer on a personal address: own client's NHS number leaves the organisation",
     evidence(strong={"C003"}, nhs_number=1), [PERSONAL_CARER], "block", ["personal-address"]),
    ("carer on a personal address: own client's phone is fine", evidence(strong={"C003"}, phone=1),
     [PERSONAL_CARER], "allow", []),
    ("carer at work: own client's NHS number is fine", evidence(strong={"C001"}, nhs_number=1),
     [CARER], "allow", []),
    ("access code to office staff", evidence(access_code=1), [OFFICE], "block", ["access-code"]),
    ("client to unknown outsider", evidence(strong={"C001"}), [STRANGER], "block",
     ["unknown-recipient", "unlinked-client"]),
    ("unknown inside the org: warn, not unknown-recipient", evidence(strong={"C001"}),
     [UNKNOWN_INSIDE], "warn", ["unlinked-client"]),
    ("bulk to 6", evidence(strong=set(list(ALL)[:10])), [OFFICE] + [
        person(f"o{i}@agency.example", "office_staff", ALL) for i in range(5)],
     "block", ["bulk-client-data"]),
    ("bulk to 5 is fine", evidence(strong=set(list(ALL)[:10])), [
        person(f"o{i}@agency.example", "office_staff", ALL) for i in range(5)], "allow", []),
    ("9 clients to 6 is fine", evidence(strong=set(list(ALL)[:9])), [
        person(f"o{i}@agency.example", "office_staff", ALL) for i in range(6)], "allow", []),
    ("families in To", evidence(), [REL1, REL2], "warn", ["exposed-recipients"]),
    ("families in Bcc", evidence(), [REL1, person("rel2@family.example", "relative", {"C002"}, field="bcc")],
     "allow", []),
    ("same family twice", evidence(), [REL1, person("rel1b@family.example", "relative", {"C001"})],
     "allow", []),
    ("relative and GP", evidence(), [REL1, GP], "allow", []),
    ("relative of two clients with relative of one", evidence(),
     [REL1, person("rel12@family.example", "relative", {"C001", "C002"})], "allow", []),
    ("third family among two of one", evidence(),
     [REL1, person("rel12@family.example", "relative", {"C001", "C002"}), person("rel3@x.example", "relative", {"C003"})],
     "warn", ["exposed-recipients"]),
    ("lookalike", evidence(), [person("rel1@famliy.example", "unknown_external", internal=False,
                                      known=False, lookalike=True)], "warn", ["lookalike-recipient"]),
    ("unexpanded list with personal data", evidence(phone=1), [GROUP], "warn",
     ["unexpanded-list", "unknown-recipient"]),
    ("unexpanded list, nothing personal", evidence(), [GROUP], "allow", []),
    ("contact group with personal data", evidence(phone=1),
     [person("", "unresolved", internal=False, known=False, type="other")], "warn", ["unknown-recipient"]),
]


@pytest.mark.parametrize("name,found,recipients,expected,rules", CASES, ids=[c[0] for c in CASES])
def test_decide(name, found, recipients, expected, rules):
    decision = decide(Message(found, (), tuple(recipients), {}), Policy(Settings(org_domains=("agency.example",))))
    assert decision.decision == expected
    assert rules_of(decision) == sorted(rules)


def test_unreadable_attachment_warns():
    problems = (Problem("rota.pdf", "encrypted"),)
    decision = decide(Message(evidence(), problems, (OFFICE,), {}))
    assert decision.decision == "warn"
    assert decision.reasons[0].locations == ("rota.pdf",)
    assert "password" in decision.reasons[0].message


def test_every_rule_listed_not_only_the_most_severe():
    found = evidence(strong=ALL, access_code=120)
    recipients = [REL1, REL2, STRANGER] + [person(f"c{i}@agency.example", "care_worker", {"C001"}) for i in range(5)]
    decision = decide(Message(found, (Problem("x.pdf", "corrupt"),), tuple(recipients), {}))
    assert decision.decision == "block"
    assert rules_of(decision) == ["access-code", "bulk-client-data", "exposed-recipients",
                                  "unknown-recipient", "unlinked-client", "unreadable-attachment"]
    assert [r.severity for r in decision.reasons] == sorted(
        (r.severity for r in decision.reasons), key=lambda s: {"block": 0, "warn": 1}[s])


def test_group_override_relaxes_and_deny_overrides():
    def overrides(rule_id, recipient):
        if rule_id == "unlinked-client" and recipient.email.endswith("@nhs.example"):
            return ["allow"]
        if rule_id == "client-data" and recipient.role == "care_worker" and not recipient.email.endswith("agency.example"):
            return ["warn", "allow"]  # two groups: the stricter wins
        return []

    policy = Policy(Settings(), overrides=overrides)
    gp_other = decide(Message(evidence(strong={"C050"}), (), (GP,), {}), policy)
    assert gp_other.decision == "allow"
    carer_own = decide(Message(evidence(strong={"C003"}), (), (PERSONAL_CARER,), {}), policy)
    assert rules_of(carer_own) == ["client-data"] and carer_own.decision == "warn"


def test_personal_address_told_once():
    """12 clients with NHS numbers to a care worker's personal mailbox: one reason, about the
    personal address, naming it (not a second one about the NHS numbers)."""
    found = evidence(strong=set(sorted(ALL - PERSONAL_CARER.linked)[:12]), nhs_number=12)  # none hers
    decision = decide(Message(found, (), (PERSONAL_CARER,), {}), Policy(Settings(org_domains=("agency.example",))))
    assert decision.decision == "block"
    assert [r.rule for r in decision.reasons] == ["unlinked-client"]
    assert "cathy@homemail.example" in decision.reasons[0].message
    assert "personal address" in decision.reasons[0].message
    assert "12 clients" in decision.reasons[0].message


def test_personal_address_can_be_relaxed():
    relaxed = Policy(Settings(org_domains=("agency.example",), personal_address_outside=False))
    unassigned = decide(Message(evidence(strong={"C009"}, nhs_number=1), (), (PERSONAL_CARER,), {}), relaxed)
    assert unassigned.decision == "warn" and rules_of(unassigned) == ["unlinked-client"]
    assert "personal address" not in unassigned.reasons[0].message
    own = decide(Message(evidence(strong={"C003"}, nhs_number=1), (), (PERSONAL_CARER,), {}), relaxed)
    assert own.decision == "allow"


def test_allowed_with_data_says_why():
    decision = decide(Message(evidence(strong={"C001"}, nhs_number=1), (), (GP,), {}))
    assert decision.decision == "allow"
    assert decision.note[0] == "It has details of 1 client, and every recipient is linked to this client."
    assert decide(Message(evidence(), (), (GP,), {})).note == ()


@pytest.mark.parametrize("warn_images,recipients,expected", [
    (False, (STRANGER,), "allow"),
    (True, (STRANGER,), "warn"),
    (True, (OFFICE,), "allow"),  # pictures only count for recipients outside
    (True, (PERSONAL_CARER,), "warn"),
])
def test_pictures_are_not_unreadable_by_default(warn_images, recipients, expected):
    policy = Policy(Settings(org_domains=("agency.example",), warn_images_outside=warn_images))
    decision = decide(Message(evidence(), (Problem("photo.jpg", "image"),), recipients, {}), policy)
    assert decision.decision == expected
    if expected == "warn":
        assert "picture" in decision.reasons[0].message


def test_unreadable_attachments_one_reason_per_kind():
    problems = (Problem("a.pdf", "encrypted"), Problem("b.pdf", "encrypted"), Problem("c.zip", "too_large"))
    decision = decide(Message(evidence(), problems, (OFFICE,), {}))
    assert [r.locations for r in decision.reasons] == [("a.pdf", "b.pdf"), ("c.zip",)]
    assert decision.reasons[0].message.startswith("a.pdf and b.pdf are password-protected")
    assert "too large to check" in decision.reasons[1].message


def test_lookalike_names_the_directory_address():
    typo = person("joan.smyth@agency.example", "unknown_internal", internal=True, known=False,
                  lookalike=True, suggestion="joan.smith@agency.example")
    decision = decide(Message(evidence(), (), (typo,), {}))
    assert decision.reasons[0].message.endswith("did you mean joan.smith@agency.example?")


@pytest.mark.parametrize("email,personal", [
    ("carl@agency.example", False), ("carl@north.agency.example", False),
    ("carl@homemail.example", True), ("carl@agency.example.evil.example", True)])
def test_who_is_at_a_personal_address(email, personal):
    from needtoknow.directory.recipients import Addressee, classify
    from needtoknow.directory.view import DirectoryView, Entry
    view = DirectoryView(revision=1, by_email={email: Entry("P1", "care_worker", email)}, links={},
                         clients=(), emails=(email,))
    found = classify(Addressee(email), view, ("agency.example",), None)
    assert found.personal is personal and found.internal
    assert classify(Addressee(email), view, (), None).personal is False  # no domains: can't tell
