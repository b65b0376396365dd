"""The audit keeps attachment names only when they name no one and hold no number, and only
well-formed draft ids and add-in versions (issue 11, finding 7)."""
import pytest
from sqlalchemy import select

from needtoknow import db
from needtoknow.audit.models import AuditRecord
from world import attachment, message

TO = ["carer@agency.example"]


def stored(app, check_id):
    assert app.extensions["needtoknow.audit_queue"].drain()
    with db.sessions(app)() as session:
        return session.scalars(select(AuditRecord).where(AuditRecord.check_id == check_id)).one()


@pytest.mark.parametrize("name, label", [
    ("Kowalski care plan.pdf", "attachment 1"),  # a surname the directory doesn't know
    ("Rota 0412.pdf", "attachment 1"),  # a number
    ("Mrs K care plan.docx", "attachment 1"),
    ("care plan.pdf", "care plan.pdf"),
    ("Weekly Rota.xlsx", "Weekly Rota.xlsx"),
])
def test_attachment_names_are_kept_only_when_they_name_no_one(app, name, label):
    body = message(TO, "See attached.", attachments=[attachment(name, b"Nothing to see here.")])
    answer = app.test_client().post("/api/v1/check", json=body).get_json()
    assert stored(app, answer["check_id"]).attachments[0]["name"] == label


@pytest.mark.parametrize("draft, kept", [
    ("Kowalski-care-plan", None), ("Mrs.Kowalski", None), ("r-1843271", "r-1843271"),
    ("AAMkAGI2TG93AAA=AAMkAGI2TG93AAA=", "AAMkAGI2TG93AAA=AAMkAGI2TG93AAA="),
])
def test_only_well_formed_draft_ids_are_kept(app, draft, kept):
    answer = app.test_client().post("/api/v1/check", json=message(TO, "Hi", draft_id=draft)).get_json()
    assert stored(app, answer["check_id"]).details["draft_id"] == kept


def test_add_in_versions_and_hosts_are_kept_only_in_their_shape(app):
    client = {"host": "Kowalski", "version": "Kowalski.2", "item": "message"}
    answer = app.test_client().post("/api/v1/check", json=message(TO, "Hi", client=client)).get_json()
    details = stored(app, answer["check_id"]).details
    assert details["client"]["host"] == "(not shown)" and details["client"]["version"] == "(not shown)"
    assert "Kowalski" not in str(details)
