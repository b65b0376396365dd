"""EML: headers, every body part, attachments through the dispatcher (attached emails too)."""
from email.message import EmailMessage

import pytest

from needtoknow.inspect.extract import Limits, extract

from .conftest import CLIENTS, all_text, make_pdf, problem_kinds


def message():
    msg = EmailMessage()
    msg["Subject"] = "Key safes for the new rota"
    msg["From"] = "office@agency.example"
    msg["To"] = "carer@agency.example"
    msg.set_content("Plain body: see attached")
    msg.add_alternative("<p>HTML body: <b>see attached</b></p>", subtype="html")
    msg.add_attachment(make_pdf(CLIENTS[:2]), maintype="application", subtype="octet-stream",
                       filename="list.docx")  # a PDF with the wrong name and type
    inner = EmailMessage()
    inner["Subject"] = "Fwd: alarm code"
    inner.set_content("Alarm code is 4455")
    msg.add_attachment(inner)
    return msg.as_bytes()


@pytest.mark.parametrize("location, expected", [
    ("mail.eml", "Subject: Key safes for the new rota"),
    ("mail.eml", "To: carer@agency.example"),
    ("mail.eml", "Plain body: see attached"),
    ("mail.eml", "HTML body: see attached"),
    ("mail.eml/list.docx", "Key safe: 9357"),
    ("mail.eml/attachment-2", "Subject: Fwd: alarm code"),
    ("mail.eml/attachment-2", "Alarm code is 4455"),
])
def test_email_parts(location, expected, limits):
    texts = [p.text for p in extract("mail.eml", message(), limits).parts if p.location == location]
    assert any(expected in text for text in texts)


def test_attachments_beyond_the_depth_limit(limits):
    result = extract("mail.eml", message(), Limits(max_archive_depth=0))
    assert problem_kinds(result) == ["too_deep", "too_deep"]
    assert "Plain body: see attached" in all_text(result)
    assert "9357" not in all_text(result)


def test_unknown_charset_still_reads():
    raw = (b"From: a@x.example\r\nTo: b@y.example\r\nSubject: codes\r\n"
           b"Content-Type: text/plain; charset=x-unknown\r\n\r\nKey safe 9357\r\n")
    result = extract("mail.eml", raw, Limits())
    assert "Key safe 9357" in all_text(result) and result.problems == ()


def _alternative(plain, html_body):
    from email.message import EmailMessage

    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "office@agency.example", "a@b.example", "Visit"
    message.set_content(plain)
    message.add_alternative(html_body, subtype="html")
    return message.as_bytes()


@pytest.mark.parametrize("plain,html_body,count", [
    ("Key safe 4821", "<p>Key safe <b>4821</b></p>", 1),  # the same body twice is read once
    ("Key safe 4821", "<p>See the attached notes</p>", 1),  # plain says more: it is read too
    ("Hello", "<p>Hello</p><span style='display:none'>Key safe 4821</span>", 1),
])
def test_alternative_bodies_are_not_counted_twice(plain, html_body, count, limits):
    from needtoknow.inspect.directory_match import ClientIndex
    from needtoknow.inspect.scan import scan

    result = extract("mail.eml", _alternative(plain, html_body), limits)
    assert scan(result.parts, ClientIndex.build([])).counts["access_code"] == count
