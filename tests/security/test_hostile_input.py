"""Hostile input: a precise 4xx naming the field (never the value) or a warning, never a 5xx, on
SQLite and PostgreSQL — deep nesting, long strings, many recipients, zip-slip member names,
overlong names, NUL bytes and unpaired surrogates that a database can't store."""
import io
import json
import zipfile

import pytest
from sqlalchemy import select

from needtoknow import db
from needtoknow.audit.models import AuditRecord
from needtoknow.auth import apikeys
from world import ORG, attachment, message

TO = [f"anne@{ORG}"]
DEEP = "[" * 50_000 + "]" * 50_000


def records(app):
    assert app.extensions["needtoknow.audit_queue"].drain()  # written off the request thread
    with db.sessions(app)() as session:
        return session.scalars(select(AuditRecord).order_by(AuditRecord.id)).all()


def raw_post(client, path, text, headers=None):
    return client.post(path, data=text, content_type="application/json", headers=headers or {})


@pytest.mark.parametrize("path", ["/api/v1/check", "/api/v1/checks/abc/override",
                                  "/api/v1/admin/test-message"])
def test_json_nested_deeper_than_python_parses_is_a_400(app, path):
    client = app.test_client()
    token = client.get("/api/v1/admin/session").get_json()["csrf_token"]
    token = client.post("/api/v1/admin/session", headers={"X-CSRF-Token": token}).get_json()["csrf_token"]
    response = raw_post(client, path, DEEP, {"X-CSRF-Token": token})
    assert response.status_code == 400 and response.get_json()["fields"] == {"_schema": ["Malformed JSON."]}


def test_deep_json_is_a_400_behind_the_token_check_too(make_app):
    app = make_app(AUTH_MODE="entra")
    with app.app_context():
        key = apikeys.create(db.get_session(), "script")
    response = raw_post(app.test_client(), "/api/v1/check", DEEP, {"Authorization": f"Bearer {key}"})
    assert response.status_code == 400


@pytest.mark.parametrize("body, field", [
    (dict(message(TO), sender="a" * 321), "sender"),
    (message([{"email": "a@b.example", "name": "n" * 321}]), "to"),
    (message(["a" * 400 + "@b.example"]), "to"),
    (message(TO, attachments=[attachment("n" * 501, b"hello")]), "attachments"),
    (dict(message(TO), draft_id="d" * 201), "draft_id"),
    (dict(message(TO), client={"host": "h" * 41}), "client"),
])
def test_overlong_fields_are_400_naming_the_field(app, body, field):
    response = app.test_client().post("/api/v1/check", json=body)
    assert response.status_code == 400 and field in response.get_json()["fields"]


def test_unknown_field_names_are_never_echoed(app):
    secret = "Joan Smith 01474 123456"
    response = app.test_client().post("/api/v1/checks/abc/override", json={secret: "x", "justification": "fine"})
    assert response.status_code == 400
    assert response.get_json()["fields"] == {"_unknown": ["1 unknown field (names not shown)."]}
    assert "Joan" not in response.get_data(as_text=True)


def test_long_text_and_many_recipients_are_checked(app):
    client = app.test_client()
    long_text = client.post("/api/v1/check", json=message(TO, "Rota. " * 400_000, subject="s" * 100_000))
    assert long_text.status_code == 200
    many = client.post("/api/v1/check", json=message([f"person{i}@elsewhere.example" for i in range(1000)]))
    assert many.status_code == 200 and len(many.get_json()["recipients"]) == 1000
    too_many = client.post("/api/v1/check", json=message([f"person{i}@elsewhere.example" for i in range(1001)]))
    assert too_many.status_code == 400 and "to" in too_many.get_json()["fields"]


def zip_of(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_zip_slip_and_overlong_member_names_stay_inside_the_attachment(app):
    data = zip_of({"../../../etc/passwd": "root", "/abs/key safe.txt": "The key safe code is 4821",
                   "a/" * 200 + "deep.txt": "x", "n" * 1000 + ".txt": "y"})
    response = app.test_client().post("/api/v1/check", json=message(
        ["someone@elsewhere.example"], attachments=[attachment("bundle.zip", data)]))
    answer = response.get_json()
    assert response.status_code == 200 and answer["decision"] == "block"
    locations = {loc for r in answer["reasons"] for loc in r["locations"]}
    assert locations == {"bundle.zip"}  # members are reported as the attachment itself


def test_a_500_character_attachment_name_is_checked_and_recorded_short(app):
    name = "rota " * 99 + "a.pdf"
    response = app.test_client().post("/api/v1/check", json=message(TO, attachments=[attachment(name, b"hi")]))
    assert response.status_code == 200
    (record,) = records(app)
    assert len(record.attachments[0]["name"]) <= 120


UNSTORABLE = ["office\x00@agency.example", "office\ud800@agency.example"]


@pytest.mark.parametrize("bad", UNSTORABLE)
def test_nul_and_lone_surrogates_are_refused_by_field_and_stall_nothing(any_app, bad):
    """A database refuses NUL (PostgreSQL) or can't encode a lone surrogate: such a request is a
    400 naming each field (never the fail mode's warning), and the next check is recorded."""
    client = any_app.test_client()
    text = json.dumps(dict(message(["someone@elsewhere.example"], "The key safe code is 4821",
                                   attachments=[attachment(bad + ".txt", b"hello")]),
                           sender=bad, draft_id=bad, client={"host": bad[:30], "version": "1"}))
    response = raw_post(client, "/api/v1/check", text)
    assert response.status_code == 400
    assert {"sender", "draft_id", "client", "attachments"} <= set(response.get_json()["fields"])
    follow = client.post("/api/v1/check", json=message(TO, "Rota"))
    assert follow.status_code == 200
    (record,) = records(any_app)
    assert record.check_id == follow.get_json()["check_id"]
    assert any_app.extensions["needtoknow.audit_queue"].pending == 0


@pytest.mark.parametrize("path", ["/api/v1/checks/ab%00cd/override", "/api/v1/checks/" + "a" * 5000 + "/override"])
def test_impossible_check_ids_are_404(any_app, path):
    assert any_app.test_client().post(path, json={"justification": "fine"}).status_code == 404


@pytest.mark.parametrize("key, named", [("colour", True), ("justificaton", True), ("Joan Smith", False),
                                        ("joan.smith", False), ("4821", False), ("ks4821", False),
                                        ("a" * 41, False)])
def test_unknown_field_names_are_named_only_when_they_read_as_field_names(key, named):
    from needtoknow.api.errors import safe_messages

    got = safe_messages({key: ["Unknown field."], "to": {"0": {"email": ["Not a valid string."]}}})
    assert got["to"] == {"0": {"email": ["Not a valid string."]}}
    assert (key in got) is named and ("_unknown" in got) is not named


@pytest.mark.parametrize("bad", ["Agreed\x00 with the manager", "Agreed\ud800 with the manager"])
def test_an_override_reason_with_unstorable_characters_is_refused(any_app, bad):
    client = any_app.test_client()
    warned = client.post("/api/v1/check", json=message(["someone@elsewhere.example"], "Call 01632 960874")).get_json()
    assert warned["decision"] == "warn"
    response = raw_post(client, f"/api/v1/checks/{warned['check_id']}/override", json.dumps({"justification": bad}))
    assert response.status_code == 400 and "justification" in response.get_json()["fields"]
    assert [r.kind for r in records(any_app)] == ["check"]
