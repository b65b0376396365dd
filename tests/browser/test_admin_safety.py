"""The console's safety states in headless Chromium, each screenshotted and checked by axe-core
(`shoot`: 0 serious/critical): the import guard, paging and an empty search, the access-code
rule's warning and reason, field errors, an impossible audit date range, settings before/after and
a check's details in the audit log, the false-alarm queue, and sign-in not configured."""
import json
import re
from datetime import date, timedelta

import pytest
from accessibility import serve_axe
from playwright.sync_api import expect
from world import LiveServer, message

from needtoknow import create_app, db
from needtoknow.demo.generate import write_csvs

pytestmark = pytest.mark.browser


def sign_in(page):
    page.goto("/admin/")
    page.get_by_role("button", name="Sign in as the local admin").click()
    expect(page.get_by_role("heading", name="Directory")).to_be_visible()


def choose_files(page, folder):
    page.set_input_files("#import-people", str(folder / "people.csv"))
    page.set_input_files("#import-relationships", str(folder / "relationships.csv"))


def test_import_guard_paging_and_an_empty_search(page, shoot, tmp_path):
    big, small = tmp_path / "big", tmp_path / "small"
    write_csvs(big, 24)
    write_csvs(small, 2)
    sign_in(page)
    choose_files(page, big)
    page.get_by_role("button", name="Import", exact=True).click()
    expect(page.locator("#import-result")).to_contain_text("Imported")

    count = page.locator("#people-count")
    expect(count).to_contain_text("showing 1–50")
    total = int(count.inner_text().split()[0])
    page.get_by_role("button", name="Next page").click()
    expect(count).to_contain_text(f"showing 51–{total}")
    expect(page.get_by_role("button", name="Next page")).to_be_disabled()
    shoot(page, "directory-page-2")

    choose_files(page, small)
    page.get_by_role("button", name="Check the files").click()
    warning = page.locator("#import-removals")
    expect(warning).to_be_visible()
    expect(warning).to_contain_text(f"of {total} people")
    result = page.locator("#import-result")
    assert "fine" not in result.inner_text()
    removed = page.evaluate("getComputedStyle(document.querySelector('#import-removals')).borderLeftColor")
    assert removed == "rgb(164, 22, 26)"  # the block red
    shoot(page, "import-preview-removals")

    page.get_by_role("button", name="Import", exact=True).click()  # nothing typed
    number = page.get_by_label("To import these files anyway, type the number of people they remove")
    expect(number).to_have_attribute("aria-invalid", "true")
    described = number.get_attribute("aria-describedby").split()
    assert any(page.locator(f"#{i}").inner_text().startswith("To import these files anyway")
               or "Type" in page.locator(f"#{i}").inner_text() for i in described)
    shoot(page, "import-needs-confirmation")
    number.fill("3")
    page.get_by_role("button", name="Import", exact=True).click()
    expect(number).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#import-form .form-errors")).to_contain_text("Type")
    needed = int(page.locator("#import-removals").inner_text().split("removes ")[1].split()[0])
    number.fill(str(needed))
    page.get_by_role("button", name="Import", exact=True).click()
    expect(result).to_contain_text("Imported, with the removals you confirmed")
    expect(number).to_be_hidden()
    shoot(page, "import-confirmed")

    page.get_by_label("Name, email or id").fill("nobody by this name")
    page.get_by_role("button", name="Search").click()
    expect(count).to_have_text("Nobody found.")
    assert "null" not in page.locator("#people-results").inner_text()
    shoot(page, "directory-nobody-found")


def test_access_code_rule_needs_a_reason_and_the_form_resets(page, shoot):
    sign_in(page)
    page.get_by_role("link", name="Groups and rules").click()
    groups = page.locator("#page-groups")
    groups.get_by_label("Name", exact=True).fill("Locksmiths")
    groups.get_by_label("Email domains, one per line").fill("locks.example")
    groups.get_by_role("button", name="Save group").click()
    expect(page.locator("#groups-list")).to_contain_text("Locksmiths")

    rule = groups.get_by_label("Rule", exact=True)
    rule.select_option("access-code")
    expect(groups.get_by_label("Block — it can't be sent")).to_be_checked()  # its default
    groups.get_by_label("Allow — don't flag it").check()
    expect(page.locator("#rule-relax")).to_be_visible()
    expect(page.locator("#rule-relax")).to_contain_text("Warning")
    reason = groups.get_by_label("Why may this group get access codes? (kept in the audit log)")
    reason.fill("  ")
    reason.evaluate("el => el.required = false")  # let the server's refusal show
    groups.get_by_role("button", name="Add rule").click()
    expect(reason).to_have_attribute("aria-invalid", "true")
    shoot(page, "rule-access-code-reason-needed")
    reason.fill("They hold keys for clients whose families asked for it")
    groups.get_by_role("button", name="Add rule").click()
    expect(page.locator("#rules-list")).to_contain_text("access-code")
    expect(reason).not_to_have_attribute("aria-invalid", "true")
    # the next rule starts from its own default, not the "Allow" just used
    expect(groups.get_by_label("Block — it can't be sent")).to_be_checked()
    expect(page.locator("#rule-relax")).to_be_hidden()
    rule.select_option("unknown-recipient")
    expect(groups.get_by_label("Warn — the sender must say why")).to_be_checked()
    shoot(page, "rule-added-form-reset")

    page.get_by_role("link", name="Audit log").click()
    page.locator("#page-audit").get_by_label("What").select_option("admin")
    page.locator("#page-audit").get_by_role("button", name="Show").click()
    expect(page.locator("#audit-results")).to_contain_text(
        "reason: (none) → They hold keys for clients whose families asked for it")


def test_audit_dates_settings_diff_and_check_details(page, live, shoot):
    sign_in(page)
    page.get_by_role("link", name="Settings").click()
    field = page.get_by_label("A list of this many clients or more counts as bulk")
    expect(field).to_have_value(re.compile(r"^\d+$"))
    before = field.input_value()
    field.evaluate("el => el.removeAttribute('min')")  # past the browser's check, to the server's
    field.fill("0")
    page.get_by_role("button", name="Save settings").click()
    expect(field).to_have_attribute("aria-invalid", "true")
    shoot(page, "settings-field-error")
    field.fill(str(int(before) + 2))
    page.get_by_role("button", name="Save settings").click()
    expect(page.locator("#notice")).to_contain_text("settings were saved")
    expect(field).not_to_have_attribute("aria-invalid", "true")

    files = [{"name": "rota.txt", "content_type": "text/plain",
              "content_base64": "S2V5IHNhZmUgY29kZSBpcyA0ODIx"}]
    status, answer = live.post("/api/v1/check", message(["x@else.example"], "Hello",
                                                        attachments=files))
    assert status == 200
    check_id = json.loads(answer)["check_id"]

    page.get_by_role("link", name="Audit log").click()
    results = page.locator("#audit-results")
    expect(results).to_contain_text(f"bulk_min_clients: {before} → {int(before) + 2}")
    expect(results).to_contain_text(f"Check {check_id}")
    expect(results).to_contain_text("Attachments (1): rota.txt")
    expect(results).to_contain_text("Found: 1 access codes")
    shoot(page, "audit-details")

    audit = page.locator("#page-audit")
    today = date.today()
    audit.get_by_label("From day").fill(today.isoformat())
    audit.get_by_label("To day").fill((today - timedelta(days=3)).isoformat())
    audit.get_by_role("button", name="Show").click()
    until = audit.get_by_label("To day")
    expect(until).to_have_attribute("aria-invalid", "true")
    expect(audit.locator(".form-errors")).to_contain_text("must be on or after the From day")
    expect(results).to_be_hidden()
    assert results.inner_text() == ""
    shoot(page, "audit-impossible-dates")
    audit.get_by_label("To day").fill(today.isoformat())
    audit.get_by_role("button", name="Show").click()
    expect(results).to_be_visible()
    expect(until).not_to_have_attribute("aria-invalid", "true")


def test_false_alarm_reports_queue(page, live, shoot):
    status, answer = live.post("/api/v1/check", message(["x@else.example"],
                                                        "The key safe code is 4821."))
    check_id = json.loads(answer)["check_id"]
    status, _ = live.post(f"/api/v1/checks/{check_id}/report",
                          {"note": "It's the office's own alarm test."})
    assert status == 201
    sign_in(page)
    page.get_by_role("link", name="Reports").click()
    results = page.locator("#reports-results")
    expect(results).to_contain_text("1 open report.")
    expect(results).to_contain_text("It's the office's own alarm test.")
    expect(results).to_contain_text(check_id)
    expect(results).to_contain_text("Key safe and door codes (access-code)")
    shoot(page, "reports-queue")
    results.get_by_role("button", name="Dealt with").click()
    expect(results).to_contain_text("No open reports.")
    page.get_by_label("Show reports already dealt with").check()
    expect(results).to_contain_text("Dealt with by admin@localhost")
    shoot(page, "reports-dealt-with")


def test_tablet_audit_table_scrolls_by_keyboard(chromium, live, shoot):
    for n in range(3):
        live.post("/api/v1/check", message([f"someone{n}@elsewhere.example"], "Hello"))
    context = chromium.new_context(base_url=live.url, viewport={"width": 768, "height": 1024},
                                   locale="en-GB")
    page = context.new_page()
    serve_axe(page)
    sign_in(page)
    page.goto("/admin/#audit")
    region = page.get_by_role("region", name="Audit records")
    expect(region).to_be_visible()
    assert region.get_attribute("tabindex") == "0"
    region.focus()
    expect(region).to_be_focused()
    shoot(page, "tablet-audit-records")
    context.close()


def test_sign_in_not_configured_says_what_to_set(chromium, tmp_path, shoot):
    app = create_app({"TESTING": True, "AUTH_MODE": "entra", "SECRET_KEY": "k" * 64,
                      "DATABASE_URL": "sqlite:///" + str(tmp_path / "nk.sqlite")})
    db.upgrade(app)
    server = LiveServer(app)
    context = chromium.new_context(base_url=server.url)
    page = context.new_page()
    serve_axe(page)
    try:
        page.goto("/admin/")
        setup = page.locator("#signin-setup")
        expect(setup).to_be_visible()
        for name in ("NEEDTOKNOW_ADMIN_TENANT_ID", "NEEDTOKNOW_ADMIN_CLIENT_ID",
                     "NEEDTOKNOW_ADMIN_CLIENT_SECRET", "needtoknow doctor", "docs/deploy.md"):
            expect(setup).to_contain_text(name)
        expect(page.locator("#signin-entra")).to_be_hidden()
        expect(page.locator("#signin-dev")).to_be_hidden()
        shoot(page, "sign-in-not-configured")
    finally:
        context.close()
        server.stop()
