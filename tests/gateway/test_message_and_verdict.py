"""Envelope + MIME → CheckInput, and the pure answer to Postfix."""
import hashlib
from email.message import EmailMessage

import pytest

from needtoknow.gateway import verdict
from needtoknow.gateway.message import Envelope, parse


def raw_message():
    inner = EmailMessage()
    inner["Subject"] = "forwarded"
    inner.set_content("inner text")
    m = EmailMessage()
    m["From"], m["To"], m["Cc"], m["Subject"] = "o@agency.example", "A <a@x.example>", "c@y.example", "=?utf-8?q?Caf=C3=A9?="
    m["Message-ID"] = "<m1@agency.example>"
    m["X-NeedToKnow-Check"] = "nk1.k0.abc.def"
    m["X-NeedToKnow-Gateway"] = "forged; allow"
    m.set_content("plain body")
    m.add_alternative("<p>html body</p>", subtype="html")
    m.add_attachment(b"%PDF-1.4 data", maintype="application", subtype="pdf", filename="list.pdf")
    m.add_attachment(inner)
    return m.as_bytes()


def test_parse_reads_envelope_fields_body_attachments_and_our_headers():
    parsed = parse(Envelope("<O@agency.example>", ("<a@x.example>", "<c@y.example>", "<hidden@z.example>")),
                   raw_message())
    check = parsed.check
    assert check.sender == "o@agency.example" and check.subject == "Café"
    assert [(a.email, a.field) for a in check.addressees] == [
        ("a@x.example", "to"), ("c@y.example", "cc"), ("hidden@z.example", "bcc")]
    assert check.body_type == "html" and "html body" in check.body
    names = [a.name for a in check.attachments]
    assert names[0] == "list.pdf" and len(names) == 2 and b"inner text" in check.attachments[1].data
    assert parsed.attachment_shas[0] == hashlib.sha256(b"%PDF-1.4 data").hexdigest()
    assert parsed.message_id == "<m1@agency.example>" and parsed.stamps == ("nk1.k0.abc.def",)
    assert [n.lower() for n, _i in parsed.ours] == ["x-needtoknow-check", "x-needtoknow-gateway"]


def test_a_message_without_mime_is_plain_text():
    parsed = parse(Envelope("s@a.example", ("r@b.example",)), b"Subject: hi\r\n\r\nhello\r\n")
    assert parsed.check.body.strip() == "hello" and parsed.check.attachments == ()


@pytest.mark.parametrize("decision, justified, mode, unjustified, action, outcome", [
    ("allow", False, "enforce", "reject", "accept", "allowed"),
    ("warn", True, "enforce", "reject", "accept", "justified"),
    ("warn", False, "enforce", "reject", "reject", "unjustified"),
    ("warn", False, "enforce", "accept", "accept", "unjustified"),
    ("block", True, "enforce", "accept", "reject", "blocked"),  # a block is never waived
    ("block", False, "observe", "reject", "accept", "observed-blocked"),
    ("warn", False, "observe", "reject", "accept", "observed-unjustified"),
])
def test_decide(decision, justified, mode, unjustified, action, outcome):
    answer = verdict.decide(decision, ["access-code"] if decision == "block" else ["exposed-recipients"],
                            justified=justified, mode=mode, unjustified_warn=unjustified)
    assert (answer.action, answer.outcome) == (action, outcome)
    if action == "reject":
        assert answer.code == "550" and answer.xcode == "5.7.1" and 1 <= len(answer.lines) <= 3
        assert all(len(line) <= 300 and "%" not in line for line in answer.lines)


def test_reject_lines_name_no_rule_ids():
    answer = verdict.decide("block", ["access-code", "unlinked-client", "bulk-client-data", "new-rule"],
                            justified=False)
    text = " ".join(answer.lines)
    assert "access-code" not in text and "new-rule" not in text and "and more" in text


def test_a_warning_cut_short_by_the_deadline_is_deferred_not_rejected():
    """A busy gateway must not bounce mail for good: the sending server retries a 451, and the
    retry is checked whole. A block found in time is still a block."""
    answer = verdict.decide("warn", ["unreadable-attachment"], justified=False, timed_out=True)
    assert (answer.action, answer.code, answer.xcode) == ("tempfail", "451", "4.7.1")
    assert verdict.decide("block", ["access-code"], justified=False, timed_out=True).code == "550"
    assert verdict.decide("warn", ["unreadable-attachment"], justified=True, timed_out=True).action == "accept"
    assert verdict.decide("warn", ["x"], justified=False, mode="observe", timed_out=True).action == "accept"


def test_a_check_knows_when_its_deadline_cut_it_short(make_app):
    import time as clock

    from needtoknow import db
    from needtoknow.cache import MemoryCache
    from needtoknow.check import Attachment, CheckInput, run_check
    from needtoknow.directory.recipients import Addressee
    from needtoknow.inspect.budget import CheckBudget
    from needtoknow.inspect.extract.limits import Limits
    from needtoknow.services import get_services
    from world import load

    app = make_app()
    load(app)
    with app.app_context(), db.sessions(app)() as session:
        snapshot = get_services(app).snapshot(session)
    inp = CheckInput(sender="office@agency.example", addressees=(Addressee("gp@surgery.example"),),
                     body="see attached", attachments=(Attachment("notes.txt", b"Key safe 4821"),))
    late = CheckBudget(seconds=4.0, started=clock.monotonic() - 10)
    run = lambda **kw: run_check(inp, snapshot=snapshot, cache=MemoryCache(10, 60), limits=Limits(), **kw)
    assert run(budget=late).timed_out and not run().timed_out


def test_unavailable_follows_the_fail_mode():
    assert verdict.unavailable("block").action == "tempfail" and verdict.unavailable("block").code == "451"
    assert verdict.unavailable("warn").action == "accept"
    assert verdict.unavailable("block", "observe").action == "accept"
