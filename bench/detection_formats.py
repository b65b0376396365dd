"""Real files for the detection benchmark, made by the libraries people's software uses: a line of
text (or a small table) as a body, DOCX, XLSX, CSV, TSV, PDF, HTML, EML or PPTX attachment, and
the hiding places of issue 10 (document properties, HTML comments, alt text, scripts).

PDFs are drawn in DejaVu Sans (Debian's fonts-dejavu-core) when it is installed, so Cyrillic,
Lithuanian or Twi text is in the file as people's software would put it; a case with a character
no font here can draw (an emoji) cannot be a PDF at all and is made as a DOCX instead (format()).
"""
import csv
import html
import io
import os
from email.message import EmailMessage
from functools import cache

FORMATS = ("body", "docx", "xlsx", "csv", "tsv", "pdf", "html", "eml")
_DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def format_for(fmt, text=None, table=None):
    """`fmt`, or "docx" for a PDF whose text its font cannot draw."""
    if fmt != "pdf":
        return fmt
    chars = set(text or "".join("".join(row) for row in table))
    return "pdf" if all(_drawable(c) for c in chars) else "docx"


@cache
def _font():
    """The font PDFs are drawn in: (name, set of code points it draws, or None for Latin-1)."""
    if not os.path.exists(_DEJAVU):
        return "Helvetica", None
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont("DejaVuSans", _DEJAVU)
    pdfmetrics.registerFont(font)
    return "DejaVuSans", frozenset(font.face.charToGlyph)


def _drawable(char):
    codes = _font()[1]
    return ord(char) < 256 if codes is None else ord(char) in codes or char in "\n\t"


def as_table(rows):
    """A table as plain rows; `rows[0]` is the header."""
    return [list(map(str, row)) for row in rows]


def make(fmt, text=None, table=None):
    """(body text, attachments [(name, bytes)]) holding `text` (a line) or `table` (rows)."""
    table = table or [["Notes"], [text]]
    if fmt == "body":
        return _plain(table), []
    maker = {"docx": _docx, "xlsx": _xlsx, "csv": _delimited(","), "tsv": _delimited("\t"),
             "pdf": _pdf, "html": _html, "eml": _eml, "pptx": _pptx}[fmt]
    ext = "txt" if fmt == "tsv" else fmt
    return "Please see attached.", [(f"notes.{ext}", maker(table))]


def _plain(table):
    if len(table) == 2 and len(table[0]) == 1:
        return table[1][0]
    return "\n".join(" | ".join(row) for row in table)


def _docx(table):
    import docx

    document = docx.Document()
    if len(table[0]) == 1:
        for row in table[1:]:
            document.add_paragraph(row[0])
    else:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _xlsx(table):
    import openpyxl

    book = openpyxl.Workbook()
    for row in table:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _delimited(delimiter):
    def write(table):
        out = io.StringIO()
        csv.writer(out, delimiter=delimiter, lineterminator="\n").writerows(table)
        return out.getvalue().encode()

    return write


def _pdf(table):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    if len(table[0]) > 1:  # a table as people's software draws one: a grid
        from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

        out = io.BytesIO()
        style = [("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("FONTNAME", (0, 0), (-1, -1), _font()[0])]
        grid = Table(table, style=TableStyle(style))
        SimpleDocTemplate(out, pagesize=A4).build([grid])
        return out.getvalue()
    from reportlab.lib.utils import simpleSplit

    # Lines as a word processor lays them out: each line of the text on its own line, long ones
    # wrapped at the margin, a new page when one is full (drawString alone draws no line breaks).
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=A4)
    font, size, y = _font()[0], 11, 780
    for row in table:
        for line in "    ".join(row).split("\n"):
            for piece in simpleSplit(line, font, size, A4[0] - 80) or [""]:
                if y < 60:
                    page.showPage()
                    y = 780
                page.setFont(font, size)
                page.drawString(40, y, piece)
                y -= 16
    page.save()
    return out.getvalue()


def _html(table):
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>"
                   for row in table)
    return f"<html><body><table>{rows}</table></body></html>".encode()


def _eml(table):
    message = EmailMessage()
    message["From"], message["To"], message["Subject"] = "a@x.example", "b@y.example", "Notes"
    message.set_content(_plain(table))
    return message.as_bytes()


def _pptx(table):
    from pptx import Presentation
    from pptx.util import Inches

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    box = slide.shapes.add_textbox(Inches(1), Inches(1), Inches(8), Inches(4))
    box.text_frame.text = _plain(table)
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


# Places a code can hide that a reader never sees on the page.
def hidden(place, text):
    """(body, attachments) with `text` only in a hidden place."""
    if place == "pdf-properties":
        from reportlab.pdfgen import canvas

        out = io.BytesIO()
        page = canvas.Canvas(out)
        page.setTitle(text)
        page.setSubject("Visit notes")
        page.drawString(40, 780, "Visit notes attached.")
        page.save()
        return "See attached.", [("notes.pdf", out.getvalue())]
    if place == "docx-properties":
        import docx

        document = docx.Document()
        document.core_properties.comments = text
        document.add_paragraph("Visit notes.")
        out = io.BytesIO()
        document.save(out)
        return "See attached.", [("notes.docx", out.getvalue())]
    if place == "xlsx-properties":
        import openpyxl

        book = openpyxl.Workbook()
        book.properties.keywords = text
        book.active.append(["Visit notes"])
        out = io.BytesIO()
        book.save(out)
        return "See attached.", [("notes.xlsx", out.getvalue())]
    wrappers = {
        "html-comment": "<html><body><p>Notes</p><!-- {} --></body></html>",
        "html-alt": '<html><body><img src="x.png" alt="{}"></body></html>',
        "html-title": '<html><body><span title="{}">Notes</span></body></html>',
        "html-script": "<html><body><script>var note = '{}';</script></body></html>",
        "html-style": "<html><head><style>/* {} */</style></head><body>Hi</body></html>",
        "html-noscript": "<html><body><noscript>{}</noscript></body></html>",
        "html-template": "<html><body><template>{}</template></body></html>",
    }
    page = wrappers[place].format(html.escape(text, quote=True)).encode()
    return "See attached.", [("notes.html", page)]


HIDDEN_PLACES = ("pdf-properties", "docx-properties", "xlsx-properties", "html-comment",
                 "html-alt", "html-title", "html-script", "html-style", "html-noscript",
                 "html-template")
