"""The add-on's endpoints end to end: verified requests, the real engine on the demo directory, the
Gmail API and Admin SDK through HttpMockSequence, and every answer checked against Google's card
structure."""
import pytest
from gmail_card_schema import callbacks, validate
from gmail_fakes import (BASE, PDF, XLSX, GmailMessage, draft, drafts_list, error, member,
                         members_page, mime_draft, ok)
from googleapiclient.discovery import build
from googleapiclient.http import HttpMockSequence
from sqlalchemy import select

from needtoknow import db
from needtoknow.audit.models import AuditRecord
from needtoknow.demo.documents import client_list_pdf, contacts_xlsx, key_safe_code
from needtoknow.demo.generate import make_directory

DIRECTORY = make_directory()  # what load_demo imports


def people(kind):
    return DIRECTORY.of_kind(kind)


def family(n):
    """n relatives, each the only open link to a different client: (emails, their clients' ids)."""
    seen, out = set(), []
    for link in DIRECTORY.relationships:
        if link["person_id"].startswith("R") and not link["valid_to"] and link["client_id"] not in seen:
            seen.add(link["client_id"])
            out.append(next(p["email"] for p in people("relative") if p["id"] == link["person_id"]))
    return out[:n]


def event(to=(), cc=(), bcc=(), token="ya29.user", **common):
    body = {"commonEventObject": {"hostApp": "GMAIL", "platform": "WEB", **common},
            "authorizationEventObject": {"userOAuthToken": token, "systemIdToken": "eyJ…"},
            "gmail": {"toRecipients": list(to), "ccRecipients": list(cc), "bccRecipients": list(bcc)}}
    if not token:
        del body["authorizationEventObject"]["userOAuthToken"]
    return body


def card_of(response):
    body = response.get_json()
    action = body.get("renderActions", body)["action"]
    return action["navigations"][0].get("pushCard") or action["navigations"][0].get("updateCard")


def audit(app, kind="check"):
    app.extensions["needtoknow.audit_queue"].drain()  # records are written off the request thread
    with db.sessions(app)() as session:
        return session.scalars(select(AuditRecord).where(AuditRecord.kind == kind)).all()


class GmailApi:
    """The Gmail API's answers, in order (none until `answer`); the requests it got."""

    def __init__(self, runtime):
        self.http = HttpMockSequence([])
        runtime.gmail_http = lambda: self.http

    def answer(self, *responses):
        self.http = HttpMockSequence(list(responses))

    @property
    def requests(self):
        return self.http.request_sequence


@pytest.fixture
def gmail_api(runtime):
    return GmailApi(runtime)


# Verification --------------------------------------------------------------------------------

@pytest.mark.parametrize("case", ["missing", "not bearer", "other endpoint", "wrong account",
                                  "expired", "unsigned", "forged"])
def test_unverified_requests_get_401_and_no_work(case, post, token, other_key, claims, gmail_app,
                                                 gmail_api, runtime):
    path = "/gmail/compose"
    runtime.groups.service_factory = lambda: pytest.fail("the Admin SDK was called")
    header = {
        "missing": None, "not bearer": "Basic " + token(path),
        "other endpoint": "Bearer " + token("/gmail/homepage"),
        "wrong account": "Bearer " + token(path, email="attacker@evil.example"),
        "expired": "Bearer " + token(path, iat=1_600_000_000, exp=1_600_003_600),
        "unsigned": "Bearer " + token(path).rsplit(".", 1)[0] + ".",
        "forged": "Bearer " + other_key.mint(**claims(BASE + path)),
    }[case]
    response = post(path, event(to=family(2)), headers={"Authorization": header} if header else {})
    assert response.status_code == 401 and response.get_json() == {"error": "Unauthorized."}
    assert gmail_api.requests == [] and audit(gmail_app) == []


def test_an_unconfigured_add_on_refuses_everything(make_app, signing_key, claims):
    client = make_app().test_client()
    response = client.post("/gmail/homepage", json={}, headers={
        "Authorization": "Bearer " + signing_key.mint(**claims(BASE + "/gmail/homepage"))})
    assert response.status_code == 401


# Cards ------------------------------------------------------------------------------------------

def test_homepage(post):
    response = post("/gmail/homepage", {"commonEventObject": {"hostApp": "GMAIL"}})
    assert response.status_code == 200 and validate(response.get_json(), "triggerResponse") == []


def test_no_recipients_yet(post):
    card = card_of(post("/gmail/compose", event()))
    assert card["header"]["title"] == "Add the recipients first"


def test_an_event_without_the_draft_says_where_to_open_it(post):
    card = card_of(post("/gmail/compose", {"commonEventObject": {"hostApp": "GMAIL"}}))
    assert card["header"]["title"] == "Open Need to Know from the draft"


def test_relatives_of_different_clients_in_to_get_a_warning(post, gmail_app, gmail_api):
    response = post("/gmail/compose", event(to=family(2), token=""))
    assert validate(response.get_json(), "triggerResponse") == []
    card = card_of(response)
    text = str(card)
    assert card["header"]["title"] == "Check before you send"
    assert "Move to Bcc (2)" in text and "You have not allowed Need to Know to read your drafts" in text
    assert gmail_api.requests == []  # no token, no Gmail call
    (record,) = audit(gmail_app)
    assert record.decision == "warn" and record.rules == ["exposed-recipients"]


def incident(n_clients=24):
    """The incident in small: a client list with key safe codes and a contacts sheet, to carers and
    to relatives of other clients."""
    clients = DIRECTORY.clients[:n_clients]
    to = [p["email"] for p in people("care_worker")[:8]] + family(40)[-4:]
    files = [("clients.pdf", PDF, client_list_pdf(clients)), ("contacts.xlsx", XLSX, contacts_xlsx(clients))]
    message = GmailMessage(mime_draft(to=to, subject="Client list and key safes for next week",
                                      text="Please find attached.", html="<p>Please find attached.</p>",
                                      attachments=files), "18e1a2b3c4d5e6f7", "18e1a2b3c4d5e6f7")
    return clients, to, message


def test_the_incident_is_blocked_with_counts_never_values(post, gmail_app, gmail_api):
    clients, to, message = incident()
    pdf_id, xlsx_id = message.attachments
    gmail_api.answer(ok(drafts_list(("r-77", message))), ok(draft("r-77", message, "metadata")),
                     ok(draft("r-77", message)), ok(message.attachment(pdf_id)),
                     ok(message.attachment(xlsx_id)))
    response = post("/gmail/compose", event(to=to))
    body = response.get_json()
    assert validate(body, "triggerResponse") == []
    card, text = card_of(response), response.get_data(as_text=True)
    assert card["header"]["title"] == "Don't send this email"
    assert "key safe or door codes" in text and f"{len(clients)} clients" in text
    assert "subject, body and 2 attachments" in text
    for c in clients:
        for secret in (c["full_name"], c["phone"], c["address"], c["postcode"], c["nhs_number"]):
            assert secret not in text
        assert f">{key_safe_code(c)}<" not in text and f" {key_safe_code(c)} " not in text
    assert len(gmail_api.requests) == 5
    (record,) = audit(gmail_app)
    assert record.decision == "block" and "access-code" in record.rules
    assert record.actor == "ann.office@agency.example"


@pytest.mark.parametrize("answers, note", [
    ([error(503)], "Gmail did not answer"),
    ([error(401, "authError", "Invalid Credentials")], "Your Google sign-in for Need to Know has expired"),
])
def test_gmail_failures_are_said_on_the_card(answers, note, post, gmail_api):
    gmail_api.answer(*answers)
    response = post("/gmail/compose", event(to=family(1)))
    assert response.status_code == 200 and validate(response.get_json(), "triggerResponse") == []
    assert note in str(card_of(response))


def test_an_engine_failure_is_a_card_not_a_stack_trace(post, monkeypatch):
    def broken(inp, **kwargs):
        raise RuntimeError("Mrs Example's key safe 4812")
    monkeypatch.setattr("needtoknow.api.gmail.perform", broken)
    response = post("/gmail/compose", event(to=family(1), token=""))
    text = response.get_data(as_text=True)
    assert response.status_code == 200 and validate(response.get_json(), "triggerResponse") == []
    assert "couldn't check this email" in text and "4812" not in text and "Traceback" not in text


def test_google_groups_are_expanded(post, runtime):
    carers = [p["email"] for p in people("care_worker")[:2]]
    http = HttpMockSequence([ok(members_page([member(carers[0])], "p2")),
                             ok(members_page([member(carers[1])]))])
    runtime.groups.service_factory = lambda: build("admin", "directory_v1", http=http, static_discovery=True)
    text = str(card_of(post("/gmail/compose", event(to=["carers@agency.example"], token=""))))
    assert "Recipients (2)" in text and "To · via carers@agency.example" in text
    assert "includeDerivedMembership=true" in http.request_sequence[0][0]


# Card actions -----------------------------------------------------------------------------------

def test_remove_these_recipients_returns_the_exact_update(post):
    relatives = family(2)
    body = event(to=["ann.office@agency.example", relatives[0]], cc=[relatives[1]],
                 parameters={"remove": relatives[0]})
    response = post("/gmail/actions/remove", body)
    assert response.get_json() == {"renderActions": {"hostAppAction": {"gmailAction": {
        "updateDraftActionMarkup": {"updateToRecipients": {
            "toRecipients": [{"email": "ann.office@agency.example"}]}}}}}}
    assert validate(response.get_json(), "actionResponse") == []


def test_a_fix_without_the_current_recipients_changes_nothing(post):
    response = post("/gmail/actions/bcc", {"commonEventObject": {"parameters": {"move": "a@x.example"}}})
    notification = response.get_json()["renderActions"]["action"]["notification"]["text"]
    assert "Change them by hand: a@x.example" in notification


def test_a_warning_can_be_overridden_with_a_reason(post, gmail_app):
    warned = card_of(post("/gmail/compose", event(to=family(2), token="")))
    (function,) = {f for f in callbacks(warned) if f.endswith("/override")}
    assert function == BASE + "/gmail/actions/override"
    check_id = audit(gmail_app)[0].check_id
    inputs = {"justification": {"stringInputs": {"value": ["Both families agreed to a joint email"]}}}
    response = post("/gmail/actions/override", event(parameters={"check_id": check_id}, formInputs=inputs))
    assert validate(response.get_json(), "actionResponse") == []
    assert card_of(response)["header"]["title"] == "Reason recorded"
    (record,) = audit(gmail_app, "override")
    assert record.check_id == check_id and record.justification == "Both families agreed to a joint email"
    # a check is overridden once, and a category chosen on the card is kept
    again = post("/gmail/actions/override", event(parameters={"check_id": check_id}, formInputs=inputs))
    assert "already recorded" in again.get_json()["renderActions"]["action"]["notification"]["text"]
    assert len(audit(gmail_app, "override")) == 1


def test_the_reason_category_is_kept(post, gmail_app):
    card_of(post("/gmail/compose", event(to=family(2), token="")))
    check_id = audit(gmail_app)[0].check_id
    inputs = {"justification": {"stringInputs": {"value": ["Both families agreed to a joint email"]}},
              "category": {"stringInputs": {"value": ["client-consented"]}}}
    post("/gmail/actions/override", event(parameters={"check_id": check_id}, formInputs=inputs))
    (record,) = audit(gmail_app, "override")
    assert record.details == {"category": "client-consented"}


@pytest.mark.parametrize("check_id, reason, says", [
    ("nope", "A good reason", "not in the audit log"),
    (None, "ok", "Write your reason in words"),
    (None, "...   ...", "Write your reason in words"),
    (None, "aaaaaaaaaaaa", "Write your reason in words"),
])
def test_an_override_that_cannot_be_recorded(check_id, reason, says, post, gmail_app):
    inputs = {"justification": {"stringInputs": {"value": [reason]}}}
    response = post("/gmail/actions/override",
                    event(parameters={"check_id": check_id or ""}, formInputs=inputs))
    assert says in response.get_json()["renderActions"]["action"]["notification"]["text"]
    assert audit(gmail_app, "override") == []


def test_check_again_updates_the_card(post):
    response = post("/gmail/actions/recheck", event(to=family(1), token=""))
    assert validate(response.get_json(), "actionResponse") == []
    assert "updateCard" in response.get_json()["renderActions"]["action"]["navigations"][0]
