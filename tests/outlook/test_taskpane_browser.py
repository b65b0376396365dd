"""The task pane in headless Chromium (Debian's, as tests/browser uses): the page loads
launchevent.js and taskpane.js over HTTP, checks the draft against the real app, and records a
reason for a warned email. Office.js is replaced by a small stand-in for the compose item."""
import threading

import pytest
from werkzeug.serving import make_server

from needtoknow.demo.load import load_demo

pytestmark = pytest.mark.browser
OFFICE_STUB = """
window.sent = false;
window.Office = (function () {
  var ok = function (v) { return { status: "succeeded", value: v }; };
  var later = function (f) { return function () { var a = [].slice.call(arguments), cb = a.pop();
    setTimeout(function () { cb(f.apply(null, a)); }, 0); }; };
  var kept = {};
  var item = {
    itemType: "message",
    from: { getAsync: later(function () { return ok({ emailAddress: "office@agency.example" }); }) },
    to: { getAsync: later(function () { return ok([{ emailAddress: "someone@example.org", recipientType: "externalUser" }]); }) },
    cc: { getAsync: later(function () { return ok([]); }) }, bcc: { getAsync: later(function () { return ok([]); }) },
    subject: { getAsync: later(function () { return ok("Referral"); }) },
    body: { getAsync: later(function () { return ok("<p>NHS number 943 476 5919, born 01/02/1940.</p>"); }) },
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
def live_url(make_app):
    app = make_app()
    load_demo(app)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture
def page(chromium):
    context = chromium.new_context(viewport={"width": 340, "height": 640})
    page = context.new_page()
    page.route("https://appsforoffice.microsoft.com/**",
               lambda route: route.fulfill(body=OFFICE_STUB, content_type="application/javascript"))
    yield page
    context.close()


def test_a_reason_is_recorded_and_the_email_sent(page, live_url):
    page.goto(f"{live_url}/static/outlook/taskpane.html?api={live_url}")
    page.wait_for_selector("#verdict:not([hidden])")
    assert page.text_content("#verdict-title") == "Check this email before sending"
    assert page.is_visible("#justify") and not page.is_visible("#signin")
    page.fill("#reason", "The GP asked for it today")
    page.click("#justify button")
    page.wait_for_function("document.getElementById('status').textContent.includes('Reason recorded')")
    assert page.text_content("#status") == "Reason recorded; the email is on its way."
    assert page.evaluate("window.sent") is True
