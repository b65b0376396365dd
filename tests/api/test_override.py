"""Overriding a warning: a reason in words (a setting), an optional category, once per check."""
import pytest
from sqlalchemy import select, text

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


@pytest.fixture
def warned_anywhere(make_app, database_url):
    """A warned check on SQLite, then on PostgreSQL."""
    from world import load

    app = make_app(DATABASE_URL=database_url)
    world = load(app)
    carer = next(p for p in world.of_kind("care_worker") if p["email"].endswith("@" + ORG))
    answer = app.test_client().post("/api/v1/check", json=message(
        [carer["email"]], f"Could you cover {world.unlinked_client(carer['id'])['phone']}?")).get_json()
    assert answer["decision"] == "warn"
    return app, answer["check_id"]


def test_two_overrides_at_once_get_one_201_and_one_409(warned_anywhere, monkeypatch):
    """Both pass the check-then-insert test before either inserts: the database's key decides."""
    import threading

    from needtoknow.api import override as rules

    app, check_id = warned_anywhere
    both_admitted = threading.Barrier(2, timeout=10)
    admit = rules.admit

    def admit_then_wait(*args):
        admit(*args)
        both_admitted.wait()

    monkeypatch.setattr(rules, "admit", admit_then_wait)
    answers = []

    def override(reason):
        response = app.test_client().post(f"/api/v1/checks/{check_id}/override", json={"justification": reason})
        answers.append((response.status_code, response.get_json()))

    threads = [threading.Thread(target=override, args=(r,)) for r in ("Covering the round today", "Manager said it is fine")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(status for status, _ in answers) == [201, 409], answers
    refused = next(body for status, body in answers if status == 409)
    (record,) = overrides(app)
    assert refused["overridden_at"][:19] == record.created_at.isoformat()[:19]
    assert refused["error"].startswith("This warning already has a reason recorded")


def test_the_upgrade_keeps_duplicate_overrides_and_locks_on_the_first(tmp_path, database_url):
    """Overrides recorded twice before migration 0009 (the old race): the audit log keeps both
    rows, its chain still verifies, and the check is locked with the first one's time."""
    from datetime import datetime, timedelta, timezone

    from alembic import command

    from needtoknow import create_app
    from needtoknow.audit.verify import verify

    app = create_app({"TESTING": True, "SECRET_KEY": "k", "DATABASE_URL": database_url})
    command.upgrade(db.alembic_config(database_url), "0008")
    first = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)
    with db.sessions(app)() as session:
        for minutes, check_id in ((0, "c-twice"), (5, "c-twice"), (1, "c-once")):
            session.add(AuditRecord(kind="override", check_id=check_id, decision="warn", actor="a@agency.example",
                                    created_at=first + timedelta(minutes=minutes), justification="Covering today"))
        session.commit()
    db.upgrade(app)
    with db.sessions(app)() as session:
        locks = dict(session.execute(text("SELECT check_id, created_at FROM check_overrides")).all())
        assert sorted(locks) == ["c-once", "c-twice"]
        assert verify(session)[0].intact
    assert len([r for r in overrides(app) if r.check_id == "c-twice"]) == 2
    kept = locks["c-twice"]  # SQLite hands back text, PostgreSQL a datetime in its own zone
    kept = datetime.fromisoformat(kept) if isinstance(kept, str) else kept
    assert (kept.astimezone(timezone.utc) if kept.tzinfo else kept.replace(tzinfo=timezone.utc)) == first
    command.downgrade(db.alembic_config(database_url), "0008")  # and back
    db.upgrade(app)
