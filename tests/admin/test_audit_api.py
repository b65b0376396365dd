"""/api/v1/admin/audit: filters by date, kind, decision, rule, sender, recipient; pages; CSV."""
import csv
import io
from datetime import datetime, timedelta, timezone

import pytest
from admin_helpers import AdminClient, check_body

from needtoknow import db
from needtoknow.audit.models import AuditRecord


@pytest.fixture
def logged(any_app):
    """An admin on SQLite then PostgreSQL, with three checks, an override and an old record."""
    admin = AdminClient(any_app.test_client())
    client = admin.client
    client.post("/api/v1/check", json=check_body("office@agency.example"))  # allow
    warned = client.post("/api/v1/check", json={**check_body("x@else.example"), "body": "Call 07700 900123",
                                                "sender": "rota@agency.example"}).json
    client.post("/api/v1/check", json={**check_body("Stranger@Else.example"),
                                       "body": "Key safe code 4821 for Joan"})  # block
    client.post(f"/api/v1/checks/{warned['check_id']}/override", json={"justification": "=HYPERLINK(1) sent on purpose"})
    with any_app.app_context():
        session = db.get_session()
        session.add(AuditRecord(kind="check", check_id="old", actor="office@agency.example",
                                created_at=datetime.now(timezone.utc) - timedelta(days=40),
                                decision="allow", rules=[], recipients=[], counts={},
                                attachments=[], details={}))
        session.commit()
    return admin, warned


def _ids(admin, query):
    response = admin.get("/audit" + query)
    assert response.status_code == 200, response.json
    return response.json


def test_filters(logged):
    admin, warned = logged
    assert warned["decision"] == "warn"
    assert _ids(admin, "")["total"] == 5
    assert _ids(admin, "?kind=override")["records"][0]["justification"] == "=HYPERLINK(1) sent on purpose"
    assert {r["decision"] for r in _ids(admin, "?decision=block")["records"]} == {"block"}
    assert [r["rules"] for r in _ids(admin, "?rule=access-code")["records"]] == [
        ["access-code", "unknown-recipient"]]
    assert _ids(admin, "?sender=ROTA@")["total"] == 2  # the check and its override
    assert _ids(admin, "?recipient=stranger@else.example")["total"] == 1
    assert _ids(admin, "?recipient=else.example")["total"] == 0  # a full address only
    today = datetime.now(timezone.utc).date()
    assert _ids(admin, f"?since={today}&kind=check")["total"] == 3
    old = (today - timedelta(days=40)).isoformat()
    assert [r["check_id"] for r in _ids(admin, f"?until={old}")["records"]] == ["old"]


def test_pages_are_newest_first(logged):
    admin, _ = logged
    first = _ids(admin, "?limit=2")
    second = _ids(admin, "?limit=2&offset=2")
    assert first["total"] == second["total"] == 5
    assert first["records"][0]["kind"] == "override" and len(second["records"]) == 2
    times = [r["created_at"] for r in first["records"] + second["records"]]
    assert times == sorted(times, reverse=True)


@pytest.mark.parametrize("query, field", [
    ("?since=yesterday", "since"), ("?decision=maybe", "decision"), ("?rule=nope", "rule"),
    ("?kind=email", "kind"), ("?limit=0", "limit"), ("?since=2026-02-02&until=2026-02-01", "until"),
])
def test_bad_filters_name_the_field(admin, query, field):
    response = admin.get("/audit" + query)
    assert response.status_code == 400 and field in response.json["fields"]


def test_csv_export_uses_the_same_filters(logged):
    admin, warned = logged
    response = admin.get("/audit/export.csv?kind=check&decision=warn")
    assert response.status_code == 200 and response.mimetype == "text/csv"
    assert "attachment;" in response.headers["Content-Disposition"]
    assert response.data.startswith("\ufeff".encode())  # Excel reads it as UTF-8
    rows = list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))
    assert len(rows) == 1
    assert rows[0]["check_id"] == warned["check_id"] and rows[0]["decision"] == "warn"
    assert rows[0]["recipients"] == "x@else.example"


def test_csv_cells_never_start_a_formula(logged):
    admin, _ = logged
    text = admin.get("/audit/export.csv?kind=override").data.decode("utf-8-sig")
    row = list(csv.DictReader(io.StringIO(text)))[0]
    assert row["justification"] == "'=HYPERLINK(1) sent on purpose"


def test_check_records_hold_no_content(logged):
    admin, _ = logged
    text = admin.get("/audit/export.csv").data.decode("utf-8-sig") + str(admin.get("/audit").json)
    assert "4821" not in text and "07700" not in text and "Joan" not in text


def test_a_settings_change_shows_before_and_after_in_the_view_and_the_csv(admin):
    before = admin.get("/settings").json["bulk_min_clients"]
    admin.patch("/settings", json={"bulk_min_clients": before + 3,
                                   "org_domains": ["agency.example", "care.example"]})
    record = admin.get("/audit?kind=admin").json["records"][0]
    assert sorted(record["changes"]) == [
        f"bulk_min_clients: {before} → {before + 3}",
        "org_domains: agency.example → agency.example, care.example"]
    text = admin.get("/audit/export.csv?kind=admin").get_data(as_text=True)
    row = next(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert row["change"] == "; ".join(["settings changed", *record["changes"]])
