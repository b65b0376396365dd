"""What a file is, decided from its bytes alone: names and declared types can lie."""
import csv
import re
import zipfile
import io

import filetype

from . import text

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
TEXT_SAMPLE = 16 * 1024
_HEADER = re.compile(r"^([!-9;-~]+):[ \t]?", re.M)
_MAIL_HEADERS = {"from", "to", "cc", "subject", "date", "message-id", "mime-version", "received",
                 "return-path", "content-type", "reply-to", "sender", "x-mailer"}
_HTML = re.compile(r"<(!doctype html|html|head|body|table|div|p|span|br|meta|title|font)[\s/>]",
                   re.I)
_DELIMITERS = ",;\t|"


def detect(data):
    """(kind, detail): kind is a reader's name, or "unsupported" with the detected type."""
    if b"%PDF-" in data[:1024]:  # the spec lets junk precede the header
        return "pdf", ""
    if data.startswith(ZIP_MAGICS):
        return _zip_kind(data), ""
    if data.startswith(OLE_MAGIC):
        return "ole", ""
    guess = filetype.guess(data[:8192])
    if guess is not None and guess.extension != "rtf":  # RTF is text the recognizers can read
        return "unsupported", guess.mime
    if text.looks_binary(data):
        return "unsupported", "unknown binary data"
    return _text_kind(text.decode(data[:TEXT_SAMPLE])), ""


def _zip_kind(data):
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except Exception:  # a broken ZIP is still a ZIP: its reader reports it
        return "zip"
    if "word/document.xml" in names:
        return "docx"
    if "xl/workbook.xml" in names:
        return "xlsx"
    if "ppt/presentation.xml" in names:
        return "pptx"
    return "zip"


def _text_kind(sample):
    head = sample.lstrip("\ufeff \t\r\n")
    if _is_email(head):
        return "eml"
    if head.startswith("<") and _HTML.search(head[:4096]):
        return "html"
    if head.startswith("<?xml") or head.startswith("<"):
        return "xml"
    if _is_csv(head):
        return "csv"
    return "text"


def _is_email(head):
    """RFC 822: the text opens with a block of `Name: value` lines, some of them mail headers."""
    block = head.split("\n\n", 1)[0].replace("\r", "")
    first = block.split("\n", 1)[0]
    if not _HEADER.match(first):
        return False
    names = {m.group(1).lower() for m in _HEADER.finditer(block)}
    return len(names & _MAIL_HEADERS) >= 2


def csv_dialect(sample):
    """The delimiter when the first lines split into the same number (≥2) of fields, else None.
    Title lines of one field over the table (an agency's name, "Rota w/c 7 Dec") do not count:
    a hand-made or trimmed export opens with them."""
    lines = [line for line in sample.splitlines()[:20] if line.strip()]
    if len(lines) < 2:
        return None
    if len(lines) == 20 or len(sample) >= TEXT_SAMPLE:
        lines = lines[:-1]  # the sample may cut the last line short
    for delimiter in _DELIMITERS:
        rows = list(csv.reader(lines, delimiter=delimiter))
        titles = next((i for i, row in enumerate(rows) if len(row) > 1), len(rows))
        rows = rows[titles:] if len(rows) - titles >= 2 else rows
        widths = {len(row) for row in rows}
        if len(widths) == 1 and widths.pop() >= 2 and not _prose(rows):
            return delimiter
    return None


def _prose(rows):
    """Sentences split at commas: most pieces after the first start with a space."""
    pieces = [cell for row in rows for cell in row[1:]]
    return sum(cell.startswith(" ") for cell in pieces) * 2 > len(pieces)


def _is_csv(head):
    return csv_dialect(head) is not None
