"""/metrics after real checks shows what they did: latency by decision, reasons by rule,
extraction failures by kind, the directory's size."""
import base64

import pytest
from prometheus_client.parser import text_string_to_metric_families

from needtoknow.demo.documents import encrypted_pdf
from needtoknow.demo.load import load_demo

from conftest import KEY_SAFE, SHORT


def attached(name, data):
    return dict(SHORT, attachments=[{"name": name, "content_base64": base64.b64encode(data).decode()}])


def scrape(client):
    response = client.get("/metrics")
    assert response.status_code == 200 and response.mimetype == "text/plain"
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for family in text_string_to_metric_families(response.get_data(as_text=True))
            for s in family.samples}


def delta(before, after, name, **labels):
    key = (name, tuple(sorted(labels.items())))
    return after.get(key, 0) - before.get(key, 0)


@pytest.fixture
def demo_client(app):
    load_demo(app)
    return app.test_client()


def test_counters_follow_real_checks(demo_client):
    before = scrape(demo_client)
    answers = [demo_client.post("/api/v1/check", json=body).get_json()["decision"] for body in (
        KEY_SAFE, KEY_SAFE, SHORT, SHORT, SHORT,
        attached("scan.pdf", b"%PDF-1.7\n" + b"\x00garbage" * 50),
        attached("plan.pdf", encrypted_pdf()))]
    after = scrape(demo_client)
    assert answers == ["block", "block", "allow", "allow", "allow", "warn", "warn"]
    assert delta(before, after, "needtoknow_check_seconds_count", decision="block") == 2
    assert delta(before, after, "needtoknow_check_seconds_count", decision="allow") == 3
    assert delta(before, after, "needtoknow_check_seconds_count", decision="warn") == 2
    assert delta(before, after, "needtoknow_check_reasons_total", rule="access-code", severity="block") == 2
    assert delta(before, after, "needtoknow_check_reasons_total",
                 rule="unreadable-attachment", severity="warn") == 2
    assert delta(before, after, "needtoknow_extraction_failures_total", kind="corrupt") == 1
    assert delta(before, after, "needtoknow_extraction_failures_total", kind="encrypted") == 1
    assert delta(before, after, "needtoknow_http_responses_total", endpoint="check.check", status="200") == 7
    assert after[("needtoknow_directory_people", (("kind", "client"),))] == 40
    assert after[("needtoknow_revision", (("name", "directory"),))] >= 1


def test_a_cached_attachment_is_not_counted_twice(demo_client):
    body = attached("plan.pdf", encrypted_pdf())
    before = scrape(demo_client)
    for _ in range(3):
        demo_client.post("/api/v1/check", json=body)
    after = scrape(demo_client)
    assert delta(before, after, "needtoknow_extraction_failures_total", kind="encrypted") == 1
    assert delta(before, after, "needtoknow_findings_cache_total", result="hit") >= 2


def test_fail_mode_answers_are_counted(demo_client, monkeypatch):
    from needtoknow.api import check as check_api

    monkeypatch.setattr(check_api, "perform", lambda *a, **k: 1 / 0)
    before = scrape(demo_client)
    demo_client.post("/api/v1/check", json=SHORT)
    after = scrape(demo_client)
    assert delta(before, after, "needtoknow_fail_mode_total", cause="internal") == 1
    assert delta(before, after, "needtoknow_check_reasons_total",
                 rule="check-unavailable", severity="warn") == 1
