"""Every reason's sentence, for one, two and many recipients, clients and files: one sentence,
no rule id, plurals that agree, the recipients named (then "and N more"), what to do, and at most
500 characters even with long addresses."""
import re

import pytest

from needtoknow.inspect.document import PROBLEM_KINDS
from needtoknow.policy import wording
from needtoknow.policy.dialog import LIMIT
from needtoknow.policy.rules import RULES

COUNTS = (1, 2, 12)


def emails(n):
    # long, real-looking addresses: the 500-character limit must hold for them too
    return tuple(f"firstname.lastname{i:02}@community-care-partners.example" for i in range(n))


def files(n):
    return tuple(f"weekly rota for the north team {i:02}.pdf" for i in range(n))


CASES = []
for n in COUNTS:
    CASES += [
        (f"access code ×{n}", wording.access_code(n, ("body",) + files(n - 1)), (), "access"),
        (f"bulk ×{n}", wording.bulk(10 * n, 6 * n, 5), (), "bulk"),
        (f"unknown ×{n}", wording.unknown(emails(n)), emails(n), "unknown"),
        (f"unexpanded ×{n}", wording.unexpanded(emails(n)), emails(n), "unexpanded"),
        (f"exposed ×{n}", wording.exposed(emails(n)), emails(n), "exposed"),
        (f"lookalike ×{n}", wording.lookalike([(e.replace("name", "nmae"), e) for e in emails(n)]),
         tuple(e.replace("name", "nmae") for e in emails(n)), "lookalike"),
        (f"client data ×{n}", wording.client_data(emails(n), n), emails(n), "client-data"),
        (f"personal NHS ×{n}", wording.personal_address(emails(n), {"nhs_number": n}), emails(n),
         "personal"),
        (f"personal all kinds ×{n}", wording.personal_address(
            emails(n), {"nhs_number": n, "date_of_birth": n, "access_code": n}), emails(n), "personal"),
        (f"client health details ×{n}", wording.client_health(emails(n), n), emails(n), "health"),
        (f"allowed ×{n}", wording.allowed(n, True), (), "allowed"),
        (f"allowed by rules ×{n}", wording.allowed(n, False), (), "allowed"),
    ]
    for clients in COUNTS:
        for audience in ("outside", "personal", "staff"):
            CASES.append((f"unlinked {audience} ×{n} recipients ×{clients} clients",
                          wording.unlinked_client(audience, emails(n), clients), emails(n), "unlinked"))
    for kind in PROBLEM_KINDS + ("image",):
        CASES.append((f"unreadable {kind} ×{n}", wording.unreadable(kind, files(n)), files(n), kind))
CASES.append(("allowed, personal details only", wording.allowed(0, True), (), "allowed"))
CASES.append(("contact group", wording.unexpanded(("(contact group)",)), (), "unexpanded"))

IDS = [c[0] for c in CASES]
# Each rule's wording, as CASES name it ("unreadable-attachment": one per kind of file problem).
WORDED_AS = {
    "access-code": ("access",), "unlinked-client": ("unlinked",), "bulk-client-data": ("bulk",),
    "unknown-recipient": ("unknown",), "exposed-recipients": ("exposed",),
    "unreadable-attachment": PROBLEM_KINDS + ("image",), "lookalike-recipient": ("lookalike",),
    "unexpanded-list": ("unexpanded",), "client-health-details": ("health",),
    "personal-address": ("personal",), "client-data": ("client-data",),
}


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rule_is_worded_for_one_two_and_many(rule):
    """A rule added without its sentences in CASES fails here, not in front of staff."""
    for what in WORDED_AS[rule]:
        for n in COUNTS:
            assert any(w == what and f"×{n}" in name for name, _said, _named, w in CASES), (rule, what, n)
NOUNS = r"(client|recipient|problem|attachment|code|number|address|date|staff member|picture|group)"


@pytest.mark.parametrize("name,said,named,what", CASES, ids=IDS)
def test_one_plain_sentence(name, said, named, what):
    plain, md = said
    assert len(plain) <= LIMIT and len(md) <= LIMIT, len(plain)
    assert plain[0].isupper() or plain[0].isdigit() or plain.startswith(named[:1] or "\0"), plain
    assert plain.endswith((".", "?")), plain
    # one sentence: nothing ends a sentence and starts another (addresses hold dots, not ". X")
    assert not re.search(r"[.?!] [A-Z]", plain), plain
    assert "  " not in plain and " ." not in plain and ".." not in plain and " ," not in plain
    assert md.count("**") % 2 == 0


@pytest.mark.parametrize("name,said,named,what", CASES, ids=IDS)
def test_no_rule_ids_or_jargon(name, said, named, what):
    plain, _md = said
    for rule in RULES:
        assert rule not in plain
    for jargon in ("(in body)", "in the directory", "rule", "(+", "recipient(s)", "None", "null"):
        assert jargon not in plain, jargon


@pytest.mark.parametrize("name,said,named,what", CASES, ids=IDS)
def test_plurals_agree(name, said, named, what):
    plain, _md = said
    assert not re.search(rf"\b1 {NOUNS}s\b", plain), plain
    assert not re.search(rf"\b([02-9]|\d\d+) {NOUNS}\b(?!s)", plain), plain
    if len(named) == 1:
        assert not re.search(r"\b(are|they could|them)\b", plain.split(":")[0].replace(
            "they are not", "")), plain
    if len(named) > 1:
        assert not re.search(r"\b(is|it could)\b", plain.split(":")[0].replace("this email", "")
                             .replace("it for", "")), plain
    if len(named) > 1 and what in PROBLEM_KINDS + ("image",):  # files: "them", never "it"
        assert not re.search(r"\b(it|it is)\b", plain.split(":", 1)[1].replace("send it", "")), plain


@pytest.mark.parametrize("name,said,named,what", CASES, ids=IDS)
def test_names_who_and_says_what_to_do(name, said, named, what):
    plain, _md = said
    shown = named if len(named) <= wording.FEW + 1 else named[:wording.FEW]
    for item in shown:
        assert plain.count(item) == 1, (item, plain)  # named, and only once
    if len(named) > wording.FEW + 1:
        assert f"and {len(named) - wording.FEW} more" in plain
    if what != "allowed":
        assert ": " in plain, plain  # the problem, then what to do


@pytest.mark.parametrize("audience,expected", [
    ("outside", "outside the organisation"), ("personal", "personal address"),
    ("staff", "in the organisation")])
def test_unlinked_says_where_the_mail_goes(audience, expected):
    plain, _md = wording.unlinked_client(audience, ("jo@homemail.example",), 12)
    assert expected in plain and "12 clients" in plain


def test_lookalike_asks_about_the_directory_address():
    plain, md = wording.lookalike([("joan.smyth@agency.example", "joan.smith@agency.example")])
    assert plain == ("joan.smyth@agency.example is not in your care records: did you mean "
                     "joan.smith@agency.example?")
    assert "joan\\.smith@agency\\.example?" in md


@pytest.mark.parametrize("kind,words", [
    ("encrypted", "send the password separately — never in this email"),
    ("too_large", "too large to check"),
    ("image", "picture"),
])
def test_attachments_worded_by_kind(kind, words):
    plain, _md = wording.unreadable(kind, ("rota.pdf",))
    assert words in plain
    assert "unprotected" not in plain and "remove its protection" not in plain


def test_file_names_cannot_inject_markdown():
    plain, md = wording.unreadable("encrypted", ["[Open me](https://evil.example).pdf"])
    assert plain.startswith("[Open me](https://evil.example).pdf is password-protected")
    assert "](" not in md.replace("\\](", "").replace("\\(", "")
    assert md.startswith("\\[Open me\\]\\(https://evil\\.example\\)\\.pdf")
    _plain, md = wording.access_code(1, ["**x**.docx"])
    assert "\\*\\*x\\*\\*" in md


def test_contact_group_opens_with_a_capital():
    plain, _md = wording.unexpanded(("(contact group)",))
    assert plain.startswith("A contact group with no address is a group")
