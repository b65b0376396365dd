"""Bad input: a precise 4xx naming the field, or an `unreadable-attachment` warning naming the
problem — never a 5xx, never a silent pass."""
import base64
import io
import json
import zipfile

import pytest
from docx import Document

from needtoknow.demo.documents import client_list_pdf, encrypted_pdf
from world import ORG, attachment, message

TO = [f"anne@{ORG}"]


def docx_bytes(text="Rota for Monday"):
    document = Document()
    document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def billion_laughs_docx():
    source = zipfile.ZipFile(io.BytesIO(docx_bytes()))
    entities = '<!ENTITY a "lol">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                head, _, rest = data.decode().partition("?>")
                data = f'{head}?><!DOCTYPE w:document [{entities}]>{rest.replace("Rota for Monday", "&j;")}'.encode()
            target.writestr(item, data)
    return out.getvalue()


def zip_bomb():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("zeros.txt", b"0" * (50 * 1024 * 1024))  # 1000:1, under the total-size limit
    return out.getvalue()


def raw(text):
    return text.encode()


@pytest.mark.parametrize("body,status,field", [
    (raw('{"to": ["x@'), 400, "_schema"),
    (raw("[1, 2]"), 400, "_schema"),
    (raw('"just a string"'), 400, "_schema"),
    (message([]), 400, "to"),
    (dict(message(TO), to="a@b.example"), 400, "to"),
    (dict(message(TO), to=[5]), 400, "to"),
    (dict(message(TO), body=["not", "text"]), 400, "body"),
    (dict(message(TO), body_type="rtf"), 400, "body_type"),
    (dict(message(TO), attachments=[{"name": "a.pdf", "content_base64": "%%%not base64%%%"}]), 400, "attachments"),
    (dict(message(TO), attachments=[{"name": "a.pdf"}]), 400, "attachments"),
    (dict(message(TO), attachments=[{"name": "a.pdf", "sha256": "xyz"}]), 400, "attachments"),
    (dict(message(TO), attachments="a.pdf"), 400, "attachments"),
])
def test_rejected_with_the_field(live, body, status, field):
    server, _world, _app = live
    got, data = server.post("/api/v1/check", body)
    answer = json.loads(data)
    assert got == status
    assert field in answer["fields"], answer


def test_attachment_over_the_limit_is_too_large_to_check(make_app):
    """The same answer as the command line: a warning naming the file, not a 400."""
    from world import LiveServer
    server = LiveServer(make_app(MAX_ATTACHMENT_BYTES=1000))
    try:
        status, data = server.post("/api/v1/check", message(TO, attachments=[
            attachment("small.txt", b"hello"), attachment("big.txt", b"x" * 2000)]))
    finally:
        server.stop()
    answer = json.loads(data)
    assert status == 200 and answer["decision"] == "warn"
    assert [(r["rule"], r["locations"]) for r in answer["reasons"]] == [("unreadable-attachment", ["big.txt"])]
    assert answer["reasons"][0]["message"].startswith("big.txt is too large to check: ")


def test_oversized_request_is_413(make_app):
    from world import LiveServer
    server = LiveServer(make_app(MAX_CONTENT_LENGTH=10_000, MAX_REQUEST_BYTES=10_000))
    try:
        status, data = server.post("/api/v1/check", message(TO, body="x" * 20_000))
    finally:
        server.stop()
    assert status == 413 and "error" in json.loads(data)


PHOTO = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200_000


@pytest.mark.parametrize("name,make,words", [
    ("archive.zip", zip_bomb, "archive.zip looks like a damaged or hostile file"),
    ("rota.docx", billion_laughs_docx, "rota.docx looks like a damaged or hostile file"),
    ("plan.pdf", encrypted_pdf, "plan.pdf is password-protected, so it could not be checked: share it "
                                "through the care system, or send the password separately — never in "
                                "this email."),
    ("rota.docx", lambda: docx_bytes()[:1500], "rota.docx could not be opened"),
])
def test_unreadable_files_warn(live, name, make, words):
    server, _world, _app = live
    status, data = server.post("/api/v1/check", message(TO, attachments=[attachment(name, make())]))
    answer = json.loads(data)
    assert status == 200
    assert answer["decision"] == "warn"
    assert [r["rule"] for r in answer["reasons"]] == ["unreadable-attachment"]
    assert words in answer["message"]


@pytest.mark.parametrize("to,warn_images,decision", [
    (TO, False, "allow"), (["someone@elsewhere.example"], False, "allow"),
    (TO, True, "allow"), (["someone@elsewhere.example"], True, "warn"),
])
def test_pictures_warn_only_when_set_and_outside(live, to, warn_images, decision):
    from needtoknow import db
    from needtoknow.policy_store import changes, store
    server, _world, app = live
    with db.sessions(app)() as session:
        changes.update_settings(session, "admin@agency.example", {"warn_images_outside": warn_images},
                                store.setting_defaults(app.config))
    status, data = server.post("/api/v1/check", message(to, attachments=[attachment("photo.png", PHOTO)]))
    answer = json.loads(data)
    assert status == 200 and answer["decision"] == decision, answer["reasons"]
    if decision == "warn":
        assert answer["message"].startswith("photo.png is a picture, which can't be checked")


def test_pdf_named_docx_is_read_as_pdf(live):
    server, world, _app = live
    data = client_list_pdf(world.clients[:2])
    status, raw_answer = server.post("/api/v1/check", message(TO, attachments=[
        attachment("notes.docx", data, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]))
    answer = json.loads(raw_answer)
    assert status == 200 and "access-code" in {r["rule"] for r in answer["reasons"]}
    assert answer["findings"]["access_code"] == 2


def test_base64_with_line_breaks_is_accepted(live):
    server, _world, _app = live
    encoded = base64.encodebytes(docx_bytes()).decode()  # MIME style, 76 columns
    status, _data = server.post("/api/v1/check", message(TO, attachments=[{"name": "a.docx", "content_base64": encoded}]))
    assert status == 200


@pytest.mark.parametrize("change", [
    {"cc": None, "bcc": None, "attachments": None},
    {"to": [{"emailAddress": f"anne@{ORG}", "displayName": "Anne", "recipientType": "user"}]},
    {"to": [{"email": f"anne@{ORG}", "type": "someFutureType"}]},
    {"attachments": [{"name": "a.txt", "content_base64": "data:text/plain;base64,SGVsbG8="}]},
])
def test_tolerated_variations(live, change):
    server, _world, _app = live
    status, data = server.post("/api/v1/check", dict(message(TO, "Hello"), **change))
    assert status == 200, data
    assert json.loads(data)["decision"] == "allow"


@pytest.mark.parametrize("change,field", [
    ({"sender": "office\x00@agency.example"}, "sender"),
    ({"to": ["anne\x00@agency.example"]}, "to"),
    ({"to": [{"email": "anne@agency.example", "name": "Anne\ud800"}]}, "to"),
    ({"attachments": [{"name": "a\x00.txt", "content_base64": "SGVsbG8="}]}, "attachments"),
    ({"draft_id": "d\n1"}, "draft_id"),
    ({"to": [f"p{i}@agency.example" for i in range(1001)]}, "to"),
])
def test_control_characters_and_too_many_recipients(live, change, field):
    server, _world, _app = live
    status, data = server.post("/api/v1/check", json.dumps(dict(message(TO, "Hello"), **change)).encode())
    assert status == 400 and field in json.loads(data)["fields"]
