"""Tables as text the recognizers can read: one row per line, each cell as `Header: value`.

A key safe code usually sits as a bare `9357` under a "Key safe" column; flattened to
`Joan Smith 12 Mill Rd 9357` it loses the label that makes it a code. Every format that has
tables (DOCX, XLSX, CSV, HTML, PDF) renders them here so they all read the same.
"""
import re

_NUMBER = re.compile(r"[\d\s.,:/+()£$%-]+")
MAX_HEADER_CHARS = 60
HEADER_SEARCH = 5
# The labels of a client record. In a form (a care plan's "Name | Joan Smith" then "Key safe |
# 4821" rows) they run down a column of their own, each once; in a list they head the columns,
# and a column of data does not hold "Postcode", "Key safe" and "GP". A form has no header row.
FIELD_LABELS = frozenset("""name|full name|client|client name|service user|first name|forename|
forenames|given name|surname|last name|family name|preferred name|known as|title|address|
home address|postcode|post code|town|phone|telephone|tel|tel no|home phone|mobile|mob|
landline|email|e-mail|dob|d.o.b|date of birth|age|gender|nhs|nhs number|nhs no|gp|gp surgery|
next of kin|nok|relationship|key safe|keysafe|ks|key safe code|key safe number|door code|
door entry|access|access details|
access info|alarm|alarm code|entry|allergies|medication|religion|language|mobility|notes|
start date|funding|social worker""".replace("\n", "").split("|"))
FORM_LABELS = 2  # distinct labels in one column, in at least half the rows, make a form


def clean(value):
    """A cell's text on one line."""
    if value is None:
        return ""
    return " ".join(str(value).split())


def looks_like_header(cells, min_labels=2):
    """A header row has short labels and no numbers (a data row has values)."""
    labels = [c for c in cells if c]
    return len(labels) >= min_labels and all(
        len(c) <= MAX_HEADER_CHARS and not _NUMBER.fullmatch(c) for c in labels)


def render(rows, headers=None):
    """Lines for rows of cells. With `headers`, cells read `Header: value`.

    `headers` None: the first row that looks like a header (within the first HEADER_SEARCH, so a
    title row above it is fine) is used. Lines above it stay plain; the header line itself is
    kept (as `A | B | C`): its words may matter too.
    """
    rows = [[clean(c) for c in row] for row in rows]
    rows = [row for row in rows if any(row)]
    lines = []
    if headers is None:
        at = header_index(rows)
        if at is not None:
            lines = [render_row(row) for row in rows[:at]]
            headers, rows = rows[at], rows[at + 1:]
            lines.append(" | ".join(h for h in headers if h))
    lines.extend(render_row(row, headers) for row in rows)
    return lines


def is_form(rows):
    """True when a column of the rows holds their labels ("Key safe | 4821"): a form."""
    for column in range(max((len(row) for row in rows), default=0)):
        known = [label for label in (_label(row, column) for row in rows) if label in FIELD_LABELS]
        distinct = len(set(known)) == len(known)
        if len(known) >= FORM_LABELS and distinct and 2 * len(known) >= len(rows):
            return True
    return False


def _label(row, column):
    return row[column].lower().rstrip(" :.-") if column < len(row) else ""


def header_index(rows):
    """Index of the header row: one of the first few that looks like one, with rows under it.
    A one-column table may have a one-label header ("Key safe" over a column of codes); a form
    has none."""
    if is_form(rows):
        return None
    min_labels = 1 if all(sum(1 for c in row if c) <= 1 for row in rows) else 2
    for i, row in enumerate(rows[:HEADER_SEARCH]):
        if i + 1 < len(rows) and looks_like_header(row, min_labels):
            return i
    return None


def render_row(cells, headers=None):
    """One row: `Header: value | Header: value`; cells without a header stay bare."""
    out = []
    for i, value in enumerate(cells):
        if not value:
            continue
        label = headers[i] if headers and i < len(headers) else ""
        out.append(f"{label}: {value}" if label else value)
    return " | ".join(out)
