"""The demo page in real headless Chromium: type a draft, send, see the add-in's dialog; a
warning can be sent anyway with a justification, which reaches the audit log."""
import pathlib

import pytest
from sqlalchemy import select

from needtoknow import db
from needtoknow.audit.models import AuditRecord
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
    page.set_default_timeout(15_000)
    page.goto("/")
    yield page, world, app
    context.close()
    server.stop()


def shoot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"demo-{name}.png"), full_page=True)


def send(page, to, body):
    page.get_by_label("To", exact=True).fill(to)
    page.get_by_label("Message", exact=True).fill(body)
    page.get_by_role("button", name="Send", exact=True).click()
    page.locator("#dialog:not([hidden])").wait_for()


def test_block_shows_reasons_without_values(demo):
    page, world, _app = demo
    (relative, _own), (_other_rel, other) = world.relatives()[:2]
    send(page, relative["email"], f"Key safe for {other['full_name']} is 4821, {other['phone']}")
    assert page.locator("#title").inner_text() == "This email can't be sent"
    assert page.locator("#dialog").get_attribute("class") == "block"
    reasons = page.locator("#reasons li").all_inner_texts()
    assert any("access-code" in r for r in reasons) and any("unlinked-client" in r for r in reasons)
    shown = page.locator("#dialog").inner_text()
    assert other["full_name"] not in shown and other["phone"] not in shown and "4821" not in shown
    assert page.locator("#override").is_hidden()
    shoot(page, "block")


def test_warning_can_be_sent_with_a_justification(demo):
    page, world, app = demo
    carer = next(p for p in world.of_kind("care_worker") if p["email"].endswith(ORG))
    client = world.unlinked_client(carer["id"])
    send(page, carer["email"], f"Could you cover the call to {client['phone']} tomorrow?")
    assert page.locator("#title").inner_text() == "Check this email before sending"
    page.get_by_label("Why is it right to send this anyway?").fill("Covering for a colleague on leave")
    page.get_by_role("button", name="Send anyway").click()
    page.get_by_text("Recorded: the email would be sent.").wait_for()
    shoot(page, "warn-recorded")
    app.extensions["needtoknow.audit_queue"].drain()  # records are written off the request thread
    with db.sessions(app)() as session:
        kinds = [r.kind for r in session.scalars(select(AuditRecord).order_by(AuditRecord.id))]
    assert kinds == ["check", "override"]


def test_example_addresses_fill_the_form(demo):
    page, world, _app = demo
    page.get_by_text("Addresses in the demo directory").click()
    office = world.of_kind("office_staff")[0]["email"]
    page.get_by_role("button", name=office).click()
    assert office in page.get_by_label("To", exact=True).input_value()
