"""Issue 10, "every place text can hide": text no page shows still reaches the recognizers."""
import io
from email.message import EmailMessage

import docx
import openpyxl
import pytest
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation
from pptx import Presentation
from pptx.util import Inches
from reportlab.pdfgen import canvas

from needtoknow.inspect.extract import extract, extract_body

SECRET = "Key safe 4821"


def text_of(data, name="file"):
    result = extract(name, data, LIMITS)
    return "\n".join(p.text for p in result.parts)


def _pdf(**fields):
    out = io.BytesIO()
    page = canvas.Canvas(out)
    for field, value in fields.items():
        getattr(page, f"set{field}")(value)
    page.drawString(40, 780, "Visit notes")
    page.save()
    return out.getvalue()


@pytest.mark.parametrize("field", ["Title", "Subject", "Keywords", "Author"])
def test_pdf_document_information(field):
    assert SECRET in text_of(_pdf(**{field: SECRET}))


def test_pdf_xmp_metadata():
    xmp = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
           '22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/">'
           f"<dc:title><rdf:Alt><rdf:li>{SECRET}</rdf:li></rdf:Alt></dc:title></rdf:Description>"
           "</rdf:RDF></x:xmpmeta>").encode()
    data = _pdf().replace(b"%%EOF", b"%" + xmp.replace(b"\n", b"") + b"\n%%EOF")
    assert SECRET in text_of(data)


def test_docx_custom_properties():
    document = docx.Document()
    document.add_paragraph("Notes")
    out = io.BytesIO()
    document.save(out)
    data = _with_custom_property(out.getvalue())
    assert SECRET in text_of(data)


def _with_custom_property(data):
    import zipfile

    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    custom = ('<?xml version="1.0"?><Properties xmlns="http://schemas.openxmlformats.org/'
              'officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.'
              'org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-'
              f'08002B2CF9AE}}" pid="2" name="Access"><vt:lpwstr>{SECRET}</vt:lpwstr></property>'
              "</Properties>")
    with zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            dst.writestr(item, src.read(item))
        dst.writestr("docProps/custom.xml", custom)
    return out.getvalue()


def test_xlsx_properties_defined_names_and_validation_lists():
    book = openpyxl.Workbook()
    book.properties.keywords = SECRET
    book.active.append(["Visit"])
    rule = DataValidation(type="list", formula1='"door code 1357,none"')
    book.active.add_data_validation(rule)
    rule.add("A2")
    book.defined_names["Keysafe"] = DefinedName("Keysafe", attr_text='"2468"')
    out = io.BytesIO()
    book.save(out)
    text = text_of(out.getvalue())
    assert SECRET in text and "door code 1357" in text and "Keysafe: \"2468\"" in text


def test_pptx_slides_tables_and_notes_are_read():
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[5])
    slide.shapes.title.text = "Rota"
    table = slide.shapes.add_table(2, 2, Inches(1), Inches(2), Inches(4), Inches(1)).table
    for (r, c), value in {(0, 0): "Client", (0, 1): "KS", (1, 0): "Ivy", (1, 1): "9357"}.items():
        table.cell(r, c).text = value
    slide.notes_slide.notes_text_frame.text = SECRET
    out = io.BytesIO()
    deck.save(out)
    text = text_of(out.getvalue())
    assert "Rota" in text and "KS: 9357" in text and SECRET in text


@pytest.mark.parametrize(
    "page",
    [
        f"<html><body><p>Hi</p><!-- {SECRET} --></body></html>",
        f'<html><body><img src="a.png" alt="{SECRET}"></body></html>',
        f'<html><body><span title="{SECRET}">Hi</span></body></html>',
        f"<html><body><script>var a = '{SECRET}';</script></body></html>",
        f"<html><head><style>/* {SECRET} */</style></head><body>Hi</body></html>",
        f"<html><body><noscript>{SECRET}</noscript></body></html>",
        f"<html><body><template><p>{SECRET}</p></template></body></html>",
    ],
)
def test_html_hiding_places(page):
    assert SECRET in text_of(page.encode())
    assert SECRET in "\n".join(p.text for p in extract_body(page, "html").parts)


def test_eml_headers_that_carry_text():
    message = EmailMessage()
    message["From"], message["To"] = "a@x.example", "b@y.example"
    message["Reply-To"] = f'"{SECRET}" <c@x.example>'
    message["Keywords"] = "door code 1357"
    message["Subject"] = "Fwd: notes"
    message.set_content("See below.")
    text = text_of(message.as_bytes())
    assert SECRET in text and "door code 1357" in text


from needtoknow.inspect.extract import Limits  # noqa: E402

LIMITS = Limits()
