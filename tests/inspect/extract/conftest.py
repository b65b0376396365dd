"""Real files for the extraction tests, made by real libraries at test time.

The client list mirrors the incident: 120 clients with name, address, postcode, phone and key
safe code, as a 5-page PDF, a DOCX table and an XLSX sheet.
"""
import io
import random
import struct
import zipfile

import docx
import openpyxl
import pytest
from extract_msg.ole_writer import OleWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from needtoknow.inspect.extract import Limits

HEADER = ["Name", "Address", "Postcode", "Phone", "Key safe"]
FIRST = ["Joan", "Albert", "Mary", "Peter", "Edith", "Harold", "Doris", "Frank", "Irene", "Walter"]
LAST = ["Smith", "Jones", "Taylor", "Brown", "Wilson", "Evans", "Thomas", "Roberts", "Walker"]
STREETS = ["Mill Road", "Church Street", "Park Avenue", "High Street", "Station Road"]
# A client whose row the tests look for; the code stands alone under "Key safe".
JOAN = ["Joan Smith", "12 Mill Road, Gravesend", "DA11 0AB", "01474 356123", "9357"]
JOAN_LINE = ("Name: Joan Smith | Address: 12 Mill Road, Gravesend | Postcode: DA11 0AB | "
             "Phone: 01474 356123 | Key safe: 9357")


def make_clients(n=120, seed=7):
    rnd = random.Random(seed)
    rows = [JOAN]
    while len(rows) < n:
        rows.append([f"{rnd.choice(FIRST)} {rnd.choice(LAST)}",
                     f"{rnd.randint(1, 200)} {rnd.choice(STREETS)}, Gravesend",
                     f"DA{rnd.randint(1, 13)} {rnd.randint(1, 9)}{rnd.choice('ABDEFG')}"
                     f"{rnd.choice('HJLNPQ')}",
                     f"01474 {rnd.randint(100000, 999999)}", f"{rnd.randint(1000, 9999)}"])
    return rows


CLIENTS = make_clients()


def make_pdf(rows=CLIENTS, repeat_header=True, encrypt=None, title="Client key safe list",
             header=HEADER, style=(), prose=""):
    """A table PDF as an office would print it (5 pages for the 120 clients)."""
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=A4, encrypt=encrypt)
    table = Table([header] + rows, repeatRows=1 if repeat_header else 0)
    table.setStyle(TableStyle([("FONTSIZE", (0, 0), (-1, -1), 11),
                               ("TOPPADDING", (0, 0), (-1, -1), 7), *style]))
    styles = getSampleStyleSheet()
    justified = styles["Normal"].clone("justified", alignment=4)
    doc.build([Paragraph(title, styles["Title"]), Paragraph(prose, justified), table,
               Paragraph(prose, justified)])
    return buf.getvalue()


def make_text_pdf(pages):
    """A PDF of plain lines per page (no table), drawn with the canvas."""
    buf = io.BytesIO()
    pdf = canvas.Canvas(buf, pagesize=A4)
    for lines in pages:
        for i, line in enumerate(lines):
            pdf.drawString(72, 770 - 16 * i, line)
        pdf.showPage()
    pdf.save()
    return buf.getvalue()


def make_docx(rows=CLIENTS, build=None):
    document = docx.Document()
    document.add_paragraph("Client list")
    table = document.add_table(rows=1, cols=len(HEADER))
    for cell, label in zip(table.rows[0].cells, HEADER):
        cell.text = label
    for row in rows:
        for cell, value in zip(table.add_row().cells, row):
            cell.text = value
    if build:
        build(document)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def make_xlsx(rows=CLIENTS, build=None):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Clients"
    sheet.append(["Client key safes, March"])  # a title row above the header
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row[:4] + [int(row[4])])  # codes typed as numbers
    if build:
        build(workbook)
    buf = io.BytesIO()
    workbook.save(buf)
    return buf.getvalue()


def make_zip(members, compression=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def rewrite_zip(data, changes):
    """A copy of a ZIP (DOCX, XLSX) with some members' bytes changed by `changes[name](old)`."""
    source = zipfile.ZipFile(io.BytesIO(data))
    members = {}
    for info in source.infolist():
        old = source.read(info)
        members[info.filename] = changes[info.filename](old) if info.filename in changes else old
    return make_zip(members)


def make_ole(streams):
    """An OLE2 compound file (written by extract-msg's own writer) with the given streams."""
    writer = OleWriter()
    for path, data in streams.items():
        writer.addEntry(path.split("/"), data)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def make_msg(subject, body, attachments=(), embedded=None):
    """An Outlook MSG as MS-OXMSG lays it out: property streams, attachment storages, and an
    attached message as a storage of its own. `embedded` is (subject, body)."""
    writer = OleWriter()
    writer.addEntry(["__nameid_version1.0"], storage=True)
    for stream in ("00020102", "00030102", "00040102"):
        writer.addEntry(["__nameid_version1.0", f"__substg1.0_{stream}"], b"")
    _msg_storage(writer, [], subject, body, attachments, embedded)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()


def _msg_storage(writer, prefix, subject, body, attachments, embedded):
    attachments = list(attachments) + ([("forwarded", None)] if embedded else [])
    header = struct.pack("<8sIIII", b"", 0, len(attachments), 0, len(attachments))
    writer.addEntry(prefix + ["__properties_version1.0"], header + (b"" if prefix else b"\0" * 8))
    for tag, text in (("001A001F", "IPM.Note"), ("0037001F", subject), ("1000001F", body)):
        writer.addEntry(prefix + [f"__substg1.0_{tag}"], text.encode("utf-16-le"))
    for number, (filename, data) in enumerate(attachments):
        storage = prefix + [f"__attach_version1.0_#{number:08X}"]
        writer.addEntry(storage, storage=True)
        method = 5 if data is None else 1  # PR_ATTACH_METHOD: embedded message or by value
        writer.addEntry(storage + ["__properties_version1.0"],
                        b"\0" * 8 + struct.pack("<IIQ", 0x37050003, 6, method))
        writer.addEntry(storage + ["__substg1.0_3707001F"], filename.encode("utf-16-le"))
        if data is None:
            writer.addEntry(storage + ["__substg1.0_3701000D"], storage=True)
            _msg_storage(writer, storage + ["__substg1.0_3701000D"], *embedded, (), None)
        else:
            writer.addEntry(storage + ["__substg1.0_37010102"], data)


def add_member(data, name, member):
    """A copy of a ZIP with one more member."""
    buf = io.BytesIO(data)
    with zipfile.ZipFile(buf, "a") as zf:
        zf.writestr(name, member)
    return buf.getvalue()


BILLION_LAUGHS = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                  b'<!DOCTYPE lolz [<!ENTITY lol "lol">'
                  + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1
                                                             else b"&lol;") * 10)
                             for i in range(1, 10))
                  + b"]>\n")


def doctype_first(xml):
    """The same XML part with a billion-laughs DTD in its prolog."""
    body = xml.split(b"?>", 1)[1] if xml.startswith(b"<?xml") else xml
    return BILLION_LAUGHS + body.lstrip()


def with_doctype(xml):
    """A WordprocessingML part with a billion-laughs DTD and an entity to expand in its body."""
    return doctype_first(xml).replace(b"</w:body>", b"<w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"
                                                         b"</w:body>", 1)


def problem_kinds(extraction):
    return [p.kind for p in extraction.problems]


def all_text(extraction):
    return "\n".join(p.text for p in extraction.parts)


@pytest.fixture
def limits():
    return Limits()


@pytest.fixture(scope="session")
def client_pdf():
    return make_pdf()


@pytest.fixture(scope="session")
def client_docx():
    return make_docx()


@pytest.fixture(scope="session")
def client_xlsx():
    return make_xlsx()
