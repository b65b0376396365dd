"""The check and override responses carry a stamp (SPEC: "Each check response also carries a stamp")."""
import base64
import hashlib

from needtoknow.gateway.stamp import Keyring, verify
from world import ORG, attachment, message


def test_check_response_stamp_covers_its_recipients_and_attachments(client, app):
    data = b"plain text notes"
    body = message([f"anne@{ORG}"], "Team meeting at 10", bcc=["b@else.example"],
                   attachments=[attachment("notes.txt", data, "text/plain")])
    answer = client.post("/api/v1/check", json=body).get_json()
    keyring = Keyring.from_config(app.config)
    stamp = verify(keyring, answer["stamp"])
    assert stamp.check_id == answer["check_id"] and stamp.decision == answer["decision"]
    assert not stamp.overridden
    assert stamp.covers(keyring, f"office@{ORG}", [f"anne@{ORG}", "b@else.example"],
                        [hashlib.sha256(data).hexdigest()])


def test_override_response_stamp_says_overridden(client, app):
    body = message([f"anne@{ORG}"], "See the attachment",  # a PDF that can't be read: a warning
                   attachments=[attachment("x.pdf", base64.b64decode("JVBERi0xLjQKJcOkw7zDtsOfCg=="))])
    answer = client.post("/api/v1/check", json=body).get_json()
    assert answer["decision"] == "warn", answer["reasons"]
    done = client.post(f"/api/v1/checks/{answer['check_id']}/override",
                       json={"justification": "The manager approved this one"})
    assert done.status_code == 201
    stamp = verify(Keyring.from_config(app.config), done.get_json()["stamp"])
    assert stamp.overridden and stamp.decision == "warn" and stamp.check_id == answer["check_id"]


def test_openapi_documents_the_stamp(client):
    spec = client.get("/api/openapi.json").get_json()
    schemas = spec["components"]["schemas"]
    assert "stamp" in schemas["CheckResponse"]["properties"]
    assert "stamp" in schemas["OverrideResponse"]["properties"]


def test_fail_mode_answer_carries_a_stamp_of_its_decision(make_app):
    from needtoknow.services import get_services

    app = make_app(FAIL_MODE="block")

    def down(_session):
        raise RuntimeError("the engine broke")
    get_services(app).snapshot = down
    answer = app.test_client().post("/api/v1/check", json=message([f"anne@{ORG}"], "Hello")).get_json()
    assert answer["reasons"][0]["rule"] == "check-unavailable"
    stamp = verify(Keyring.from_config(app.config), answer["stamp"])
    assert stamp.decision == "block" and stamp.check_id == answer["check_id"]
