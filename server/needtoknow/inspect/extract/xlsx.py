"""XLSX: every sheet, hidden ones too, as tables under their header row; cell comments,
document properties, defined names (a named cell or constant) and data-validation lists."""
import datetime
import io
import re

import openpyxl
from lxml import etree

from . import archive, office_properties, tables, text, xmlguard

CHECK_EVERY = 256  # rows between deadline checks
MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
THREADED = "{http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments}"
COMMENT_TEXT = (MAIN + "t", THREADED + "text")


def read(name, data, ctx):
    zf = archive.open_zip(data)
    archive.check(zf, ctx, office=True)
    xmlguard.check_zip_parts(zf)  # openpyxl uses defusedxml too; this refuses before parsing
    # read_only streams rows instead of building every cell object: much faster and leaner.
    workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        cells = 0
        for sheet in workbook.worksheets:
            rows, cells = _rows(sheet, cells, name, ctx)
            lines = [f"Sheet: {sheet.title}"] + tables.render(rows)
            if not ctx.add_text(name, "\n".join(lines)) or cells < 0:
                break
    finally:
        workbook.close()
    ctx.add_text(name, _comments(zf))
    ctx.add_text(name, "\n".join(office_properties.lines(zf) + _names_and_lists(zf)))


_VALIDATION = re.compile(rb"<(?:\w+:)?formula1>([^<]{1,2000})</(?:\w+:)?formula1>")


def _names_and_lists(zf):
    """Defined names ("Key_safe" = "4821") and the choices of data-validation lists."""
    out = []
    if "xl/workbook.xml" in zf.namelist():
        root = etree.fromstring(zf.read("xl/workbook.xml"), text.XML_PARSER)
        out += [f"{el.get('name', '').replace('_', ' ')}: {(el.text or '').strip()}"
                for el in root.iter(MAIN + "definedName")]
    for info in zf.infolist():
        if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
            data = zf.read(info)
            if b"dataValidation" in data:
                out += [text.decode(m).replace("&quot;", "").strip('"') for m in _VALIDATION.findall(data)]
    return out


def _rows(sheet, cells, name, ctx):
    """(rows of cell values, cells counted so far); the count is -1 once a limit stopped it."""
    rows = []
    for number, row in enumerate(sheet.iter_rows(values_only=True)):
        cells += len(row)
        if cells > ctx.limits.max_cells:
            ctx.problem(name, "too_large",
                        f"over {ctx.limits.max_cells} cells; the rest was not read")
            return rows, -1
        if number % CHECK_EVERY == 0 and ctx.out_of_time(name):
            return rows, -1
        rows.append([_value(v) for v in row])
    return rows, cells


def _value(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # a code typed as 9357 is stored as 9357.0
    if isinstance(value, datetime.datetime) and value.time() == datetime.time():
        return value.date().isoformat()  # a date typed in a cell ("DOB"), not a timestamp
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    return str(value)


def _comments(zf):
    """Cell notes and threaded comments, read straight from their parts (read_only skips them)."""
    out = []
    for info in zf.infolist():
        part = info.filename
        base = part.rsplit("/", 1)[-1]
        if part.startswith("xl/") and part.endswith(".xml") and (
                base.startswith("comment") or "/threadedComments/" in part):
            root = etree.fromstring(zf.read(info), text.XML_PARSER)
            out.extend(el.text.strip() for el in root.iter(COMMENT_TEXT) if el.text)
    return "\n".join(out)
