"""Realistic attachments built from demo client rows (dicts as `generate.make_directory` gives).

Each function returns the file's bytes, made with the library an agency's software would use, so
extraction is tested against real PDF, DOCX and XLSX structure. `client_list_pdf` of 120 clients
is the incident's five-page attachment.
"""
import hashlib
import io
import re
import zipfile
from datetime import datetime, timezone
from xml.sax.saxutils import escape

import openpyxl
from docx import Document
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen import canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

ROWS_PER_PAGE = 24
DEMO_PDF_PASSWORD = "carers-only"
AGENCY = "Demo Home Care Ltd, 1 Example Yard, Bramblecombe TN41 1AA"
_FIXED_TIME = datetime(2024, 3, 4, 9, 0, tzinfo=timezone.utc)
_NOTES = ("Medication prompt", "Personal care", "Lunch call", "Shopping and welfare check",
          "Tea call", "Bedtime call")
_GRID = TableStyle([
    ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
    ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
    ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
    ("FONTSIZE", (0, 0), (-1, -1), 9),
])


_MODIFIED = re.compile(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)")


def _fixed_zip(data):
    """The same OOXML package with every member dated `_FIXED_TIME`: python-docx and openpyxl
    stamp members (and openpyxl the `modified` property, at save) with the current time, so two
    builds a second apart would differ."""
    fixed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, \
            zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            info = zipfile.ZipInfo(member.filename, date_time=_FIXED_TIME.timetuple()[:6])
            info.compress_type = zipfile.ZIP_DEFLATED
            body = source.read(member)
            if member.filename == "docProps/core.xml":
                body = _MODIFIED.sub(rb"\g<1>" + _FIXED_TIME.strftime("%Y-%m-%dT%H:%M:%SZ").encode() + rb"\2", body)
            target.writestr(info, body)
    return fixed.getvalue()


def key_safe_code(client):
    """A four-digit key safe code that is the same for a client on every run."""
    return f"{int(hashlib.sha256(client['id'].encode()).hexdigest(), 16) % 10000:04d}"


def _pdf(story, title, pagesize=A4, on_page=None):
    buffer = io.BytesIO()
    # invariant: no creation time or random document id, so the same input gives the same bytes
    template = SimpleDocTemplate(buffer, pagesize=pagesize, title=title, invariant=1,
                                 leftMargin=36, rightMargin=36, topMargin=48, bottomMargin=36)
    pages = {"onFirstPage": on_page, "onLaterPages": on_page} if on_page else {}
    template.build(story, **pages)
    return buffer.getvalue()


def client_list_pdf(clients, with_codes=True):
    """Name | Address | Postcode | Phone | Key safe, 24 clients a page, header on every page."""
    header = ["Name", "Address", "Postcode", "Phone"] + (["Key safe"] if with_codes else [])
    widths = [150, 280, 70, 100] + ([70] if with_codes else [])
    story = []
    for start in range(0, len(clients), ROWS_PER_PAGE):
        rows = [[c["full_name"], c["address"], c["postcode"], c["phone"]]
                + ([key_safe_code(c)] if with_codes else [])
                for c in clients[start:start + ROWS_PER_PAGE]]
        if story:
            story.append(PageBreak())
        story.append(Table([header] + rows, colWidths=widths, style=_GRID))
    return _pdf(story or [Spacer(1, 1)], "Client list", landscape(A4), _page_title)


def _page_title(pdf_canvas, doc):
    pdf_canvas.setFont("Helvetica-Bold", 12)
    pdf_canvas.drawString(36, doc.pagesize[1] - 32, f"Client list - page {doc.page}")


def referral_pdf(client):
    """A referral letter naming a client with their NHS number and address."""
    style = getSampleStyleSheet()
    lines = [
        AGENCY,
        "4 March 2024",
        "Dear Dr Example,",
        f"<b>Re: {escape(client['full_name'])}, NHS number {client['nhs_number']}</b>",
        f"{escape(client['address'])}, {client['postcode']}. Telephone {client['phone']}.",
        "We are writing to refer the above client for a review of their medication. Their "
        "family has noticed increased confusion in the evenings and two recent falls.",
        "Yours sincerely,",
        "Care Coordinator",
    ]
    story = []
    for line in lines:
        story += [Paragraph(line, style["Normal"]), Spacer(1, 10)]
    return _pdf(story, "Referral")


def encrypted_pdf(password=DEMO_PDF_PASSWORD, text="Care plan: confidential"):
    """A one-page PDF that opens only with `password` (RC4-128 user password)."""
    buffer = io.BytesIO()
    encryption = StandardEncryption(password, ownerPassword=password + "-owner", strength=128)
    pdf_canvas = canvas.Canvas(buffer, pagesize=A4, encrypt=encryption, invariant=1)
    pdf_canvas.setFont("Helvetica", 12)
    pdf_canvas.drawString(72, A4[1] - 96, text)
    pdf_canvas.showPage()
    pdf_canvas.save()
    return buffer.getvalue()


def rota_docx(clients, with_codes=False):
    """Today's rota as a Word table: Time | Client | Address | Notes (half-hour calls from 7am)."""
    document = Document()
    document.core_properties.created = document.core_properties.modified = _FIXED_TIME
    document.add_heading("Rota - Monday 4 March", level=1)
    table = document.add_table(rows=1, cols=4)
    table.style = "Table Grid"
    for cell, title in zip(table.rows[0].cells, ("Time", "Client", "Address", "Notes")):
        cell.text = title
    for index, client in enumerate(clients):
        minutes = 7 * 60 + 30 * index
        note = _NOTES[index % len(_NOTES)]
        if with_codes:
            note += f". Key safe {key_safe_code(client)}"
        values = (f"{minutes // 60 % 24:02d}:{minutes % 60:02d}", client["full_name"],
                  f"{client['address']}, {client['postcode']}", note)
        for cell, value in zip(table.add_row().cells, values):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    return _fixed_zip(buffer.getvalue())


def contacts_xlsx(clients):
    """A contacts spreadsheet: header row Name | Phone | Address | Postcode, one client a row."""
    workbook = openpyxl.Workbook()
    workbook.properties.created = workbook.properties.modified = _FIXED_TIME.replace(tzinfo=None)
    sheet = workbook.active
    sheet.title = "Contacts"
    sheet.append(["Name", "Phone", "Address", "Postcode"])
    for client in clients:
        sheet.append([client["full_name"], client["phone"], client["address"], client["postcode"]])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _fixed_zip(buffer.getvalue())
