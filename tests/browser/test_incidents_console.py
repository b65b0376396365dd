"""The console's Incidents page in headless Chromium: a warned email sent anyway, found by its
check id with the client's name (read from the directory) and the justification; the PDF and
CSV links; the client's own view."""
import pytest
from playwright.sync_api import expect
from world import ORG, load, message

pytestmark = pytest.mark.browser


def test_an_admin_finds_whose_data_reached_whom(page, live, shoot):
    app = live.server.app
    world = load(app)
    carer = next(p for p in world.of_kind("care_worker") if p["email"].endswith(ORG))
    other = world.unlinked_client(carer["id"])
    status, raw = live.post("/api/v1/check", message([carer["email"]], f"Visit on {other['phone']}"))
    check_id = __import__("json").loads(raw)["check_id"]
    live.post(f"/api/v1/checks/{check_id}/override", {"justification": "Covering the round today"})

    page.goto("/admin/")
    page.get_by_role("button", name="Sign in as the local admin").click()
    page.get_by_role("link", name="Incidents").click()
    expect(page.get_by_role("heading", name="Incidents", exact=True)).to_be_visible()
    page.get_by_role("button", name="Show").first.click()  # nothing given: the API's error shows
    expect(page.locator("#notice")).to_contain_text("check id")
    page.get_by_label("Check id").fill(check_id)
    page.get_by_role("button", name="Show").first.click()
    results = page.locator("#incident-results")
    expect(results).to_contain_text("1 clients' data reached 1 recipients")
    expect(results).to_contain_text(other["full_name"])
    expect(results).to_contain_text("Covering the round today")
    expect(results.get_by_role("link", name="Report for the ICO (PDF)")).to_have_attribute(
        "href", f"/api/v1/admin/incidents/report.pdf?check_id={check_id}")
    with page.expect_download() as download:
        results.get_by_role("link", name="Report for the ICO (PDF)").click()
    assert open(download.value.path(), "rb").read(5) == b"%PDF-"
    page.get_by_label("Client id").nth(1).fill(other["id"])
    page.locator("#client-form").get_by_role("button", name="Show").click()
    expect(page.locator("#client-results")).to_contain_text(f"{other['full_name']}: 1 email(s)")
    expect(page.locator("#client-results")).to_contain_text(carer["email"])
    shoot(page, "incidents")
