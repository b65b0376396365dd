"""The admin console in headless Chromium: sign in (dev), import a directory (a bad line first),
create a group and a rule, test a message, find the check in the audit log and export it."""
import csv
import io
import json
import re
from datetime import datetime, timezone

import pytest
from accessibility import serve_axe
from playwright.sync_api import expect
from world import ORG, World, message

from needtoknow.demo.generate import make_directory, write_csvs

pytestmark = pytest.mark.browser
N_CLIENTS = 12


@pytest.fixture
def csvs(tmp_path):
    """(people.csv, relationships.csv, people.csv with a bad line 4), and the World they hold."""
    people, relationships = write_csvs(tmp_path / "good", N_CLIENTS)
    lines = open(people, encoding="utf-8", newline="").read().split("\r\n")
    lines[3] = re.sub(r",client,", ",patient,", lines[3], count=1)
    bad = tmp_path / "bad-people.csv"
    bad.write_text("\r\n".join(lines), encoding="utf-8", newline="")
    return people, relationships, str(bad), World(make_directory(N_CLIENTS))


def _social_worker_and_client(world):
    """A council social worker, and a client they are linked to now."""
    for link in world.links():
        if link["relationship"] == "social_worker":
            return world.person(link["person_id"]), world.person(link["client_id"])
    raise AssertionError("the demo directory has no social worker")


def sign_in(page, shoot):
    page.goto("/admin/")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    shoot(page, "1-sign-in")
    page.get_by_role("button", name="Sign in as the local admin").click()
    expect(page.get_by_role("heading", name="Directory")).to_be_visible()


def import_directory(page, shoot, people, relationships, bad):
    page.set_input_files("#import-people", bad)
    page.set_input_files("#import-relationships", relationships)
    page.get_by_role("button", name="Check the files").click()
    problems = page.locator(".problems")
    expect(problems).to_contain_text("nothing was imported")
    expect(problems.locator("tbody tr").first).to_contain_text("people.csv")
    expect(problems.locator("tbody tr").first.locator("td").nth(1)).to_have_text("4")
    expect(problems).to_contain_text("kind")
    shoot(page, "2-directory-line-error")
    page.set_input_files("#import-people", people)
    page.get_by_role("button", name="Check the files").click()
    expect(page.locator("#import-result")).to_contain_text("Importing them would")
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.locator("#import-result")).to_contain_text("Imported")
    expect(page.locator("#people-results")).to_contain_text("people found")


def test_admin_journey(page, live, csvs, shoot, tmp_path):
    people, relationships, bad, world = csvs
    pro, client = _social_worker_and_client(world)
    domain = pro["email"].split("@", 1)[1]
    sign_in(page, shoot)
    import_directory(page, shoot, people, relationships, bad)
    page.get_by_label("Name, email or id").fill(client["full_name"])
    page.get_by_role("button", name="Search").click()
    page.locator("#people-results").get_by_role("button", name=client["full_name"]).click()
    expect(page.locator("#person")).to_contain_text("Who is linked to this client")
    expect(page.locator("#person")).to_contain_text(pro["full_name"])
    shoot(page, "3-directory")

    body = f"{client['full_name']} ({client['postcode']}) needs a review visit."
    assert _test_message(page, pro["email"], body) == "allow"
    shoot(page, "4-test-message-allow")

    page.get_by_role("link", name="Groups and rules").click()
    groups = page.locator("#page-groups")
    groups.get_by_label("Name", exact=True).fill("Council social workers")
    groups.get_by_label("Email domains, one per line").fill(domain)
    groups.get_by_role("button", name="Save group").click()
    expect(page.locator("#groups-list")).to_contain_text("Council social workers")
    groups.get_by_label("Group", exact=True).select_option(label="Council social workers")
    groups.get_by_label("Rule", exact=True).select_option("client-data")
    groups.get_by_label("Block — it can't be sent").check()
    groups.get_by_label("Note (why this rule exists)").fill("Ask the office before sharing")
    groups.get_by_role("button", name="Add rule").click()
    expect(page.locator("#rules-list")).to_contain_text("client-data")
    shoot(page, "5-groups-and-rules")

    assert _test_message(page, pro["email"], body) == "block"
    expect(page.locator("#test-result")).to_contain_text("Council social workers")
    shoot(page, "6-test-message-block")

    status, answer = live.post("/api/v1/check", message([pro["email"]], body))
    assert status == 200
    check_id = json.loads(answer)["check_id"]

    page.get_by_role("link", name="Audit log").click()
    audit = page.locator("#page-audit")
    audit.get_by_label("Rule").select_option("client-data")
    audit.get_by_label("From day").fill(datetime.now(timezone.utc).date().isoformat())
    audit.get_by_label("Recipient (full address)").fill(pro["email"])
    audit.get_by_role("button", name="Show").click()
    expect(page.locator("#audit-count")).to_have_text("Showing 1–1 of 1.")
    expect(page.locator("#audit-results tbody")).to_contain_text(pro["email"])
    shoot(page, "7-audit-log")
    with page.expect_download() as download:
        page.get_by_role("link", name="Export as CSV").click()
    saved = tmp_path / "audit.csv"
    download.value.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text(encoding="utf-8-sig"))))
    assert [(r["check_id"], r["decision"], r["rules"]) for r in rows] == [(check_id, "block",
                                                                          "client-data")]
    assert client["full_name"] not in saved.read_text(encoding="utf-8-sig")

    page.get_by_role("link", name="Settings").click()
    expect(page.get_by_label("Email domains of the organisation, one per line")).to_have_value(ORG)
    page.get_by_label("A list of this many clients or more counts as bulk").fill("8")
    page.get_by_role("button", name="Save settings").click()
    expect(page.locator("#notice")).to_contain_text("settings were saved")
    shoot(page, "8-settings")


def _test_message(page, to, body):
    page.get_by_role("link", name="Test a message").click()
    form = page.locator("#page-test")
    form.get_by_label("To (addresses separated by commas)").fill(to)
    form.get_by_label("Message", exact=True).fill(body)
    with page.expect_response("**/api/v1/admin/test-message"):
        form.get_by_role("button", name="Check this message").click()
    decision = page.locator("#test-decision")
    expect(decision).to_be_visible()
    return decision.inner_text().strip().lower()


PAGES = ("directory", "groups", "settings", "test", "audit")


def _tab_to(page, name, limit=40):
    """Press Tab until the focused element's text is `name`."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent.trim()") == name:
            return
    raise AssertionError(f"Tab never reached {name!r}")


def test_keyboard_only_at_tablet_width(chromium, live, shoot):
    context = chromium.new_context(base_url=live.url, viewport={"width": 768, "height": 1024},
                                   locale="en-GB")
    page = context.new_page()
    serve_axe(page)
    page.goto("/admin/")
    _tab_to(page, "Sign in as the local admin")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Directory")).to_be_focused()
    _tab_to(page, "Groups and rules")
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Groups and rules")).to_be_focused()
    for name in PAGES:
        page.goto(f"/admin/#{name}")
        expect(page.locator(f"#page-{name}")).to_be_visible()
        page.wait_for_load_state("networkidle")
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 0, f"{name} is wider than a tablet"
        shoot(page, f"tablet-{name}")
    context.close()
