"""Outlook MSG (and the other OLE2 files that are not one), built with extract-msg's writer."""
import pytest

from needtoknow.inspect.extract import Limits, extract

from .conftest import CLIENTS, all_text, make_msg, make_ole, make_xlsx, problem_kinds

MESSAGE = make_msg("Key safes for the new rota", "Body: alarm code 4455",
                   [("clients.xlsx", make_xlsx(CLIENTS[:2]))],
                   embedded=("Fwd: door codes", "Door code 2580"))


@pytest.mark.parametrize("location, expected", [
    ("rota.msg", "Subject: Key safes for the new rota"),
    ("rota.msg", "Body: alarm code 4455"),
    ("rota.msg/clients.xlsx", "Key safe: 9357"),
    ("rota.msg/forwarded", "Subject: Fwd: door codes"),
    ("rota.msg/forwarded", "Door code 2580"),
])
def test_message_parts(location, expected, limits):
    result = extract("rota.msg", MESSAGE, limits)
    assert result.problems == ()
    assert any(expected in p.text for p in result.parts if p.location == location)


def test_attachments_beyond_the_depth_limit():
    result = extract("rota.msg", MESSAGE, Limits(max_archive_depth=0))
    assert problem_kinds(result) == ["too_deep", "too_deep"]
    assert "Body: alarm code 4455" in all_text(result)


@pytest.mark.parametrize("data, kind", [
    (make_ole({"EncryptionInfo": b"\4\0\4\0" + b"\0" * 60, "EncryptedPackage": b"\0" * 64}),
     "encrypted"),  # a password-protected DOCX/XLSX
    (make_ole({"WordDocument": b"\0" * 64}), "unsupported"),  # Word 97-2003
    (make_ole({"Contents": b"\0" * 64}), "unsupported"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000, "corrupt"),
    (MESSAGE[:2048], "corrupt"),
], ids=["encrypted-office", "legacy-word", "other-ole", "empty-ole", "truncated-msg"])
def test_ole_files_that_are_not_readable_messages(data, kind, limits):
    result = extract("file.msg", data, limits)
    assert problem_kinds(result) == [kind]
    assert all("4455" not in p.detail for p in result.problems)
