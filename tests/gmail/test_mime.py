"""Gmail API messages (format=full) read into subject, sender, body and attachment parts."""
import pytest
from gmail_fakes import PDF, XLSX, GmailMessage, mime_draft

from needtoknow.gmail import mime


def test_multipart_draft_with_attachments():
    source = mime_draft(to=["a@x.example"], cc=["b@y.example"], bcc=["c@z.example"],
                        subject="Rota", text="plain body", html="<p>Key safe <b>1234</b></p>",
                        attachments=[("rota.pdf", PDF, b"%PDF-1.4 fake"),
                                     ("tiny.xlsx", XLSX, b"PK\x03\x04 tiny")])
    message = GmailMessage(source, "m1", "t1", inline_max=12)
    draft = mime.parse(message.full())
    assert (draft.subject, draft.sender) == ("Rota", "ann.office@agency.example")
    assert (draft.to, draft.cc, draft.bcc) == (("a@x.example",), ("b@y.example",), ("c@z.example",))
    assert draft.body_type == "html" and "<b>1234</b>" in draft.body
    pdf, xlsx = draft.parts
    assert (pdf.name, pdf.data, pdf.size) == ("rota.pdf", None, 13)
    assert pdf.attachment_id in message.attachments
    assert (xlsx.name, xlsx.data, xlsx.attachment_id) == ("tiny.xlsx", b"PK\x03\x04 tiny", "")


def test_plain_text_only_and_charset():
    source = mime_draft(to=["a@x.example"], subject="Café", text="Grüße from the office",
                        charset="iso-8859-1")
    draft = mime.parse(GmailMessage(source, "m1", "t1").full())
    assert draft.body_type == "text" and "Grüße from the office" in draft.body
    assert draft.parts == ()


def test_metadata_gives_the_recipients():
    source = mime_draft(to=["A <a@x.example>", "b@x.example"], cc=[], bcc=["c@x.example"])
    assert mime.recipients(GmailMessage(source, "m1", "t1").metadata()) == {
        "to": ("a@x.example", "b@x.example"), "cc": (), "bcc": ("c@x.example",)}


@pytest.mark.parametrize("given, expected", [
    ("aGVsbG8", b"hello"), ("aGVsbG8=", b"hello"), ("_-8", b"\xff\xef"), ("", b""), ("@@@", b""),
])
def test_b64url(given, expected):
    assert mime.b64url(given) == expected


def test_a_message_with_no_payload():
    draft = mime.parse({})
    assert (draft.subject, draft.body, draft.parts) == ("", "", ())
