"""DOCX: all the text a document carries, shown or not, with tables under their headers."""
import pytest

from needtoknow.inspect.extract import Limits, extract

from .conftest import (CLIENTS, JOAN_LINE, add_member, all_text, make_docx, make_xlsx,
                       problem_kinds, rewrite_zip, with_doctype)

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TEXT_BOX = (  # a text box as Word writes it: a DrawingML shape, and a VML copy as fallback
    '<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>'
    '<w:txbxContent><w:p><w:r><w:t>Door code 2580</w:t></w:r></w:p></w:txbxContent>'
    '</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>'
    '<w:txbxContent><w:p><w:r><w:t>Door code 2580</w:t></w:r></w:p></w:txbxContent>'
    '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>')
TRACKED_DELETION = ('<w:p><w:del w:id="1" w:author="A" w:date="2024-01-01T00:00:00Z"><w:r>'
                    '<w:delText>Alarm code 1199</w:delText></w:r></w:del></w:p>')
HEADED_TABLE = (  # a marked header row, a cell spanning two grid columns, a nested table
    '<w:tbl><w:tr><w:trPr><w:tblHeader/></w:trPr><w:tc><w:p><w:r><w:t>Client</w:t></w:r></w:p>'
    '</w:tc><w:tc><w:p><w:r><w:t>Lockbox</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Notes'
    '</w:t></w:r></w:p></w:tc></w:tr><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p>'
    '<w:r><w:t>Edith Evans</w:t></w:r></w:p></w:tc><w:tc><w:tbl><w:tr><w:tc><w:p><w:r><w:t>'
    'inner</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:tc></w:tr></w:tbl>')
FOOTNOTES = (f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="{W}"><w:footnote '
             'w:id="1"><w:p><w:r><w:t>Footnote: gate code 7410</w:t></w:r></w:p></w:footnote>'
             '</w:footnotes>').encode()


def insert_body(xml):
    return lambda old: old.replace(b"<w:sectPr", xml.encode() + b"<w:sectPr", 1)


def add_footnotes(data):
    rel = (b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/'
           b'2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>')
    override = (b'<Override PartName="/word/footnotes.xml" ContentType="application/vnd.'
                b'openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>')
    data = rewrite_zip(data, {
        "word/_rels/document.xml.rels": lambda old: old.replace(b"</Relationships>", rel),
        "[Content_Types].xml": lambda old: old.replace(b"</Types>", override)})
    return add_member(data, "word/footnotes.xml", FOOTNOTES)


def decorate(document):
    run = document.add_paragraph().add_run("Hidden note: key safe 6060")
    run.font.hidden = True
    document.sections[0].header.paragraphs[0].text = "Header: office copy"
    document.sections[0].footer.paragraphs[0].text = "Footer: page 1"
    document.add_comment(run, text="Comment: code changed to 3141", author="Office")
    document.core_properties.title = "Key safes March"
    document.core_properties.author = "Office manager"


def test_client_table_reads_header_value_per_row(client_docx, limits):
    result = extract("rota.docx", client_docx, limits)
    text = all_text(result)
    assert result.problems == ()
    assert JOAN_LINE in text.splitlines()
    assert text.count("Key safe: ") == len(CLIENTS)


@pytest.mark.parametrize("expected", [
    "Hidden note: key safe 6060", "Header: office copy", "Footer: page 1",
    "Comment: code changed to 3141", "Key safes March", "Office manager",
])
def test_text_shown_or_not(expected, limits):
    data = make_docx(rows=CLIENTS[:2], build=decorate)
    assert expected in all_text(extract("rota.docx", data, limits))


@pytest.mark.parametrize("xml, expected", [
    (TEXT_BOX, "Door code 2580"),
    (TRACKED_DELETION, "Alarm code 1199"),
    (HEADED_TABLE, "Client: Edith Evans | Notes: inner"),
], ids=["text-box", "tracked-deletion", "marked-header-span-nested"])
def test_text_in_body_markup(xml, expected, limits):
    data = rewrite_zip(make_docx(rows=CLIENTS[:1]), {"word/document.xml": insert_body(xml)})
    text = all_text(extract("rota.docx", data, limits))
    assert text.count(expected) == 1  # a text box's VML fallback copy is not read twice


def care_plan_front_sheet(document):
    """A form: labels down the first column, as care plans lay out a client's details."""
    rows = [("Name", "Joan Smith"), ("Address", "12 Mill Road, Gravesend"),
            ("Date of birth", "04/11/1929"), ("Key safe", "9357")]
    table = document.add_table(rows=len(rows), cols=2)
    for row, (label, value) in zip(table.rows, rows):
        row.cells[0].text, row.cells[1].text = label, value


def test_form_table_keeps_labels_beside_values(limits):
    lines = all_text(extract("plan.docx", make_docx(rows=[], build=care_plan_front_sheet),
                             limits)).splitlines()
    for line in ["Name | Joan Smith", "Date of birth | 04/11/1929", "Key safe | 9357"]:
        assert line in lines


def test_footnotes_part_python_docx_does_not_know(limits):
    data = add_footnotes(make_docx(rows=CLIENTS[:1]))
    assert "Footnote: gate code 7410" in all_text(extract("rota.docx", data, limits))


def test_embedded_workbook_is_read(limits):
    data = add_member(make_docx(rows=[]), "word/embeddings/Microsoft_Excel_Worksheet.xlsx",
                      make_xlsx(rows=CLIENTS[:2]))
    data = add_embedding_rel(data)
    result = extract("rota.docx", data, limits)
    parts = {p.location for p in result.parts}
    assert "rota.docx/Microsoft_Excel_Worksheet.xlsx" in parts
    assert "Key safe: 9357" in all_text(result)


def add_embedding_rel(data):
    rel = (b'<Relationship Id="rId98" Type="http://schemas.openxmlformats.org/officeDocument/'
           b'2006/relationships/package" Target="embeddings/Microsoft_Excel_Worksheet.xlsx"/>'
           b'</Relationships>')
    default = (b'<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-'
               b'officedocument.spreadsheetml.sheet"/></Types>')
    return rewrite_zip(data, {
        "word/_rels/document.xml.rels": lambda old: old.replace(b"</Relationships>", rel),
        "[Content_Types].xml": lambda old: old.replace(b"</Types>", default)})


@pytest.mark.parametrize("part", ["word/document.xml", "word/styles.xml"])
def test_billion_laughs_is_refused_before_parsing(part, limits):
    data = rewrite_zip(make_docx(rows=CLIENTS[:1]), {part: with_doctype})
    result = extract("rota.docx", data, limits)
    assert problem_kinds(result) == ["bomb"]
    assert result.parts == ()


def test_highly_compressed_member_is_a_bomb(limits):
    data = rewrite_zip(make_docx(rows=CLIENTS[:1]),
                       {"docProps/thumbnail.jpeg": lambda old: b"\0" * (8 * 1024 * 1024)})
    assert problem_kinds(extract("rota.docx", data, limits)) == ["bomb"]


@pytest.mark.parametrize("cut", [0.3, 0.6, 0.95])
def test_truncated_docx_is_corrupt(cut, client_docx, limits):
    data = client_docx[:int(len(client_docx) * cut)]
    result = extract("rota.docx", data, limits)
    assert problem_kinds(result) == ["corrupt"]
    assert all("9357" not in p.detail for p in result.problems)


def test_docx_text_over_the_limit_is_cut_with_a_problem(client_docx):
    result = extract("rota.docx", client_docx, Limits(max_text_chars=500))
    assert problem_kinds(result) == ["too_large"]
    assert sum(len(p.text) for p in result.parts) <= 500
    assert "Key safe: 9357" in all_text(result)
