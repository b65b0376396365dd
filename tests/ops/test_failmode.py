"""The fail mode: the answer when a check cannot decide, and its audit record."""
import pytest

from needtoknow import failmode
from needtoknow.audit.models import AuditRecord
from needtoknow import db

from conftest import SHORT


@pytest.mark.parametrize("mode, override", [
    ("warn", {"allowed": True, "justification": True}),
    ("block", {"allowed": False}),
    ("nonsense", {"allowed": False}),  # a bad setting fails closed
])
def test_fail_decision_has_spec_shape(mode, override):
    body = failmode.fail_decision({"FAIL_MODE": mode}, "database")
    assert body["decision"] == (mode if mode != "nonsense" else "block")
    assert body["override"] == override
    assert [r["rule"] for r in body["reasons"]] == [failmode.RULE]
    assert "not checked" in body["message"] and len(body["message"]) <= 500
    assert len(body["message_markdown"]) <= 500 and body["findings"] == {}
    assert set(body) >= {"check_id", "title", "message_markdown", "recipients", "elapsed_ms"}


@pytest.mark.parametrize("mode", ["warn", "block"])
def test_an_internal_error_answers_the_fail_mode_and_is_audited(make_app, monkeypatch, mode):
    app = make_app(FAIL_MODE=mode)
    from needtoknow.api import check as check_api

    def broken(*args, **kwargs):
        raise RuntimeError("Gwen D'Souza 4821")  # text that must not reach the response or logs

    monkeypatch.setattr(check_api, "perform", broken)
    response = app.test_client().post("/api/v1/check", json=SHORT)
    assert response.status_code == 200
    body = response.get_json()
    assert body["decision"] == mode and body["reasons"][0]["rule"] == "check-unavailable"
    assert body["audited"] is True and "4821" not in response.get_data(as_text=True)
    assert app.extensions["needtoknow.audit_queue"].drain()
    with db.sessions(app)() as session:
        record = session.query(AuditRecord).filter_by(check_id=body["check_id"]).one()
    assert record.rules == ["check-unavailable"] and record.decision == mode
    assert record.details["cause"] == "internal"


def test_bad_input_is_still_a_400_not_the_fail_mode(app):
    response = app.test_client().post("/api/v1/check", json={"to": []})
    assert response.status_code == 400 and "fields" in response.get_json()


def test_database_errors_elsewhere_are_json_503(make_app, monkeypatch):
    from sqlalchemy.exc import OperationalError

    app = make_app()
    from needtoknow.audit import writer

    def down(*args, **kwargs):
        raise OperationalError("SELECT", {}, Exception("connection refused"))

    monkeypatch.setattr(writer, "find_check", down)
    response = app.test_client().post("/api/v1/checks/abc/override", json={"justification": "ok fine"})
    assert response.status_code == 503 and response.get_json()["error"]
    assert response.headers["Retry-After"] == "5"
