"""The admin API under hostile input and its data minimisation: what a search lists, control
characters refused with a 400 naming the field, a binary upload refused before the database sees
it, an impossible person id a 404 — on SQLite and PostgreSQL."""
import io
import logging

import pytest

from needtoknow.admin import entra
from needtoknow import db
from needtoknow.directory.importer import import_directory

PEOPLE = """id,kind,full_name,email,phone,address,postcode,nhs_number
C1,client,Joan Smith,,01474 123456,12 Mill Road,ME5 6JW,943 476 5919
R1,relative,Mary Smith,mary.smith@family.example,,,,
"""
RELATIONSHIPS = """person_id,client_id,relationship,valid_from,valid_to
R1,C1,next_of_kin,,
"""


class Admin:
    def __init__(self, app):
        self.client = app.test_client()
        token = self.client.get("/api/v1/admin/session").get_json()["csrf_token"]
        self.token = self.client.post("/api/v1/admin/session",
                                      headers={"X-CSRF-Token": token}).get_json()["csrf_token"]

    def open(self, method, path, **kw):
        return self.client.open("/api/v1/admin" + path, method=method,
                                headers={"X-CSRF-Token": self.token}, **kw)


@pytest.fixture
def admin(any_app):
    with any_app.app_context():
        import_directory(db.get_session(), io.StringIO(PEOPLE), io.StringIO(RELATIONSHIPS))
    return Admin(any_app)


def test_a_search_lists_names_not_numbers(admin):
    found = admin.open("GET", "/directory/people?q=smith").get_json()["people"]
    assert {p["id"] for p in found} == {"C1", "R1"}
    assert all(set(p) == {"id", "kind", "full_name", "email"} for p in found)
    joan = admin.open("GET", "/directory/people/C1").get_json()
    assert joan["phone"] == "01474 123456" and joan["postcode"] == "ME5 6JW"
    assert "nhs_number" not in joan  # the console never shows it


@pytest.mark.parametrize("method, path, body, field", [
    ("POST", "/groups", {"name": "Kent\x00", "domains": ["kent.gov.uk"]}, "name"),
    ("POST", "/groups", {"name": "Kent\ud800", "domains": ["kent.gov.uk"]}, "name"),
    ("POST", "/groups", {"name": "Kent", "description": "a\x07b", "domains": ["kent.gov.uk"]}, "description"),
    ("GET", "/audit?sender=a%00b", None, "sender"),
    ("GET", "/audit?recipient=a%00b", None, "recipient"),
    ("GET", "/directory/people?q=a%00b", None, "q"),
])
def test_control_characters_are_a_400_naming_the_field(admin, method, path, body, field):
    response = admin.open(method, path, json=body)
    assert response.status_code == 400 and field in response.get_json()["fields"]


def test_a_group_rule_note_refuses_control_characters(admin):
    group = admin.open("POST", "/groups", json={"name": "Kent", "domains": ["kent.gov.uk"]}).get_json()
    response = admin.open("POST", "/rules", json={"group_id": group["id"], "rule": "client-data",
                                                  "severity": "warn", "note": "x\x00"})
    assert response.status_code == 400 and "note" in response.get_json()["fields"]


@pytest.mark.parametrize("person_id", ["C1%00", "C" * 65])
def test_an_impossible_person_id_is_404(admin, person_id):
    assert admin.open("GET", f"/directory/people/{person_id}").status_code == 404


@pytest.mark.parametrize("dry_run", ["true", "false"])
def test_an_upload_with_nul_bytes_is_refused_and_nothing_changes(admin, dry_run):
    people = PEOPLE.replace("Joan Smith", "Joan\x00Smith").encode()
    response = admin.open("POST", "/directory/import", data={
        "people": (io.BytesIO(people), "people.csv"),
        "relationships": (io.BytesIO(RELATIONSHIPS.encode()), "relationships.csv"), "dry_run": dry_run},
        content_type="multipart/form-data")
    assert response.status_code == 400
    assert response.get_json()["problems"] == [{"file": "people.csv", "line": 0, "message": (
        "holds NUL characters, so it is not a CSV text file (save it as CSV UTF-8)")}]
    assert admin.open("GET", "/directory/people/C1").get_json()["full_name"] == "Joan Smith"


def test_an_unknown_field_name_is_not_echoed(admin):
    response = admin.open("POST", "/groups", json={"name": "Kent", "domains": ["kent.gov.uk"],
                                                   "Joan Smith 01474 123456": 1})
    assert response.status_code == 400 and "Joan" not in response.get_data(as_text=True)


@pytest.mark.parametrize("error, logged", [("access_denied", "access_denied"),
                                            ("Joan Smith <script>", "(other)")])
def test_a_refused_sign_in_logs_only_an_error_code(monkeypatch, caplog, error, logged):
    class Refusing:
        def acquire_token_by_auth_code_flow(self, flow, args):
            return {"error": error}

    caplog.set_level(logging.INFO, logger="needtoknow")
    monkeypatch.setattr(entra, "_client", lambda settings: Refusing())
    with pytest.raises(entra.SignInError):
        entra.finish(entra.EntraSettings("t", "c", "s", "https://login", "r", ()), {}, {})
    assert f"entra sign-in refused: {logged}" in caplog.text and "Joan" not in caplog.text


def test_an_import_is_audited_as_counts_only(admin, any_app):
    from sqlalchemy import select

    from needtoknow.audit.models import AuditRecord

    response = admin.open("POST", "/directory/import", data={
        "people": (io.BytesIO(PEOPLE.encode()), "people.csv"),
        "relationships": (io.BytesIO(RELATIONSHIPS.encode()), "relationships.csv"), "dry_run": "false"},
        content_type="multipart/form-data")
    assert response.status_code == 200
    with db.sessions(any_app)() as session:
        (record,) = session.scalars(select(AuditRecord).where(AuditRecord.kind == "admin")).all()
    assert record.details["what"] == "directory imported" and record.details["before"] is None
    assert set(record.details["after"]) == {"people", "relationships", "changes"}
    stored = repr(record.details)
    for value in ("Joan", "Smith", "01474", "ME5", "943 476", "Mill Road", "mary.smith"):
        assert value not in stored
