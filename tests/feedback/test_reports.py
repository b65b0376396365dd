"""False-alarm reports: staff say a check was wrong; admins see a queue with the check's reasons.
Only the check id, the reporter and the note are kept."""
import json

import pytest
from admin_helpers import AdminClient
from world import message

from needtoknow import db
from needtoknow.feedback.models import FalseAlarmReport


def _check(client, world_body="Key safe code is 4321 for the side door."):
    answer = client.post("/api/v1/check", json=message(["someone@elsewhere.example"], world_body))
    assert answer.status_code == 200
    return answer.get_json()


def test_a_report_is_recorded_without_content(any_app):
    client = any_app.test_client()
    check = _check(client)
    response = client.post(f"/api/v1/checks/{check['check_id']}/report",
                           json={"note": "It was the office alarm test, not a client's code."})
    assert (response.status_code, response.get_json()) == (201, {"reported": True})
    with db.sessions(any_app)() as session:
        rows = session.query(FalseAlarmReport).all()
    assert [(r.check_id, r.reporter, r.note) for r in rows] == [
        (check["check_id"], "office@agency.example",
         "It was the office alarm test, not a client's code.")]
    stored = json.dumps([r.__dict__ for r in rows], default=str)
    assert "4321" not in stored


def test_an_empty_note_is_fine(app):
    client = app.test_client()
    check = _check(client)
    response = client.post(f"/api/v1/checks/{check['check_id']}/report", json={})
    assert response.status_code == 201


@pytest.mark.parametrize("body, field", [
    ({"note": "x" * 1001}, "note"),
    ({"note": "bad\x00note"}, "note"),
    ({"note": 5}, "note"),
    (["note"], "_schema"),
])
def test_bad_reports_are_400_naming_the_field(app, body, field):
    client = app.test_client()
    check = _check(client)
    response = client.post(f"/api/v1/checks/{check['check_id']}/report", json=body)
    assert response.status_code == 400
    assert field in response.get_json()["fields"]


def test_a_report_on_an_unknown_check_is_404(app):
    response = app.test_client().post("/api/v1/checks/nope/report", json={"note": ""})
    assert response.status_code == 404


def test_the_admin_queue_shows_the_checks_reasons(app):
    client = app.test_client()
    check = _check(client)
    client.post(f"/api/v1/checks/{check['check_id']}/report", json={"note": "Not a client"})
    admin = AdminClient(app.test_client())
    page = admin.get("/reports").get_json()
    assert page["total"] == 1
    item = page["reports"][0]
    assert item["check_id"] == check["check_id"]
    assert item["rules"] == [r["rule"] for r in check["reasons"]] and "access-code" in item["rules"]
    assert item["decision"] == check["decision"]
    assert item["note"] == "Not a client"
    assert admin.post(f"/reports/{item['id']}/resolve").status_code == 204
    assert admin.get("/reports").get_json()["total"] == 0
    assert admin.get("/reports?open=false").get_json()["total"] == 1
    for missing in ("999", "x", "²", "9" * 30):
        assert admin.post(f"/reports/{missing}/resolve").status_code == 404


def test_the_queue_needs_an_admin(app):
    assert app.test_client().get("/api/v1/admin/reports").status_code == 401
