"""PDF: tables rebuilt from word positions, plain pages as text, and every failure a Problem."""
import io
import statistics
import time

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from needtoknow.inspect.extract import Limits, extract

from .conftest import CLIENTS, JOAN_LINE, all_text, make_pdf, make_text_pdf, problem_kinds


def test_client_table_reads_header_value_per_row(client_pdf, limits):
    result = extract("keysafes.pdf", client_pdf, limits)
    text = all_text(result)
    assert result.problems == ()
    assert JOAN_LINE in text.splitlines()
    assert text.count("Key safe: ") == len(CLIENTS)
    assert text.count("Name | Address | Postcode | Phone | Key safe") == 5  # header on each page


def test_continued_pages_without_header_reuse_the_columns(limits):
    text = all_text(extract("keysafes.pdf", make_pdf(repeat_header=False), limits))
    assert text.count("Name | Address | Postcode | Phone | Key safe") == 1
    assert text.count("Key safe: ") == len(CLIENTS)
    last = CLIENTS[-1]
    assert f"Name: {last[0]} | Address: {last[1]}" in text  # a row on the last page


PROSE = ("Dear team, please find the list of clients for next week below. Do not share it "
         "with anyone outside the office, and delete it once the rota is over. ") * 3
TIGHT = [("FONTSIZE", (0, 0), (-1, -1), 10), ("LEFTPADDING", (0, 0), (-1, -1), 2),
         ("RIGHTPADDING", (0, 0), (-1, -1), 2)]  # half an em between cells


@pytest.mark.parametrize("style", [
    [],
    [("GRID", (0, 0), (-1, -1), 0.5, "black"), ("ALIGN", (0, 0), (-1, 0), "CENTER")],
    [("ALIGN", (0, 0), (-1, -1), "CENTER")],
    [("ALIGN", (4, 1), (4, -1), "RIGHT")],
    TIGHT,
    [*TIGHT, ("FONTSIZE", (0, 0), (-1, -1), 8)],
], ids=["plain", "grid-centred-header", "centred", "right-aligned-codes", "tight", "tight-8pt"])
def test_table_styles_between_justified_paragraphs(style, limits):
    data = make_pdf(rows=CLIENTS[:20], style=style, prose=PROSE)
    text = all_text(extract("keysafes.pdf", data, limits))
    assert JOAN_LINE in text.splitlines()
    assert text.count("Key safe: ") == 20
    assert "|" not in text.split("Name | Address")[0]  # the paragraph above is plain text
    assert "anyone outside the office" in text.split("Key safe: ")[-1]  # ...and the one below


def test_page_without_a_table_is_plain_text(limits):
    data = make_text_pdf([["Dear Mrs Smith,", "the carer will call on Tuesday."]])
    result = extract("letter.pdf", data, limits)
    assert all_text(result) == "Dear Mrs Smith,\nthe carer will call on Tuesday."


def test_two_column_table_with_an_empty_cell(limits):
    rows = [["Joan Smith", "9357"], ["Albert Jones", ""], ["Mary Brown", "4821"]]
    data = make_pdf(rows=rows, header=["Client", "Key safe"])
    lines = all_text(extract("codes.pdf", data, limits)).splitlines()
    assert lines[1:] == ["Client | Key safe", "Client: Joan Smith | Key safe: 9357",
                         "Client: Albert Jones", "Client: Mary Brown | Key safe: 4821"]


def wrapped_table(rows, widths):
    """A table whose cells wrap (Paragraphs in narrow columns), padded as Word pads them."""
    styles = getSampleStyleSheet()
    cells = [[Paragraph(c, styles["Normal"]) for c in row] for row in rows]
    table = Table(cells, colWidths=widths)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey"),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    buf = io.BytesIO()
    SimpleDocTemplate(buf, pagesize=A4).build([table])
    return buf.getvalue()


@pytest.mark.parametrize("rows, widths, expected", [
    # A name wrapped in a narrow column is one name; a wrapped header is one label.
    ([["Client", "Postcode", "KS"], ["Joan Smith", "DA11 0AA", "9357"],
      ["Albert Jones", "DA12 1AB", "4821"]], [45, 80, 50],
     ["Client | Postcode | KS", "Client: Joan Smith | Postcode: DA11 0AA | KS: 9357",
      "Client: Albert Jones | Postcode: DA12 1AB | KS: 4821"]),
    ([["Client", "Postcode", "Key safe code"], ["Joan Smith", "DA11 0AA", "9357"],
      ["Albert Jones", "DA12 1AB", "4821"]], [90, 80, 40],
     ["Client | Postcode | Key safe code",
      "Client: Joan Smith | Postcode: DA11 0AA | Key safe code: 9357",
      "Client: Albert Jones | Postcode: DA12 1AB | Key safe code: 4821"]),
    # A form: labels down the first column.
    ([["Name", "Joan Smith"], ["Address", "12 Mill Road, Gravesend"], ["Key safe", "9357"]],
     [100, 200], ["Name | Joan Smith", "Address | 12 Mill Road, Gravesend", "Key safe | 9357"]),
], ids=["wrapped-name", "wrapped-header", "form"])
def test_wrapped_cells_and_forms(rows, widths, expected, limits):
    text = all_text(extract("plan.pdf", wrapped_table(rows, widths), limits))
    assert text.splitlines() == expected


def test_rows_as_close_as_lines_are_not_joined(limits):
    rows = [["Client", "Key safe"], ["Joan Smith", "9357"], ["Albert Jones", ""],
            ["Mary Brown", "4821"]]
    unpadded = [("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]
    data = make_pdf(rows=rows[1:], header=rows[0], style=unpadded)
    lines = all_text(extract("codes.pdf", data, limits)).splitlines()
    assert "Client: Albert Jones" in lines and "Client: Mary Brown | Key safe: 4821" in lines


@pytest.mark.parametrize("data, kind", [
    (make_pdf(rows=CLIENTS[:3], encrypt="secret"), "encrypted"),
    (make_pdf(rows=CLIENTS[:3])[:900], "corrupt"),
    (b"%PDF-1.7\n" + b"\x00garbage" * 50, "corrupt"),
    (make_text_pdf([[]]), "unsupported"),  # no text layer: a scan can't be inspected
], ids=["encrypted", "truncated", "garbage", "no-text-layer"])
def test_unreadable_pdf_is_a_problem(data, kind, limits):
    result = extract("keysafes.pdf", data, limits)
    assert problem_kinds(result) == [kind]
    assert all("9357" not in p.detail for p in result.problems)


def test_owner_only_encryption_still_reads(limits):
    from reportlab.lib import pdfencrypt
    data = make_pdf(rows=CLIENTS[:3], encrypt=pdfencrypt.StandardEncryption("", "owner"))
    assert "Key safe: 9357" in all_text(extract("keysafes.pdf", data, limits))


def test_pages_over_the_limit_keep_the_first_pages(client_pdf):
    result = extract("keysafes.pdf", client_pdf, Limits(max_pages=2))
    assert problem_kinds(result) == ["too_large"]
    assert JOAN_LINE in all_text(result)  # page 1
    assert 0 < all_text(result).count("Key safe: ") < len(CLIENTS)


def test_client_table_is_fast(client_pdf, limits):
    extract("keysafes.pdf", client_pdf, limits)  # warm up
    times = []
    for _ in range(21):
        start = time.perf_counter()
        extract("keysafes.pdf", client_pdf, limits)
        times.append(time.perf_counter() - start)
    # ~7 ms on the 2-core dev machine; the bound leaves room for a loaded CI runner.
    assert statistics.median(times) < 0.1
