"""Logs are JSON lines with the request id, and never carry message content."""
import io
import json
from datetime import timedelta

from needtoknow.observability import logs
from needtoknow.observability.access import access_record

from conftest import KEY_SAFE

SECRET = dict(KEY_SAFE, subject="Gwen D'Souza", body="Gwen D'Souza key safe 4821, 01632 960874")


def capture(app):
    stream = io.StringIO()
    logs.configure("INFO", "json", stream)
    return stream


def lines(stream):
    return [json.loads(line) for line in stream.getvalue().splitlines() if line.strip()]


def test_a_check_logs_one_json_line_with_the_request_id_and_no_content(app):
    stream = capture(app)
    response = app.test_client().post("/api/v1/check", json=SECRET,
                                      headers={"X-Request-ID": "req-0123456789"})
    assert response.headers["X-Request-ID"] == "req-0123456789"
    records = [r for r in lines(stream) if r["message"] == "check answered"]
    assert len(records) == 1
    record = records[0]
    assert record["request_id"] == "req-0123456789" and record["decision"] == "block"
    assert "access-code" in record["rules"] and record["level"] == "INFO"
    text = stream.getvalue()
    assert "4821" not in text and "D'Souza" not in text and "960874" not in text
    assert "someone@elsewhere" not in text  # not even addresses: counts only


def test_an_unusable_request_id_is_replaced(app):
    response = app.test_client().get("/healthz", headers={"X-Request-ID": "bad id <script>"})
    assert len(response.headers["X-Request-ID"]) == 32


def test_an_internal_error_logs_its_type_not_its_text(app, monkeypatch):
    from needtoknow.api import check as check_api

    def broken(*a, **k):
        raise ValueError("Gwen D'Souza 4821")

    monkeypatch.setattr(check_api, "perform", broken)
    stream = capture(app)
    app.test_client().post("/api/v1/check", json=SECRET)
    text = stream.getvalue()
    assert "ValueError" in text and "4821" not in text and "D'Souza" not in text


class Response:
    status, sent, headers = "200 OK", 512, [("X-Request-ID", "abc12345")]


def test_the_access_log_has_the_path_without_its_query():
    environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/api/v1/admin/audit",
               "QUERY_STRING": "actor=gwen%40x.example", "RAW_URI": "/api/v1/admin/audit?actor=gwen",
               "REMOTE_ADDR": "127.0.0.1"}
    record = access_record(Response(), environ, timedelta(milliseconds=12))
    assert record["path"] == "/api/v1/admin/audit" and record["status"] == 200
    assert record["request_id"] == "abc12345" and record["ms"] == 12.0
    assert "gwen" not in json.dumps(record)
