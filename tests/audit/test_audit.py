"""One audit record per check and per override, on SQLite and PostgreSQL; never content."""
import json

from sqlalchemy import select

from needtoknow import db
from needtoknow.audit.models import AuditRecord
from needtoknow.demo.documents import client_list_pdf
from world import ORG, attachment, load, message


def records(app):
    assert app.extensions["needtoknow.audit_queue"].drain()  # written off the request thread
    with db.sessions(app)() as session:
        return list(session.scalars(select(AuditRecord).order_by(AuditRecord.id)))


def test_check_and_override_are_recorded_without_content(any_app):
    world = load(any_app)
    client = any_app.test_client()
    (relative, own), (_other_rel, other) = world.relatives()[:2]
    carer = next(p for p in world.of_kind("care_worker") if p["email"].endswith(ORG))
    unassigned = world.unlinked_client(carer["id"])
    body = message([carer["email"]], f"Visit {unassigned['full_name']} on {unassigned['phone']}",
                   subject=f"About {unassigned['full_name']}",
                   attachments=[attachment("list.pdf", client_list_pdf([own, other]))], draft_id="r-1843")
    answer = client.post("/api/v1/check", json=body).get_json()
    assert answer["decision"] == "block"  # the PDF holds key safe codes
    warn = client.post("/api/v1/check", json=message([carer["email"]], f"Visit {unassigned['phone']}")).get_json()
    assert warn["decision"] == "warn"
    assert client.post(f"/api/v1/checks/{warn['check_id']}/override",
                       json={"justification": "Covering the round today"}).status_code == 201

    check, second, override = records(any_app)
    assert (check.kind, check.check_id, check.decision) == ("check", answer["check_id"], "block")
    assert set(check.rules) == {"access-code", "unlinked-client"}
    assert check.recipients == [{"email": carer["email"], "field": "to", "role": "care_worker"}]
    assert check.attachments[0]["name"] == "list.pdf" and check.attachments[0]["size"] > 1000
    assert check.counts["access_code"] == 2 and check.details["draft_id"] == "r-1843"
    assert check.elapsed_ms > 0 and check.actor == f"office@{ORG}"
    assert (override.kind, override.check_id, override.justification) == (
        "override", warn["check_id"], "Covering the round today")
    stored = json.dumps([[r.rules, r.recipients, r.counts, r.attachments, r.details] for r in (check, second, override)])
    for secret in world.secrets(unassigned, own, other):
        assert secret not in stored


def test_override_rules(app):
    load(app)
    client = app.test_client()
    block = client.post("/api/v1/check", json=message(["x@else.example"], "Key safe 4821")).get_json()
    allow = client.post("/api/v1/check", json=message([f"a@{ORG}"], "Hello")).get_json()
    cases = [(block["check_id"], {"justification": "please"}, 409),
             (allow["check_id"], {"justification": "please"}, 409),
             ("nope", {"justification": "please"}, 404),
             (block["check_id"], {}, 400),
             (block["check_id"], {"justification": ""}, 400)]
    for check_id, body, status in cases:
        response = client.post(f"/api/v1/checks/{check_id}/override", json=body)
        assert response.status_code == status and "error" in response.get_json()
    assert [r.kind for r in records(app)] == ["check", "check"]
