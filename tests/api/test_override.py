"""Overriding a warning: a reason in words (a setting), an optional category, once per check."""
import pytest
from sqlalchemy import select

from needtoknow import db
from needtoknow.audit.models import AuditRecord
from needtoknow.policy.justification import problem
from needtoknow.policy_store import changes, store
from world import ORG, message


@pytest.fixture
def warned(world_app):
    app, world = world_app
    client = app.test_client()
    carer = next(p for p in world.of_kind("care_worker") if p["email"].endswith("@" + ORG))
    answer = client.post("/api/v1/check", json=message(
        [carer["email"]], f"Could you cover {world.unlinked_client(carer['id'])['phone']}?")).get_json()
    assert answer["decision"] == "warn"
    return app, client, answer["check_id"]


def overrides(app):
    with db.sessions(app)() as session:
        return list(session.scalars(select(AuditRecord).where(AuditRecord.kind == "override")))


@pytest.mark.parametrize("text,ok", [
    ("...", False), ("   ", False), ("..........", False), ("aaaaaaaaaaaa", False), ("ok ok", False),
    ("12345 67890", False), ("Covering for Sam", True), ("Manager OK'd it", True),
    ("Família concordou", True),
])
def test_a_reason_is_words(text, ok):
    assert (problem(text) is None) == ok


@pytest.mark.parametrize("body", [{"justification": "..."}, {"justification": "   "},
                                  {"justification": "ok"}, {"justification": "aaaaaaaaaaaaaa"}])
def test_punctuation_or_one_word_is_refused(warned, body):
    app, client, check_id = warned
    response = client.post(f"/api/v1/checks/{check_id}/override", json=body)
    assert response.status_code == 400
    assert "justification" in response.get_json()["fields"]
    assert overrides(app) == []


def test_second_override_is_409_with_the_first_time(warned):
    app, client, check_id = warned
    first = client.post(f"/api/v1/checks/{check_id}/override",
                        json={"justification": "Covering the round today", "category": "manager-approved"})
    assert first.status_code == 201
    second = client.post(f"/api/v1/checks/{check_id}/override", json={"justification": "Another good reason"})
    assert second.status_code == 409
    (record,) = overrides(app)
    assert second.get_json()["overridden_at"][:19] == record.created_at.isoformat()[:19]
    assert record.details == {"category": "manager-approved"}


def test_unknown_category_is_refused(warned):
    app, client, check_id = warned
    response = client.post(f"/api/v1/checks/{check_id}/override",
                           json={"justification": "Covering the round today", "category": "boss-said"})
    assert response.status_code == 400 and "category" in response.get_json()["fields"]
    assert overrides(app) == []


def test_the_reason_rule_is_a_setting(warned):
    app, client, check_id = warned
    with db.sessions(app)() as session:
        changes.update_settings(session, "admin@agency.example",
                                {"justification_min_chars": 3, "justification_min_words": 1},
                                store.setting_defaults(app.config))
    assert client.post(f"/api/v1/checks/{check_id}/override", json={"justification": "ok!"}).status_code == 201
