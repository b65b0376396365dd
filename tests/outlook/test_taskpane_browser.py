"""The task pane in headless Chromium (Debian's, as tests/browser uses): the page loads
launchevent.js and taskpane.js over HTTP, checks the draft against the real app, and records a
reason for a warned email. Office.js is replaced by a small stand-in for the compose item, whose
recipient and body a test may set (`draft`). Every state the pane shows is screenshotted to
test-artifacts/taskpane-<state>.png after axe-core finds no serious or critical problem in it."""
import json
import pathlib
import threading

import pytest
from werkzeug.serving import make_server

from accessibility import axe_violations, serve_axe
from needtoknow.demo.load import load_demo

pytestmark = pytest.mark.browser
ARTIFACTS = pathlib.Path(__file__).resolve().parents[2] / "test-artifacts"
OFFICE_STUB = """
window.sent = false;
var draft = window.draft || { to: "someone@example.org", type: "externalUser",
                              body: "<p>NHS number 943 476 5919, born 01/02/1940.</p>" };
window.Office = (function () {
  var ok = function (v) { return { status: "succeeded", value: v }; };
  var later = function (f) { return function () { var a = [].slice.call(arguments), cb = a.pop();
    setTimeout(function () { cb(f.apply(null, a)); }, 0); }; };
  var kept = {};
  var item = {
    itemType: "message",
    from: { getAsync: later(function () { return ok({ emailAddress: "office@agency.example" }); }) },
    to: { getAsync: later(function () { return ok([{ emailAddress: draft.to, recipientType: draft.type }]); }) },
    cc: { getAsync: later(function () { return ok([]); }) }, bcc: { getAsync: later(function () { return ok([]); }) },
    subject: { getAsync: later(function () { return ok("Referral"); }) },
    body: { getAsync: later(function () { return ok(draft.body); }) },
    getAttachmentsAsync: later(function () { return ok([]); }),
    sessionData: { getAsync: later(function (k) { return k in kept ? ok(kept[k]) : { status: "failed", error: {} }; }),
                   setAsync: later(function (k, v) { kept[k] = v; return ok(); }) },
    sendAsync: later(function () { window.sent = true; return ok(); }),
  };
  return { onReady: function (f) { setTimeout(f, 0); }, actions: { associate: function () {} },
           context: { mailbox: { item: item, userProfile: { emailAddress: "office@agency.example" } } } };
})();
"""


@pytest.fixture
def live_app(make_app):
    """The demo app on a real socket: (app, its URL)."""
    app = make_app()
    load_demo(app)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield app, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture
def live_url(live_app):
    return live_app[1]


def recorded(app, model, **where):
    """The rows of `model` the server stored (overrides and reports are written before the
    answer; only checks go through the audit queue)."""
    from sqlalchemy import select

    from needtoknow import db

    with db.sessions(app)() as session:
        return list(session.scalars(select(model).filter_by(**where)))


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport={"width": 340, "height": 640})
    page = context.new_page()
    page.route("https://appsforoffice.microsoft.com/**",
               lambda route: route.fulfill(body=OFFICE_STUB, content_type="application/javascript"))
    serve_axe(page)
    yield page
    context.close()


def shoot(page, name):
    """A screenshot at test-artifacts/taskpane-<name>.png, after axe-core finds no serious or
    critical accessibility problem in the pane as it is."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"taskpane-{name}.png"), full_page=True)
    found = axe_violations(page)
    assert found == [], f"axe-core: serious/critical problems in the task pane ({name}): {found}"


def open_pane(page, live_url):
    page.goto(f"{live_url}/static/outlook/taskpane.html?api={live_url}")
    page.wait_for_selector("#verdict:not([hidden])")


def open_pane_answered(page, live_url):
    """open_pane, and the check's answer as the server sent it (caught by Playwright itself, so it
    is there once the pane shows its verdict, however busy the machine)."""
    with page.expect_response(lambda r: r.url.endswith("/api/v1/check")) as caught:
        open_pane(page, live_url)
    return caught.value.json()


def test_a_reason_and_its_category_are_recorded_and_the_user_sends(page, live_app):
    """The pane never sends: item.sendAsync needs read/write mailbox (docs/outlook.md). The
    server records the override: the reason, its category, the warned check."""
    from needtoknow.audit.models import AuditRecord

    app, live_url = live_app
    answer = open_pane_answered(page, live_url)
    assert page.text_content("#verdict-title") == "Check this email before sending"
    assert page.is_visible("#justify") and not page.is_visible("#signin")
    shoot(page, "warn")
    page.fill("#reason", "...")  # past the browser's minlength, refused by the server
    page.click("#justify button")
    page.wait_for_function("document.getElementById('status').textContent.includes('at least 10 characters')")
    # the server's words about the reason, tied to the field: not "could not check this email"
    assert page.text_content("#status") == "Write your reason in words: at least 10 characters and 2 words."
    assert page.get_attribute("#reason", "aria-invalid") == "true" and page.is_visible("#justify")
    shoot(page, "reason-refused")
    page.select_option("#category", "client-consented")
    page.fill("#reason", "The GP asked for it today")
    page.click("#justify button")
    page.wait_for_function("document.getElementById('status').textContent.includes('Reason recorded')")
    assert page.text_content("#status") == "Reason recorded. Press Send again."
    assert page.get_attribute("#reason", "aria-invalid") is None
    assert page.evaluate("window.sent") is False
    shoot(page, "reason-recorded")
    (override,) = recorded(app, AuditRecord, kind="override")
    assert override.check_id == answer["check_id"] and override.decision == "warn"
    assert override.justification == "The GP asked for it today"
    assert override.details == {"category": "client-consented"}


def test_no_category_sends_only_the_justification(page, live_url):
    bodies = []
    page.on("request", lambda r: r.url.endswith("/override") and bodies.append(r.post_data_json))
    open_pane(page, live_url)
    page.fill("#reason", "The GP asked for it today")
    page.click("#justify button")
    page.wait_for_function("document.getElementById('status').textContent.includes('Reason recorded')")
    assert bodies == [{"justification": "The GP asked for it today"}]


def test_every_reason_with_its_recipients_is_listed(page, live_url):
    answer = open_pane_answered(page, live_url)
    page.wait_for_selector("#details:not([hidden])")
    reasons = answer["reasons"]
    shown = page.eval_on_selector_all("#reasons > li", "items => items.map(li => li.firstChild.textContent)")
    assert shown == [r["message"] for r in reasons] and shown
    people = page.eval_on_selector_all("#reasons > li ul li", "items => items.map(li => li.textContent)")
    assert people == [e for r in reasons for e in r["recipients"]]
    shoot(page, "full-list")


def test_this_is_wrong_posts_a_note_to_the_report_endpoint(page, live_app):
    """The server keeps the check id, who reported it (in dev mode: the check's sender) and
    the note, trimmed; never the message."""
    from needtoknow.feedback.models import FalseAlarmReport

    app, live_url = live_app
    answer = open_pane_answered(page, live_url)
    page.fill("#note", "  That number is a purchase order.  ")
    page.click("#report button")
    page.wait_for_function("document.getElementById('status').textContent.startsWith('Thank you')")
    (report,) = recorded(app, FalseAlarmReport)
    assert report.check_id == answer["check_id"]
    assert report.note == "That number is a purchase order."
    assert report.reporter == "office@agency.example" and report.resolved_at is None
    assert not page.is_visible("#report")
    shoot(page, "reported")


@pytest.mark.parametrize("to,kind,body,decision", [
    ("someone@else.example", "externalUser", "Key safe 4821 for the Monday visit", "block"),
    ("office@agency.example", "internalUser", "Team meeting at 10", "allow"),
])
def test_block_and_allow_verdicts(page, live_url, to, kind, body, decision):
    page.add_init_script(f"window.draft = {json.dumps({'to': to, 'type': kind, 'body': body})};")
    answer = open_pane_answered(page, live_url)
    assert answer["decision"] == decision
    assert page.text_content("#verdict-title") == answer["title"]
    assert page.get_attribute("#verdict", "class") == decision
    assert not page.is_visible("#justify")  # only a warning is sent with a reason
    shoot(page, decision)
