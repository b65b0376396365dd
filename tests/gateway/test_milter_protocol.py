"""The milter over its real socket (pymilter/libmilter in its own process), driven by the
`miltertest` MTA-side client: no Postfix. Decisions, replies, header changes, the stamp rules."""
import json
import re

import miltertest as mt

from gateway_helpers import converse, mail, wire
from needtoknow.demo.documents import client_list_pdf, key_safe_code
from world import ORG, LiveServer

SENDER = f"office@{ORG}"


def by_code(replies):
    return {code: [args for c, args in replies if c == code] for code, _ in replies}


def final(replies):
    return replies[-1]


def line(c):
    return f"{c['full_name']}, {c['address']}, {c['postcode']}"


def test_block_is_rejected_with_a_plain_reason_and_no_value(shared):
    app, world, milter = shared
    (rel_a, client_a), (_rel_b, client_b) = world.relatives()[:2]
    code = key_safe_code(client_b)
    _m, raw = mail(SENDER, [rel_a["email"]], f"Update on {line(client_b)}. Key safe {code}.")
    replies = converse(milter.port, SENDER, [rel_a["email"]], raw)
    cmd, args = final(replies)
    assert cmd == mt.SMFIR_REPLYCODE and args["smtpcode"] == "550"
    text = args["text"]
    assert text.startswith("5.7.1") and "blocked" in text
    assert len(text.split("\r\n")) <= 3
    for value in world.secrets(client_b) + [code, client_b["postcode"]]:
        assert value.lower() not in text.lower()
    assert "access-code" not in text and "unlinked-client" not in text  # no rule ids for people


def test_allow_is_accepted_with_the_gateway_header(shared):
    app, world, milter = shared
    carer = next(p for p in world.of_kind("care_worker") if p["email"].endswith(ORG))
    _m, raw = mail(SENDER, [carer["email"]], "Team meeting moved to 10:30 on Friday.")
    replies = converse(milter.port, SENDER, [carer["email"]], raw)
    assert final(replies)[0] == mt.SMFIR_ACCEPT
    added = [args for c, args in replies if c == mt.SMFIR_ADDHEADER]
    assert len(added) == 1 and added[0]["name"] == "X-NeedToKnow-Gateway"
    assert re.fullmatch(r"[0-9a-f]{32}; allow", added[0]["value"])
    assert not [c for c, _ in replies if c == mt.SMFIR_REPLBODY]  # the body is never changed


def test_bcc_recipient_is_checked(shared):
    """The headers name only office staff; the envelope also carries a relative of another client."""
    app, world, milter = shared
    (rel_a, _client_a), (_rel_b, client_b) = world.relatives()[:2]
    office = world.of_kind("office_staff")[0]["email"]
    _m, raw = mail(SENDER, [office], f"Visit notes for {line(client_b)}")
    assert final(converse(milter.port, SENDER, [office], raw))[0] == mt.SMFIR_ACCEPT
    replies = converse(milter.port, SENDER, [office, rel_a["email"]], raw)
    assert final(replies)[0] == mt.SMFIR_REPLYCODE and final(replies)[1]["smtpcode"] == "550"


def families(world):
    (rel_a, _a), (rel_b, _b) = world.relatives()[:2]
    return [rel_a["email"], rel_b["email"]]


def api_check(app, to, override=True, **extra):
    """A check (and override) through the real HTTP API, as the Outlook add-in makes them."""
    server = LiveServer(app)
    try:
        status, raw = server.post("/api/v1/check", {"sender": SENDER, "to": to, "body": "The coffee morning is on Friday.",
                                                    "client": {"host": "outlook", "version": "1"}, **extra})
        answer = json.loads(raw)
        assert status == 200 and answer["decision"] == "warn", answer
        if not override:
            return answer["stamp"]
        status, raw = server.post(f"/api/v1/checks/{answer['check_id']}/override",
                                  {"justification": "Both families asked for the date together"})
        assert status == 201, raw
        return json.loads(raw)["stamp"]
    finally:
        server.stop()


def send_warned(milter, to, stamp=None, message_id=None):
    headers = {"X-NeedToKnow-Check": stamp} if stamp else {}
    m, raw = mail(SENDER, to, "The coffee morning is on Friday.", headers=headers)
    if message_id:
        del m["Message-ID"]
        m["Message-ID"] = message_id
        raw = wire(m)
    return converse(milter.port, SENDER, to, raw)


def test_unjustified_warning_is_rejected_with_instructions(shared):
    app, world, milter = shared
    cmd, args = final(send_warned(milter, families(world)))
    assert cmd == mt.SMFIR_REPLYCODE and args["smtpcode"] == "550"
    assert "add-in" in args["text"] and "reason" in args["text"]


def test_unjustified_warning_accepted_when_the_setting_says_so(gateway_app, start_milter):
    _app, world = gateway_app
    milter = start_milter(GATEWAY_UNJUSTIFIED_WARN="accept")
    assert final(send_warned(milter, families(world)))[0] == mt.SMFIR_ACCEPT


def test_observe_mode_accepts_a_block(gateway_app, start_milter):
    app, world = gateway_app
    milter = start_milter(GATEWAY_MODE="observe")
    (rel_a, _a), (_b, client_b) = world.relatives()[:2]
    _m, raw = mail(SENDER, [rel_a["email"]], f"Update on {line(client_b)}")
    replies = converse(milter.port, SENDER, [rel_a["email"]], raw)
    assert final(replies)[0] == mt.SMFIR_ACCEPT
    added = [a for c, a in replies if c == mt.SMFIR_ADDHEADER]
    assert added[0]["value"].endswith("; block")


def test_justified_warning_passes_only_with_a_stamp_for_its_recipients(shared):
    app, world, milter = shared
    to = families(world)
    stamp = api_check(app, to)
    assert final(send_warned(milter, to, stamp))[0] == mt.SMFIR_ACCEPT
    # one more recipient than the stamp covers
    office = world.of_kind("office_staff")[0]["email"]
    cmd, args = final(send_warned(milter, to + [office], stamp))
    assert cmd == mt.SMFIR_REPLYCODE and args["smtpcode"] == "550"


def test_stamp_without_override_does_not_justify(shared):
    app, world, milter = shared
    to = families(world)
    stamp = api_check(app, to, override=False)
    assert final(send_warned(milter, to, stamp))[1]["smtpcode"] == "550"


def test_forged_stamp_is_rejected_and_removed(gateway_app, start_milter):
    app, world = gateway_app
    to = families(world)
    stamp = api_check(app, to)
    head, payload, mac = stamp.rsplit(".", 2)[0].rsplit(".", 1)[0], stamp.split(".")[2], stamp.split(".")[3]
    forged = ".".join([stamp.split(".")[0], stamp.split(".")[1], payload[:-2] + ("AA" if payload[-2:] != "AA" else "BB"), mac])
    milter = start_milter(GATEWAY_UNJUSTIFIED_WARN="accept")
    replies = send_warned(milter, to, forged)
    assert final(replies)[0] == mt.SMFIR_ACCEPT  # accepted as unjustified by the setting ...
    removed = [a for c, a in replies if c == mt.SMFIR_CHGHEADER]
    assert removed and removed[0]["name"] == "X-NeedToKnow-Check" and removed[0]["value"] == ""
    milter.stop()
    milter = start_milter()
    assert final(send_warned(milter, to, forged))[1]["smtpcode"] == "550"  # ... rejected by default
    assert head


def test_replayed_stamp_is_rejected(shared):
    app, world, milter = shared
    to = families(world)
    stamp = api_check(app, to)
    assert final(send_warned(milter, to, stamp, message_id=f"<first@{ORG}>"))[0] == mt.SMFIR_ACCEPT
    # the same message again (a retry) passes; another message on the same stamp does not
    assert final(send_warned(milter, to, stamp, message_id=f"<first@{ORG}>"))[0] == mt.SMFIR_ACCEPT
    assert final(send_warned(milter, to, stamp, message_id=f"<second@{ORG}>"))[1]["smtpcode"] == "550"


def test_stamp_for_other_attachments_does_not_justify(shared):
    app, world, milter = shared
    to = families(world)
    stamp = api_check(app, to)
    m, raw = mail(SENDER, to, "The coffee morning is on Friday.", headers={"X-NeedToKnow-Check": stamp},
                  attachments=[("poster.txt", b"Coffee morning poster", "text/plain")])
    assert final(converse(milter.port, SENDER, to, raw))[1]["smtpcode"] == "550"


def test_incident_pdf_is_rejected(shared):
    app, world, milter = shared
    relatives = [r["email"] for r, _c in world.relatives()[:3]]
    office = [p["email"] for p in world.of_kind("office_staff")]
    pdf = client_list_pdf(world.clients[:20])
    _m, raw = mail(SENDER, office + relatives, "Please find the updated client list attached.",
                   attachments=[("Client list.pdf", pdf, "application/pdf")])
    cmd, args = final(converse(milter.port, SENDER, office + relatives, raw))
    assert cmd == mt.SMFIR_REPLYCODE and args["smtpcode"] == "550"
    assert "key safe" in args["text"]


def record_gmail_override(app, to, sender=SENDER, minutes_ago=1):
    """What the Gmail add-on leaves in the audit log: its check (client host gmail) and the override."""
    from datetime import datetime, timedelta, timezone

    from needtoknow import db
    from needtoknow.audit.models import AuditRecord

    when = datetime.now(timezone.utc) - timedelta(minutes=minutes_ago)
    recipients = [{"email": e, "field": "to", "role": "relative"} for e in to]
    with db.sessions(app)() as session:
        for kind, details in (("check", {"client": {"host": "gmail", "user": sender}}), ("override", {})):
            session.add(AuditRecord(kind=kind, check_id="g" * 32, created_at=when, actor=sender, decision="warn",
                                    rules=["exposed-recipients"], recipients=recipients, counts={},
                                    attachments=[], details=details,
                                    justification="Both families asked" if kind == "override" else None))
        session.commit()


def test_gmail_override_justifies_the_same_sender_and_recipients_within_the_window(gateway_app, start_milter):
    app, world = gateway_app
    to = families(world)
    milter = start_milter(GATEWAY_OVERRIDE_WINDOW=600)
    record_gmail_override(app, to[:1], minutes_ago=1)  # covers only one of the two
    assert final(send_warned(milter, to))[1]["smtpcode"] == "550"
    record_gmail_override(app, to, sender=f"someone.else@{ORG}", minutes_ago=1)  # another sender
    assert final(send_warned(milter, to))[1]["smtpcode"] == "550"
    record_gmail_override(app, to, minutes_ago=11)  # outside the 10-minute window
    assert final(send_warned(milter, to))[1]["smtpcode"] == "550"
    record_gmail_override(app, to, minutes_ago=1)
    assert final(send_warned(milter, to))[0] == mt.SMFIR_ACCEPT
