"""XLSX: every sheet (hidden too) under its header row, numbers as typed, comments, limits."""
import datetime
import io

import openpyxl
import pytest
from defusedxml import DefusedXmlException
from openpyxl.comments import Comment

from needtoknow.inspect.extract import Limits, extract

from .conftest import (CLIENTS, JOAN_LINE, all_text, doctype_first, make_xlsx, problem_kinds,
                       rewrite_zip)


def hidden_sheet_and_note(workbook):
    workbook["Clients"]["A1"].comment = Comment("Note: alarm code 8080", "Office")
    hidden = workbook.create_sheet("Spare keys")
    hidden.sheet_state = "hidden"
    hidden.append(["Client", "Door code"])
    hidden.append(["Walter Wright", 1357.0])


def test_client_sheet_reads_header_value_per_row(client_xlsx, limits):
    result = extract("clients.xlsx", client_xlsx, limits)
    lines = all_text(result).splitlines()
    assert result.problems == ()
    assert lines[:3] == ["Sheet: Clients", "Client key safes, March",
                         "Name | Address | Postcode | Phone | Key safe"]
    assert JOAN_LINE in lines  # the code typed as a number reads 9357, not 9357.0
    assert all_text(result).count("Key safe: ") == len(CLIENTS)


@pytest.mark.parametrize("expected", [
    "Sheet: Spare keys", "Client: Walter Wright | Door code: 1357", "Note: alarm code 8080",
])
def test_hidden_sheets_and_comments(expected, limits):
    data = make_xlsx(rows=CLIENTS[:2], build=hidden_sheet_and_note)
    assert expected in all_text(extract("clients.xlsx", data, limits)).splitlines()


def one_column(workbook):
    sheet = workbook.create_sheet("Codes")
    for value in ("Key safe", 9357, 4821):
        sheet.append([value])


def test_one_column_under_a_label(limits):
    text = all_text(extract("clients.xlsx", make_xlsx(rows=[], build=one_column), limits))
    assert "Sheet: Codes\nKey safe\nKey safe: 9357\nKey safe: 4821" in text


def dates_of_birth(workbook):
    sheet = workbook.create_sheet("DOB")
    sheet.append(["Client", "DOB", "Last visit"])
    sheet.append(["Joan Smith", datetime.datetime(1929, 11, 4),
                  datetime.datetime(2024, 3, 12, 9, 30)])


def test_date_cells_read_as_dates(limits):
    text = all_text(extract("clients.xlsx", make_xlsx(rows=[], build=dates_of_birth), limits))
    assert "Client: Joan Smith | DOB: 1929-11-04 | Last visit: 2024-03-12T09:30:00" in text


def two_level_header(workbook):
    sheet = workbook.create_sheet("Access")
    sheet.append(["Client", None, "Access", None])
    sheet.append(["Name", "Postcode", "KS", "Alarm"])
    sheet.append(["Joan Smith", "DA11 0AA", 9357, 1470])
    sheet.merge_cells("A1:B1")
    sheet.merge_cells("C1:D1")


def test_merged_header_cells_label_the_columns_under_them(limits):
    text = all_text(extract("clients.xlsx", make_xlsx(rows=[], build=two_level_header), limits))
    assert ("Client Name: Joan Smith | Client Postcode: DA11 0AA | Access KS: 9357 | "
            "Access Alarm: 1470") in text.splitlines()


def test_cells_over_the_limit_keep_the_first_rows(client_xlsx):
    result = extract("clients.xlsx", client_xlsx, Limits(max_cells=100))
    assert problem_kinds(result) == ["too_large"]
    assert JOAN_LINE in all_text(result)
    assert all_text(result).count("Key safe: ") < 20


@pytest.mark.parametrize("part", ["xl/workbook.xml", "xl/worksheets/sheet1.xml"])
def test_billion_laughs_is_refused(part, client_xlsx, limits):
    data = rewrite_zip(client_xlsx, {part: doctype_first})
    assert problem_kinds(extract("clients.xlsx", data, limits)) == ["bomb"]


def test_openpyxl_alone_defuses_worksheets_only(client_xlsx):
    """Why our own check runs first: with lxml installed openpyxl parses the workbook, styles
    and strings parts with lxml (entities unresolved, but the DTD accepted); only the
    worksheets it streams go through defusedxml."""
    sheet_bomb = rewrite_zip(client_xlsx, {"xl/worksheets/sheet1.xml": doctype_first})
    with pytest.raises(ValueError) as raised:
        openpyxl.load_workbook(io.BytesIO(sheet_bomb), read_only=True)
    assert isinstance(raised.value.__context__, DefusedXmlException)
    book_bomb = rewrite_zip(client_xlsx, {"xl/workbook.xml": doctype_first})
    openpyxl.load_workbook(io.BytesIO(book_bomb), read_only=True).close()  # accepted


def test_truncated_xlsx_is_corrupt(client_xlsx, limits):
    result = extract("clients.xlsx", client_xlsx[: len(client_xlsx) // 2], limits)
    assert problem_kinds(result) == ["corrupt"]
