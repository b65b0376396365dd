"""Rule 6 end to end: checks that carry known secrets — client names, phone and NHS numbers,
addresses, postcodes, a key safe code — go through the HTTP API on a real socket (good input, bad
input, unreadable and hostile attachments, the fail mode, the admin console's search), and none
of the secrets appears in a response, a log line (any logger, and the JSON log's own output), the
audit table or /metrics."""
import base64
import io
import json
import logging
import zipfile
from urllib.parse import quote, quote_plus

import pytest
import requests
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from needtoknow import db
from needtoknow.audit.models import AuditRecord
from needtoknow.demo.documents import client_list_pdf, encrypted_pdf
from needtoknow.observability import logs
from world import ORG, LiveServer, attachment, load, message

CLIENT_SIDE = {"urllib3", "requests"}  # this test's own HTTP client logs what it sent
CODE = "583917"  # six digits: unlikely to turn up by chance in an id or a timing


def digits(text):
    return "".join(ch for ch in text if ch.isdigit())


def client_secrets(client):
    """Each value as stored, as digits, and as a URL's query would carry it."""
    values = [client["full_name"], client["phone"], client["nhs_number"], client["address"],
              client["postcode"]]
    values += [digits(client["phone"]), digits(client["nhs_number"])]
    values += [quote_plus(v) for v in values] + [quote(v) for v in values]
    return [v for v in values if v]


def zip_with(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.fixture
def scene(make_app, caplog):
    app = make_app()
    world = load(app)
    stream = io.StringIO()
    logs.configure("DEBUG", "json", stream)  # the app's own JSON handler, into a buffer
    caplog.set_level(logging.DEBUG)  # and every logger, werkzeug's request lines included
    server = LiveServer(app)
    yield app, world, server, stream
    server.stop()


class Calls:
    """Requests to the live server; every answer's body is kept for the final search."""

    def __init__(self, server):
        self.url, self.session, self.bodies = server.url, requests.Session(), []

    def send(self, method, path, **kwargs):
        response = self.session.request(method, self.url + path, timeout=60, **kwargs)
        assert response.status_code < 500, (path, response.status_code)
        self.bodies.append(readable(response.text))
        return response

    def check(self, body=None, data=None):
        if data is not None:
            return self.send("POST", "/api/v1/check", data=data,
                             headers={"Content-Type": "application/json"})
        return self.send("POST", "/api/v1/check", json=body)


def readable(text):
    """JSON text with its escapes undone (a name with an accent must not hide as \\u00e9)."""
    try:
        return json.dumps(json.loads(text), ensure_ascii=False)
    except ValueError:
        return text


def checks_with_secrets(calls, world):
    (relative, _own), *_ = world.relatives()
    victims = [world.unlinked_client(relative["id"])] + world.clients[:3]
    victim = victims[0]
    to = [relative["email"]]
    prose = (f"{victim['full_name']}, {victim['address']} {victim['postcode']}, phone "
             f"{victim['phone']}, NHS number {victim['nhs_number']}. The key safe code is {CODE}.")
    statuses = []

    def expect(status, response):
        statuses.append((status, response.status_code))
        return response

    # good input, content everywhere a check reads it
    expect(200, calls.check(message(to, prose, subject=prose)))
    expect(200, calls.check(message(to, "See attached.", attachments=[
        attachment("list.pdf", client_list_pdf(victims)),
        attachment(f"{victim['full_name']} key safe {CODE}.txt", prose.encode()),
        attachment(f"{victim['full_name']} care plan.pdf", encrypted_pdf(text=prose)),
        attachment("notes.docx", b"PK\x03\x04" + prose.encode()),  # damaged
        attachment("bundle.zip", zip_with({f"../../{victim['full_name']} {CODE}.txt": prose,
                                           f"/etc/{victim['postcode']}.txt": prose})),
        attachment("x" * 480 + victim["full_name"][:20], prose.encode()),
    ])))
    # bad input: a 400 naming the field, never the value
    expect(400, calls.check(dict(message(to), body=[prose])))
    expect(200, calls.check(dict(message(to), **{prose: prose})))  # unknown fields are ignored
    expect(400, calls.check(message(to, attachments=[{"name": "a.pdf", "content_base64": prose}])))
    expect(400, calls.check(message(to, attachments=[{"name": "a.pdf", "sha256": victim["phone"]}])))
    expect(400, calls.check(message(to, attachments=[{"name": prose * 20, "content_base64": ""}])))
    expect(400, calls.check(dict(message(to), body_type=prose)))
    expect(400, calls.check(data='{"to": ["a@x.example"], "body": "' + prose + '"'))
    expect(400, calls.check(data="[" * 100_000 + json.dumps(prose) + "]" * 100_000))
    expect(400, calls.send("POST", "/api/v1/checks/abc/override", json={prose: prose}))
    return statuses, victims


def fail_mode_checks(calls, world, monkeypatch):
    """The fail mode, with exceptions whose text quotes what was being checked."""
    from needtoknow.api import check as check_api

    (relative, _own), *_ = world.relatives()
    victim = world.unlinked_client(relative["id"])
    said = f"{victim['full_name']} {victim['phone']} {CODE}"
    for error in (OperationalError("INSERT INTO audit_records (actor) VALUES (%(actor)s)",
                                   {"actor": said}, Exception(said)),
                  RuntimeError(said)):
        def broken(*args, error=error, **kwargs):
            raise error

        monkeypatch.setattr(check_api, "perform", broken)
        answer = calls.check(message([relative["email"]], said, subject=said)).json()
        assert answer["reasons"][0]["rule"] == "check-unavailable"
    monkeypatch.undo()
    return [victim]


def admin_search(calls, victim):
    token = calls.send("GET", "/api/v1/admin/session").json()["csrf_token"]
    token = calls.send("POST", "/api/v1/admin/session", headers={"X-CSRF-Token": token}).json()["csrf_token"]
    found = calls.send("GET", "/api/v1/admin/directory/people",
                       params={"q": victim["full_name"]}).json()
    assert found["total"] >= 1  # the answer names them (the console shows it): not searched below
    calls.bodies.pop()


def audit_text(app):
    app.extensions["needtoknow.audit_queue"].drain()  # every record written, so every one is read
    with db.sessions(app)() as session:
        rows = session.scalars(select(AuditRecord)).all()
        return rows, json.dumps([{c.key: getattr(r, c.key) for c in AuditRecord.__table__.columns}
                                 for r in rows], default=str, ensure_ascii=False)


def log_text(stream, caplog):
    lines = [readable(line) for line in stream.getvalue().splitlines()]
    records = [r.getMessage() + " " + (r.exc_text or "") + " " + json.dumps(
        {k: v for k, v in vars(r).items() if k not in logging.LogRecord("", 0, "", 0, "", (), None).__dict__},
        default=str, ensure_ascii=False) for r in caplog.records if r.name.split(".")[0] not in CLIENT_SIDE]
    return "\n".join(lines + records)


def test_no_secret_reaches_responses_logs_audit_or_metrics(scene, caplog, monkeypatch):
    app, world, server, stream = scene
    calls = Calls(server)
    statuses, victims = checks_with_secrets(calls, world)
    victims += fail_mode_checks(calls, world, monkeypatch)
    admin_search(calls, victims[0])
    calls.send("GET", "/metrics")
    queue = app.extensions["needtoknow.audit_queue"]
    queue.flush()  # the fail-mode records, queued while "the database was down"

    assert [want for want, _ in statuses] == [got for _, got in statuses]
    rows, stored = audit_text(app)
    assert len([r for r in rows if r.kind == "check"]) == 5 and queue.pending == 0
    assert any(a["name"] == "attachment 2" for r in rows for a in r.attachments)  # named a client
    logged = log_text(stream, caplog)
    assert "check answered" in logged and "/api/v1/admin/directory/people" in logged
    secrets = {s for v in victims for s in client_secrets(v)} | {CODE}
    for where, text in (("responses", "\n".join(calls.bodies)), ("logs", logged),
                        ("audit", stored)):
        leaked = sorted(s for s in secrets if s.lower() in text.lower())
        assert not leaked, f"{len(leaked)} protected value(s) in the {where}: {leaked}"
