"""Only the Google user who ran a check from the add-on may record a reason for it, and reason
texts with file names show on the card as the names, with nothing of them read as HTML."""
import pytest
from gmail_fakes import BASE, SERVICE_ACCOUNT
from sqlalchemy import select

from needtoknow import db
from needtoknow.audit.models import AuditRecord
from needtoknow.demo.load import load_demo
from needtoknow.gmail.widgets import markdown
from test_endpoints import card_of, event, family

CLIENT_ID = "1234-addon.apps.googleusercontent.com"
ANN, BOB = "ann.office@agency.example", "bob.office@agency.example"
REASON = {"justification": {"stringInputs": {"value": ["Both families agreed to a joint email"]}}}


@pytest.fixture
def app_with_users(make_app, certs_server):
    app = make_app(GMAIL_BASE_URL=BASE, GMAIL_SERVICE_ACCOUNT=SERVICE_ACCOUNT,
                   GMAIL_CERTS_URL=certs_server.url, GMAIL_OAUTH_CLIENT_ID=CLIENT_ID)
    load_demo(app)
    return app


@pytest.fixture
def post_as(app_with_users, token, signing_key, claims):
    client = app_with_users.test_client()

    def send(path, body, user=None):
        if user:
            body["authorizationEventObject"]["userIdToken"] = signing_key.mint(**claims(CLIENT_ID, email=user))
        return client.post(path, json=body, headers={"Authorization": "Bearer " + token(path)})
    return send


def records(app, kind):
    app.extensions["needtoknow.audit_queue"].drain()  # records are written off the request thread
    with db.sessions(app)() as session:
        return session.scalars(select(AuditRecord).where(AuditRecord.kind == kind)).all()


@pytest.mark.parametrize("overrider, recorded", [(ANN, True), (BOB, False), (None, False)])
def test_only_the_user_who_ran_the_check_may_override_it(app_with_users, post_as, overrider, recorded):
    card_of(post_as("/gmail/compose", event(to=family(2), token=""), user=ANN))
    (check,) = records(app_with_users, "check")
    assert check.decision == "warn" and check.details["client"]["user"] == ANN
    response = post_as("/gmail/actions/override",
                       event(parameters={"check_id": check.check_id}, formInputs=REASON), user=overrider)
    overrides = records(app_with_users, "override")
    assert bool(overrides) is recorded
    if recorded:
        assert overrides[0].actor == ANN
    else:
        assert "Only the person who ran that check" in \
            response.get_json()["renderActions"]["action"]["notification"]["text"]


def test_a_check_from_another_add_in_cannot_be_overridden_here(app_with_users, post_as):
    client = app_with_users.test_client()
    warned = client.post("/api/v1/check", json={"sender": ANN, "to": family(2), "body": "Hello"}).get_json()
    assert warned["decision"] == "warn"
    post_as("/gmail/actions/override", event(parameters={"check_id": warned["check_id"]}, formInputs=REASON),
            user=ANN)
    assert records(app_with_users, "override") == []


@pytest.mark.parametrize("text, html", [
    ("It contains **3 key safe codes** (in key\\_safes\\.pdf).",
     "It contains <b>3 key safe codes</b> (in key_safes.pdf)."),
    ("**1 file** \\<script\\>alert(1)\\</script\\>.pdf can't be read.",
     "<b>1 file</b> &lt;script&gt;alert(1)&lt;/script&gt;.pdf can't be read."),
    ("\\[click\\]\\(https://evil.example\\) <i>x</i> & \\*\\*not bold\\*\\*",
     "[click](https://evil.example) &lt;i&gt;x&lt;/i&gt; &amp; **not bold**"),
    ("**unclosed", "<b>unclosed</b>"),
])
def test_reason_markdown_becomes_card_html(text, html):
    assert markdown(text) == html
