"""The dispatcher: type from the bytes (never the name), and nothing ever raises."""
import gzip
import io
import random

import pytest
from PIL import Image

import needtoknow.inspect.extract as extract_package
from needtoknow.inspect.document import PROBLEM_KINDS
from needtoknow.inspect.extract import Limits, extract, sniff

from .conftest import CLIENTS, all_text, make_docx, make_pdf, make_xlsx, make_zip, problem_kinds

EML = (b"Received: from mx.example\r\nFrom: office@agency.example\r\nTo: a@b.example\r\n"
       b"Subject: rota\r\n\r\nKey safe 9357\r\n")


def png():
    buf = io.BytesIO()
    Image.new("RGB", (4, 4)).save(buf, "PNG")
    return buf.getvalue()


SAMPLES = {
    "pdf": make_pdf(CLIENTS[:3]),
    "docx": make_docx(CLIENTS[:3]),
    "xlsx": make_xlsx(CLIENTS[:3]),
    "zip": make_zip({"codes.txt": b"Key safe 9357"}),
    "ole": b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000,
    "eml": EML,
    "html": b"<!DOCTYPE html><html><body><table><tr><td>Key safe</td></tr></table></body></html>",
    "xml": b'<?xml version="1.0"?><codes><code>9357</code></codes>',
    "csv": b"Name,Key safe\nJoan Smith,9357\n",
    "text": b"Hello, the key safe is 9357.\nThanks, Joan",
}


@pytest.mark.parametrize("kind", SAMPLES)
def test_type_is_decided_from_the_bytes(kind):
    assert sniff.detect(SAMPLES[kind])[0] == kind


@pytest.mark.parametrize("data, mime", [
    (png(), "image/png"), (gzip.compress(b"Key safe 9357", mtime=0), "application/gzip"),
    (random.Random(1).randbytes(4096), "unknown binary data"),
], ids=["png", "gzip", "random"])
def test_unsupported_binary_types(data, mime):
    limits = Limits(ignore_images_below=0)
    result = extract("scan.pdf", data, limits)
    kind = "image" if mime.startswith("image/") else "unsupported"  # the policy decides on pictures
    assert problem_kinds(result) == [kind] and mime in result.problems[0].detail


@pytest.mark.parametrize("name, data", [
    ("keysafes.docx", SAMPLES["pdf"]),  # a PDF named .docx reads as the PDF it is
    ("rota.pdf", SAMPLES["docx"]),
    ("notes.txt", SAMPLES["xlsx"]),
    ("photo.jpg", SAMPLES["csv"]),
], ids=["pdf-as-docx", "docx-as-pdf", "xlsx-as-txt", "csv-as-jpg"])
def test_the_name_does_not_matter(name, data, limits):
    result = extract(name, data, limits)
    assert result.problems == () and "9357" in all_text(result)


def test_empty_file_has_nothing(limits):
    result = extract("empty.txt", b"", limits)
    assert result.parts == () and result.problems == ()


def damaged(data, seed):
    rnd = random.Random(seed)
    cut = data[: rnd.randrange(1, len(data))]
    flipped = bytearray(data)
    for _ in range(20):
        flipped[rnd.randrange(len(flipped))] = rnd.randrange(256)
    return [cut, bytes(flipped)]


@pytest.mark.parametrize("kind", SAMPLES)
@pytest.mark.parametrize("seed", range(4))
def test_damaged_files_never_raise_nor_leak(kind, seed, limits):
    for data in damaged(SAMPLES[kind], seed):
        result = extract("file", data, limits)
        for problem in result.problems:
            assert problem.kind in PROBLEM_KINDS
            assert "9357" not in problem.detail and "Joan" not in problem.detail


def test_a_reader_failing_becomes_corrupt_without_its_message(monkeypatch, limits):
    def broken(name, data, ctx):
        raise RuntimeError("Joan Smith 9357")

    monkeypatch.setitem(extract_package.READERS, "text", broken)
    result = extract("note.txt", b"Joan Smith 9357", limits)
    assert problem_kinds(result) == ["corrupt"]
    assert result.problems[0].detail == "could not read the text file (RuntimeError)"


@pytest.mark.parametrize("ignore_below,kinds", [(100 * 1024, []), (10, ["image"])])
def test_small_pictures_are_logos_not_problems(ignore_below, kinds):
    """A signature logo must not turn every email into a warning; a large picture (a photo of a
    list, say) can't be read and is reported."""
    result = extract("logo.png", png(), Limits(ignore_images_below=ignore_below))
    assert problem_kinds(result) == kinds and result.parts == ()
