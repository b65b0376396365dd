"""scan(): what a message holds, as counts, places, masked codes and client ids — never values."""
import random
import re
import time

import ahocorasick
import pytest

from needtoknow.inspect.directory_match import ClientIndex, ClientRecord
from needtoknow.inspect.document import TextPart
from needtoknow.inspect.evidence import EMPTY
from needtoknow.inspect.scan import scan

GIVEN = "Ivy Edna Doris Violet Arthur Albert Stanley Harold Walter Ernest Gladys Winifred".split()
FAMILY = "Clarke Okafor Ashworth Pemberton Hartley Lindqvist Brennan Fairclough Whitlock".split()
STREETS = ["Mill Close", "Orchard Avenue", "Beech Gardens", "Station Rd", "Church St"]
OFFICE = "Office 01634 000111, Unit 4, ME4 4TR"
ORG = dict(org_phones=["01634 000111"], org_postcodes=["ME4 4TR"])


def synthetic_list(count=120, seed=3):
    """Clients and the key safe list an office would print for them (one row per client)."""
    rnd = random.Random(seed)
    clients, codes, rows = [], [], []
    for n in range(count):
        phone = f"01622 {700000 + n * 7:06d}" if n % 2 else f"(01474) {300000 + n * 11:06d}"
        inward = f"{rnd.randint(1, 9)}{rnd.choice('ABDEFGHJ')}{'ABDEFGHJLNPQRSTUWXYZ'[n % 20]}"
        postcode = f"ME{rnd.randint(1, 9)} {inward}"
        family = FAMILY[n // len(GIVEN) % len(FAMILY)] + ("" if n < 108 else "son")
        name = f"{GIVEN[n % len(GIVEN)]} {family}"
        client = ClientRecord(f"c{n}", name, phone, f"{n + 1} {STREETS[n % 5]}, Hoo", postcode)
        code = f"{rnd.randint(1000, 9999)}"
        clients.append(client)
        codes.append(code)
        rows.append(f"Name: Mrs {name} | Address: {client.address} | Postcode: {postcode} | "
                    f"Phone: {phone} | Key safe code: {code}")  # fmt: skip
    return clients, codes, "\n".join(rows + [OFFICE])


CLIENTS, CODES, TABLE = synthetic_list()
INDEX = ClientIndex.build(CLIENTS, **ORG)


def test_the_key_safe_list_is_found_in_full():
    evidence = scan([TextPart("keysafes.pdf", TABLE)], INDEX)
    assert dict(evidence.counts) == {"access_code": 120, "phone": 120, "postcode": 120}
    assert evidence.identified() == {c.id for c in CLIENTS}
    assert evidence.named == {c.id for c in CLIENTS}
    assert sorted(evidence.masked_codes) == sorted(c[:2] + "**" for c in CODES)
    assert evidence.locations == {k: {"keysafes.pdf"} for k in evidence.counts}
    assert set(evidence.client_locations) == {c.id for c in CLIENTS}


def test_evidence_holds_no_values():
    shown = repr(scan([TextPart("keysafes.pdf", TABLE)], INDEX))
    values = set(CODES)
    for c in CLIENTS:
        digits = re.sub(r"\D", "", c.phone)
        values |= {c.full_name, c.full_name.split()[-1], c.address.split(",")[0], c.phone, digits,
                   digits[1:], c.postcode, c.postcode.replace(" ", "")}  # fmt: skip
    leaked = sorted(v for v in values if v.lower() in shown.lower())
    assert leaked == []


@pytest.mark.parametrize(
    "text, counts, identified",
    [
        (OFFICE, {}, set()),  # the organisation's own phone and postcode
        ("Kind regards, Office team\n" + OFFICE, {}, set()),
        ("Ivy Clarke called.", {}, set()),  # a name alone identifies nobody
        (f"Ivy Clarke, {CLIENTS[0].postcode}", {"postcode": 1}, {"c0"}),
        (f"Please ring {CLIENTS[1].phone}", {"phone": 1}, {"c1"}),
        ("2 Orchard Avenue needs a visit", {}, {"c1"}),
        ("Edna (DOB 04/11/1929) email edna.f@gmail.com, key safe C1234",
         {"date_of_birth": 1, "email": 1, "access_code": 1}, set()),
        ("Visit at 14:30 on 03/12/2024, Room 1234, PO Box 1234, ext 1234, code of conduct 2024",
         {}, set()),
        ("0161000002", {"nhs_number": 1}, set()),  # phone-shaped, but a valid NHS number wins
        ("Phone: 0161000002", {"phone": 1}, set()),
    ],
)
def test_messages(text, counts, identified):
    evidence = scan([TextPart("body", text)], INDEX)
    assert dict(evidence.counts) == counts
    assert evidence.identified() == identified


def test_a_form_and_a_split_name_are_read():
    """A care plan's form (labels beside values) and a list's Surname / Forename columns."""
    client = CLIENTS[2]
    given, family = client.full_name.split()
    form = (f"Name | {client.full_name}\nDate of birth | 04/11/1929\nKey safe | 9357\n"
            f"Surname: {family} | Forename: {given} | Postcode: {client.postcode}")
    evidence = scan([TextPart("plan.docx", form)], INDEX)
    assert dict(evidence.counts) == {"access_code": 1, "date_of_birth": 1, "postcode": 1}
    assert evidence.identified() == {client.id}


def test_parts_add_up_across_a_message():
    client = CLIENTS[5]
    parts = [
        TextPart("subject", "Visit"),
        TextPart("body", f"About {client.full_name}"),
        TextPart("rota.docx", f"Postcode: {client.postcode}"),
        TextPart("empty.txt", ""),
    ]
    evidence = scan(parts, INDEX)
    assert evidence.identified() == {client.id}
    assert evidence.locations == {"postcode": {"rota.docx"}}
    assert evidence.client_locations == {client.id: {"body", "rota.docx"}}


def test_nothing_to_scan():
    assert scan([], INDEX) == EMPTY
    assert scan([TextPart("body", "")], INDEX) == EMPTY


def test_nothing_is_compiled_or_built_on_the_hot_path(monkeypatch):
    scan([TextPart("body", "warm up")], INDEX)

    def refuse(*args, **kwargs):
        raise AssertionError("built during a scan")

    monkeypatch.setattr(re, "compile", refuse)
    monkeypatch.setattr(ahocorasick, "Automaton", refuse)
    assert scan([TextPart("keysafes.pdf", TABLE)], INDEX).counts["access_code"] == 120


def test_a_client_list_scans_quickly():
    # The benchmark measures; this only catches a regression by an order of magnitude.
    parts = [TextPart("keysafes.pdf", TABLE)]
    scan(parts, INDEX)
    best = min(_elapsed(lambda: scan(parts, INDEX)) for _ in range(5))
    assert best < 0.1


def _elapsed(fn):
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


@pytest.mark.parametrize("text, counts, identified", [
    # Soft hyphens (Word's optional hyphens, HTML's &shy;) and zero-width characters show
    # nothing but would split a word or a number.
    ("Key\u00adsafe 93\u200b57", {"access_code": 1}, set()),
    (f"{GIVEN[0][:2]}\u00ad{GIVEN[0][2:]} {FAMILY[0]}, {CLIENTS[0].postcode}", {"postcode": 1},
     {"c0"}),
    (f"Cl\u200barke, {GIVEN[0]} {CLIENTS[0].postcode}", {"postcode": 1}, {"c0"}),
    ("Ring " + CLIENTS[1].phone.replace("7", "7\u2060"), {"phone": 1}, {"c1"}),
])
def test_invisible_characters_are_ignored(text, counts, identified):
    evidence = scan([TextPart("body", text)], INDEX)
    assert dict(evidence.counts) == counts
    assert evidence.identified() == identified


@pytest.mark.parametrize("text,phones", [
    ("Call NHS 111 or the council on 0300 123 4567", 0),
    ("Freephone 0800 123 4567, premium 0906 123 4567", 0),
    ("Her daughter is on 07700 900123", 1),
    ("Landline 01632 960123", 1),
])
def test_service_numbers_are_not_personal(text, phones):
    from needtoknow.inspect.directory_match import ClientIndex
    evidence = scan([TextPart("body", text)], ClientIndex.build([]))
    assert evidence.counts["phone"] == phones
