"""Cards: Google's structure, plain words, counts never values."""
from types import SimpleNamespace

import pytest
from gmail_card_schema import callbacks, validate

from needtoknow.check import CheckInput
from needtoknow.directory.recipients import Recipient
from needtoknow.gmail import cards, widgets
from needtoknow.gmail.compose import NOTES, ContentNote, Prepared
from needtoknow.gmail.event import Event
from needtoknow.gmail.groups import Expansion
from needtoknow.gmail.settings import GmailSettings

SETTINGS = GmailSettings(base_url="https://nk.agency.example", service_account="sa@x")
EVENT = Event(to=("rel.a@mailbox.example", "rel.b@mailbox.example"), cc=("carers@agency.example",),
              has_recipients=True)


def recipient(email, role, field="to", linked=(), via=""):
    return Recipient(email=email, field=field, role=role, internal=role in ("care_worker",),
                     known=True, linked=frozenset(linked), expanded_from=via)


def presented(decision, reasons=(), findings=None, recipients=()):
    return {"check_id": "c0ffee", "decision": decision, "title": "t", "message": "m",
            "message_markdown": "m", "reasons": list(reasons), "findings": findings or {},
            "override": {"allowed": decision != "block", "justification": decision == "warn"},
            "recipients": [{"email": r.email, "field": r.field, "known": r.known, "role": r.role,
                            "linked_clients": 0, "unlinked_clients": 3 if r.role == "relative" else 0}
                           for r in recipients]}


def reason(rule, severity, recipients=(), text="It identifies **12 clients**."):
    return {"rule": rule, "severity": severity, "message": text.replace("**", ""),
            "message_markdown": text, "recipients": list(recipients), "clients": 12, "locations": []}


RECIPIENTS = (recipient("rel.a@mailbox.example", "relative", linked={"C1"}),
              recipient("rel.b@mailbox.example", "relative", linked={"C2"}),
              recipient("w1@agency.example", "care_worker", "cc", {"C1", "C2"}, via="carers@agency.example"))
CASES = {
    "block": presented("block", [reason("unlinked-client", "block", ["rel.a@mailbox.example"]),
                                 reason("access-code", "block")],
                       {"access_code": 12, "phone": 12, "client": 12}, RECIPIENTS),
    "warn": presented("warn", [reason("exposed-recipients", "warn",
                                      ["rel.a@mailbox.example", "rel.b@mailbox.example"])],
                      {}, RECIPIENTS),
    "allow": presented("allow", recipients=RECIPIENTS),
}


def build(kind, note=ContentNote(True, "checked"), expansion=Expansion((), ("carers@agency.example",))):
    result = SimpleNamespace(recipients=RECIPIENTS)
    prepared = Prepared(CheckInput("", ()), note, expansion)
    return widgets.push(cards.decision(CASES[kind], result, prepared, EVENT, SETTINGS))


@pytest.mark.parametrize("kind", CASES)
def test_decision_cards_have_google_structure(kind):
    response = build(kind)
    assert validate(response, "triggerResponse") == []
    assert all(f.startswith(SETTINGS.base_url + "/gmail/actions/") for f in callbacks(response))


def test_blocked_card_names_the_decision_reasons_and_counts():
    card = build("block")["action"]["navigations"][0]["pushCard"]
    text = str(card)
    assert card["header"]["title"] == "Don't send this email"
    assert "<b>Blocked</b>" in text and "12 key safe or door codes" in text
    assert "12 clients identified" in text
    assert "It identifies <b>12 clients</b>." in text
    assert "Remove these recipients (1)" in text and "Send anyway" not in text


def test_warning_card_offers_bcc_and_a_recorded_justification():
    card = build("warn")["action"]["navigations"][0]["pushCard"]
    text = str(card)
    assert "Move to Bcc (2)" in text and "I have checked — record" in text
    assert "'key': 'check_id', 'value': 'c0ffee'" in text and "'name': 'justification'" in text


def test_warning_card_offers_reason_categories():
    card = build("warn")["action"]["navigations"][0]["pushCard"]
    (select,) = [w["selectionInput"] for s in card["sections"] for w in s["widgets"] if "selectionInput" in w]
    assert select["name"] == "category" and select["type"] == "DROPDOWN"
    assert [i["value"] for i in select["items"]] == ["", "manager-approved", "client-consented",
                                                     "professional-need"]


def test_allowed_with_client_details_says_why():
    allowed = dict(CASES["allow"], title="This email can be sent",
                   message_markdown="It has details of **1 client**, and every recipient is linked to this client.")
    card = cards.decision(allowed, SimpleNamespace(recipients=RECIPIENTS),
                          Prepared(CheckInput("", ()), ContentNote(True, "checked"), Expansion(())),
                          EVENT, SETTINGS)
    assert card["header"]["title"] == "This email can be sent"
    assert "It has details of <b>1 client</b>, and every recipient is linked to this client." in str(card)
    assert "Nothing sensitive" not in str(card)


def test_rows_name_personal_addresses_and_the_address_meant():
    from dataclasses import replace
    rows = (replace(recipient("cathy@homemail.example", "care_worker"), personal=True),
            Recipient(email="joan.smyth@agency.example", field="to", role="unknown_internal",
                      internal=True, known=False, lookalike=True, suggestion="joan.smith@agency.example"))
    card = cards.decision(presented("block", recipients=rows), SimpleNamespace(recipients=rows),
                          Prepared(CheckInput("", ()), ContentNote(True, "checked"), Expansion(())),
                          EVENT, SETTINGS)
    text = str(card)
    assert "Care worker · a personal address, outside the organisation" in text
    assert "did you mean joan.smith@agency.example?" in text


def test_allowed_without_content_says_so():
    note = ContentNote(False, NOTES["off"])
    card = build("allow", note)["action"]["navigations"][0]["pushCard"]
    assert card["header"]["title"] == "No problems with the recipients"
    assert "were not checked" in str(card) and "Fix it" not in str(card)


def test_recipient_rows_show_roles_links_and_groups():
    text = str(build("block", expansion=Expansion((), (), ("families@agency.example",))))
    assert "Relative · linked to 1 client · would get details of 3 other clients" in text
    assert "Cc · via carers@agency.example" in text
    assert "Could not expand: families@agency.example" in text


def test_long_recipient_lists_are_cut_and_counted():
    many = tuple(recipient(f"w{i}@agency.example", "care_worker") for i in range(60))
    result = SimpleNamespace(recipients=many)
    card = cards.decision(presented("allow", recipients=many), result,
                          Prepared(CheckInput("", ()), ContentNote(True, "ok"), Expansion(())),
                          Event(to=tuple(r.email for r in many)), SETTINGS)
    section = next(s for s in card["sections"] if s.get("header") == "Recipients (60)")
    assert len(section["widgets"]) == cards.MAX_ROWS + 1 and section["collapsible"]
    assert "…and 20 more recipients." in str(section)


@pytest.mark.parametrize("card", [cards.homepage(), cards.message("Oops", "Gmail <down> & out")])
def test_other_cards_have_google_structure(card):
    assert validate(widgets.push(card), "triggerResponse") == []
    assert validate(widgets.navigate(card, notification="n"), "actionResponse") == []


def test_text_we_did_not_write_is_escaped():
    assert "Gmail &lt;down&gt; &amp; out" in str(cards.message("Oops", "Gmail <down> & out"))


def test_the_schema_catches_mistakes():
    bad = {"action": {"navigations": [{"pushCard": {"sections": [{"widgets": [
        {"textParagraph": {"txt": "x"}}, {"decoratedText": {"text": "<script>x</script>"}},
        {"buttonList": {"buttons": [{"text": "b", "onClick": {"action": {}}}]}}]}]}}]}}
    problems = validate(bad, "triggerResponse")
    assert any("unknown key 'txt'" in p for p in problems)
    assert any("<script> is not card formatting" in p for p in problems)
    assert any("needs 'function'" in p for p in problems)
