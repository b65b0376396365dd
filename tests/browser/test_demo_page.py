"""The demo page in real headless Chromium: type a draft, send, see the add-in's dialog; a
warning can be sent anyway with a justification, which reaches the audit log."""
import pathlib

import pytest
from sqlalchemy import select

from needtoknow import db
from needtoknow.audit.models import AuditRecord
from accessibility import axe_violations, serve_axe
from world import ORG, LiveServer, load

ARTIFACTS = pathlib.Path(__file__).resolve().parents[2] / "test-artifacts"

pytestmark = pytest.mark.browser


@pytest.fixture
def demo(chromium, make_app):
    app = make_app(DEMO=True)
    world = load(app)
    server = LiveServer(app)
    context = chromium.new_context(base_url=server.url, viewport={"width": 1280, "height": 900})
    page = context.new_page()
    serve_axe(page)
    page.set_default_timeout(15_000)
    page.goto("/")
    yield page, world, app
    context.close()
    server.stop()


def shoot(page, name):
    """A screenshot at test-artifacts/demo-<name>.png, after axe-core finds no serious or critical
    accessibility problem in the page as it is."""
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"demo-{name}.png"), full_page=True)
    found = axe_violations(page)
    assert found == [], f"axe-core: serious/critical problems on {name}: {found}"


def send(page, to, body):
    page.get_by_label("To", exact=True).fill(to)
    page.get_by_label("Message", exact=True).fill(body)
    page.get_by_role("button", name="Send", exact=True).click()
    page.locator("#dialog:not([hidden])").wait_for()


def focused_id(page):
    return page.evaluate("document.activeElement && document.activeElement.id")


def test_block_shows_reasons_without_values(demo):
    page, world, _app = demo
    (relative, _own), (_other_rel, other) = world.relatives()[:2]
    send(page, relative["email"], f"Key safe for {other['full_name']} is 4821, {other['phone']}")
    assert page.locator("#title").inner_text() == "This email can't be sent"
    assert page.locator("#dialog").get_attribute("class") == "block"
    assert focused_id(page) == "title"  # keyboard and screen-reader users land on the answer
    reasons = page.locator("#reasons li").all_inner_texts()
    assert len(reasons) == 2
    assert reasons[0].lower().startswith("blocked") and "key safe or door code in the body" in reasons[0]
    assert relative["email"] in reasons[1] and "outside the organisation" in reasons[1]
    shown = page.locator("#dialog").inner_text()
    for rule in ("access-code", "unlinked-client"):
        assert rule not in shown  # rule ids are for machines
    assert shown.count("never email access codes") == 1  # each reason said once
    assert other["full_name"] not in shown and other["phone"] not in shown and "4821" not in shown
    assert page.locator("#override").is_hidden()
    shoot(page, "block")


def test_warning_can_be_sent_with_a_justification(demo):
    page, world, app = demo
    carer = next(p for p in world.of_kind("care_worker") if p["email"].endswith(ORG))
    client = world.unlinked_client(carer["id"])
    send(page, carer["email"], f"Could you cover the call to {client['phone']} tomorrow?")
    assert page.locator("#title").inner_text() == "Check this email before sending"
    assert focused_id(page) == "title"
    assert carer["email"] in page.locator("#reasons li").first.inner_text()
    reason = page.get_by_label("Why is it right to send this anyway?")
    reason.fill("...")
    page.get_by_role("button", name="Send anyway").click()
    page.get_by_text("Not recorded: Write your reason in words").wait_for()
    assert reason.get_attribute("aria-invalid") == "true"
    shoot(page, "warn-reason-refused")
    reason.fill("Covering for a colleague on leave")
    page.get_by_label("Kind of reason (optional)").select_option("manager-approved")
    page.get_by_role("button", name="Send anyway").click()
    page.get_by_text("Recorded: the email would be sent.").wait_for()
    shoot(page, "warn-recorded")
    page.get_by_role("button", name="Send anyway").click()  # a check is overridden once
    page.get_by_text("A reason was already recorded for this check").wait_for()
    app.extensions["needtoknow.audit_queue"].drain()  # records are written off the request thread
    with db.sessions(app)() as session:
        records = list(session.scalars(select(AuditRecord).order_by(AuditRecord.id)))
    assert [r.kind for r in records] == ["check", "override"]
    assert records[1].details == {"category": "manager-approved"}


def test_allowed_with_client_details_says_why(demo):
    page, world, _app = demo
    relative, client = world.relatives()[0]
    send(page, relative["email"], f"Your mother's visit is booked; we will call {client['phone']} first.")
    assert page.locator("#title").inner_text() == "This email can be sent"
    assert page.locator("#message").inner_text() == (
        "It has details of 1 client, and every recipient is linked to this client.")
    assert page.locator("#reasons").is_hidden() and page.locator("#override").is_hidden()
    assert focused_id(page) == "title"
    shoot(page, "allow-linked")


def test_personal_address_is_blocked_and_named(demo):
    page, world, _app = demo
    carer = next(p for p in world.of_kind("care_worker") if not p["email"].endswith(ORG))
    client = world.unlinked_client(carer["id"])
    send(page, carer["email"], f"Please call {client['phone']} about tomorrow.")
    assert page.locator("#title").inner_text() == "This email can't be sent"
    reason = page.locator("#reasons li").first.inner_text()
    assert carer["email"] in reason and "personal address" in reason and "work address" in reason
    shoot(page, "block-personal-address")


def test_a_bad_request_is_said_plainly(demo):
    page, _world, _app = demo
    page.get_by_label("To", exact=True).fill(" ; ")
    page.get_by_role("button", name="Send", exact=True).click()
    page.get_by_text("Not checked: At least one recipient is needed").wait_for()
    assert page.locator("#dialog").is_hidden()
    shoot(page, "bad-request")


def test_example_addresses_fill_the_form(demo):
    page, world, _app = demo
    page.get_by_text("Addresses in the demo directory").click()
    office = world.of_kind("office_staff")[0]["email"]
    page.get_by_role("button", name=office).click()
    assert office in page.get_by_label("To", exact=True).input_value()


def test_this_is_wrong_reports_a_false_alarm(demo):
    from needtoknow.feedback.models import FalseAlarmReport

    page, world, app = demo
    (relative, _own), (_other_rel, other) = world.relatives()[:2]
    send(page, relative["email"], f"Key safe for {other['full_name']} is 4821")
    page.get_by_text("This is wrong").click()
    page.get_by_label("What did Need to Know get wrong?").fill("That is our office alarm test")
    page.get_by_role("button", name="Report a false alarm").click()
    page.get_by_text("Thank you: your admin will look at it.").wait_for()
    shoot(page, "reported")
    with db.sessions(app)() as session:
        rows = session.scalars(select(FalseAlarmReport)).all()
    assert [(r.note, len(r.check_id) > 0) for r in rows] == [("That is our office alarm test", True)]
    send(page, world.of_kind("office_staff")[0]["email"], "Team meeting at 3pm")
    from playwright.sync_api import expect
    expect(page.locator("#report")).to_be_hidden()  # nothing to report on an allowed email
