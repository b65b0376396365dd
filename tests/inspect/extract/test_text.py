"""Plain text and generic XML: encodings decoded, XML read as its text, DTDs refused."""
import pytest

from needtoknow.inspect.extract import extract

from .conftest import BILLION_LAUGHS, all_text, problem_kinds

NOTE = "Key safe for Zo\u00eb at 12 Mill Road is 9357 \u2013 please memorise"


@pytest.mark.parametrize("data", [
    NOTE.encode("utf-8"), NOTE.encode("utf-8-sig"), NOTE.encode("utf-16"), NOTE.encode("cp1252"),
], ids=["utf-8", "utf-8-bom", "utf-16", "cp1252"])
def test_encodings(data, limits):
    result = extract("note.txt", data, limits)
    assert all_text(result) == NOTE
    assert result.problems == ()


def test_xml_reads_as_its_text(limits):
    slide = (b'<?xml version="1.0"?><p:sld xmlns:p="urn:p" xmlns:a="urn:a"><a:t>Key safe</a:t>'
             b'<a:t>9357</a:t></p:sld>')
    assert all_text(extract("slide1.xml", slide, limits)) == "Key safe 9357"


def test_xml_with_a_dtd_is_refused(limits):
    data = BILLION_LAUGHS + b"<a>&lol9;</a>"
    result = extract("data.xml", data, limits)
    assert problem_kinds(result) == ["bomb"]
    assert result.parts == ()


def test_broken_xml_still_reads_as_text(limits):
    assert "9357" in all_text(extract("note.xml", b"<note>Key safe 9357", limits))
