"""The gateway end to end: smtplib → Postfix (Debian's, throwaway) → milter → aiosmtpd sink."""
import json
import re
import smtplib
import time

import pytest
from sqlalchemy import select

from gateway_helpers import mail
from needtoknow import db
from needtoknow.audit.models import AuditRecord
from needtoknow.demo.documents import client_list_pdf, key_safe_code, rota_docx
from postfix_helpers import Postfix, Sink, strip_added
from world import ORG, LiveServer

SENDER = f"office@{ORG}"


@pytest.fixture
def gateway(gateway_app, start_milter):
    """factory(**settings) → (postfix, sink, milter); all stopped at the end."""
    made = []

    def make(**settings):
        milter = start_milter(**settings)
        sink = Sink().start()
        postfix = Postfix(sink.port, milter.port).start()
        made.append((postfix, sink))
        return postfix, sink, milter
    yield make
    for postfix, sink in made:
        postfix.stop()
        sink.stop()
        postfix.remove()


def send(postfix, sender, rcpts, raw):
    """None when accepted, else (code, reply text)."""
    with smtplib.SMTP("127.0.0.1", postfix.port, timeout=120) as smtp:
        try:
            smtp.sendmail(sender, rcpts, raw)
        except smtplib.SMTPDataError as error:
            return error.smtp_code, error.smtp_error.decode("utf-8", "replace")
    return None


def line(c):
    return f"{c['full_name']}, {c['address']}, {c['postcode']}"


def audit_rows(app):
    with db.sessions(app)() as session:
        return list(session.scalars(select(AuditRecord).where(AuditRecord.kind == "gateway")))


# machine-made ids (hashes, check ids, Postfix queue ids: 10+ letters and digits mixed; process ids) are set
# aside first: a 64-character hash holds some 4-digit run by chance. Runs of digits alone (phone
# and NHS numbers) are never set aside.
MACHINE_IDS = re.compile(r"\b(?=[0-9A-Za-z]*[A-Za-z])(?=[0-9A-Za-z]*\d)[0-9A-Za-z]{10,}\b"
                         r"|\[\d+\]|\b\d{2}:\d{2}:\d{2}(?:\.\d+)?")  # and log lines' [pid] and times


def assert_nothing_leaked(secrets, *texts):
    """No secret in any text; a secret of digits only (a key safe code) counts where it stands
    alone, not inside a longer number (an attachment's size of 40433 bytes holds no code)."""
    for text in texts:
        lowered = MACHINE_IDS.sub(" ", text).lower()
        leaked = [s for s in secrets if s and (re.search(rf"(?<!\d){s}(?!\d)", lowered) if s.isdigit()
                                               else s.lower() in lowered)]
        assert not leaked, f"{len(leaked)} protected value(s) leaked"


def audit_text(app):
    return json.dumps([{c.key: str(getattr(r, c.key)) for c in AuditRecord.__table__.columns}
                       for r in audit_rows(app)])


def test_blocked_mail_never_reaches_the_sink_and_the_reply_says_why(gateway_app, gateway):
    app, world = gateway_app
    postfix, sink, milter = gateway()
    (rel_a, _a), (_b, client_b) = world.relatives()[:2]
    code = key_safe_code(client_b)
    _m, raw = mail(SENDER, [rel_a["email"]], f"Update on {line(client_b)}. Key safe is {code}.")
    answer = send(postfix, SENDER, [rel_a["email"]], raw)
    assert answer is not None and answer[0] == 550
    assert "5.7.1" in answer[1] and "key safe" in answer[1]
    time.sleep(1)
    assert sink.messages == []
    secrets = world.secrets(client_b) + [code]
    assert_nothing_leaked(secrets, answer[1], postfix.log(), milter.text(), audit_text(app))
    [row] = audit_rows(app)
    assert row.decision == "block" and row.details["outcome"] == "blocked"
    assert {"access-code", "unlinked-client"} <= set(row.rules)
    assert row.details["message_id"] and row.actor == SENDER
    assert [r["email"] for r in row.recipients] == [rel_a["email"]]


def test_allowed_mail_arrives_byte_identical_apart_from_the_added_header(gateway_app, gateway):
    _app, world = gateway_app
    postfix, sink, _milter = gateway()
    carer = next(p for p in world.of_kind("care_worker") if p["email"].endswith(ORG))
    own = [c for c in world.clients if c["id"] in world.linked(carer["id"])]
    _m, raw = mail(SENDER, [carer["email"]], "Your rota for next week is attached.\r\nThanks,\r\nThe office",
                   subject="Rota", attachments=[("rota.docx", rota_docx(own), "application/vnd.openxmlformats-"
                                                 "officedocument.wordprocessingml.document")])
    assert send(postfix, SENDER, [carer["email"]], raw) is None
    [(sender, rcpts, received)] = sink.wait(1)
    assert sender == SENDER and rcpts == [carer["email"]]
    assert strip_added(received, raw) == raw
    assert re.search(rb"\r\nX-NeedToKnow-Gateway: [0-9a-f]{32}; allow\r\n", received)


def test_bcc_recipient_is_checked(gateway_app, gateway):
    _app, world = gateway_app
    postfix, sink, _milter = gateway()
    (rel_a, _a), (_b, client_b) = world.relatives()[:2]
    office = world.of_kind("office_staff")[0]["email"]
    _m, raw = mail(SENDER, [office], f"Visit notes for {line(client_b)}")
    answer = send(postfix, SENDER, [office, rel_a["email"]], raw)  # rel_a only in the envelope: a Bcc
    assert answer is not None and answer[0] == 550
    assert send(postfix, SENDER, [office], raw) is None
    assert [m[1] for m in sink.wait(1)] == [[office]]


def test_incident_straight_to_the_gateway_is_rejected_and_a_rota_to_its_carer_passes(gateway_app, gateway):
    app, world = gateway_app
    postfix, sink, milter = gateway()
    clients = world.clients[:40]
    relatives = [r["email"] for r, _c in world.relatives()][:16]
    staff = [p["email"] for p in world.of_kind("care_worker") + world.of_kind("office_staff")]
    to = staff + relatives
    pdf = client_list_pdf(clients)
    _m, raw = mail(SENDER, to, "Please find the updated client list attached.", subject="Client list",
                   attachments=[("Client list.pdf", pdf, "application/pdf")])
    answer = send(postfix, SENDER, to, raw)
    assert answer is not None and answer[0] == 550 and "key safe" in answer[1]
    # the same message "justified" without an add-in (a hand-made header) is rejected too
    _m, raw2 = mail(SENDER, to, "Please find the updated client list attached.", subject="Client list",
                    attachments=[("Client list.pdf", pdf, "application/pdf")],
                    headers={"X-NeedToKnow-Check": "nk1.k0.eyJjIjoiMSJ9.AAAA"})
    assert send(postfix, SENDER, to, raw2)[0] == 550
    carer = next(p for p in world.of_kind("care_worker") if p["email"].endswith(ORG))
    own = [c for c in world.clients if c["id"] in world.linked(carer["id"])]
    _m, rota = mail(SENDER, [carer["email"]], "Rota attached", attachments=[
        ("rota.docx", rota_docx(own), "application/octet-stream")])
    assert send(postfix, SENDER, [carer["email"]], rota) is None
    assert len(sink.wait(1)) == 1
    secrets = world.secrets(*clients) + [key_safe_code(c) for c in clients]
    assert_nothing_leaked(secrets, answer[1], postfix.log(), milter.text(), audit_text(app))


def test_justified_warning_passes_end_to_end_only_with_its_stamp(gateway_app, gateway):
    app, world = gateway_app
    (rel_a, _a), (rel_b, _b) = world.relatives()[:2]
    to = [rel_a["email"], rel_b["email"]]
    server = LiveServer(app)
    try:
        answer = json.loads(server.post("/api/v1/check", {"sender": SENDER, "to": to,
                                                          "body": "The coffee morning is on Friday."})[1])
        assert answer["decision"] == "warn"
        status, raw = server.post(f"/api/v1/checks/{answer['check_id']}/override",
                                  {"justification": "Both families asked for the date together"})
        stamp = json.loads(raw)["stamp"]
    finally:
        server.stop()
    postfix, sink, _milter = gateway()
    _m, plain = mail(SENDER, to, "The coffee morning is on Friday.")
    assert send(postfix, SENDER, to, plain)[0] == 550
    _m, stamped = mail(SENDER, to, "The coffee morning is on Friday.", headers={"X-NeedToKnow-Check": stamp})
    assert send(postfix, SENDER, to, stamped) is None
    [(_s, _r, received)] = sink.wait(1)
    assert b"; warn\r\n" in received and stamp.encode() in received
    rows = {r.details["outcome"]: r for r in audit_rows(app)}
    assert rows["justified"].check_id == answer["check_id"]  # the add-in's check: "gateway saw it"
    assert rows["justified"].details["stamp"] == "justified"
