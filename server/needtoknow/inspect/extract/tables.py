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
# 4821" rows) they run down a column of their own, each once; in a list they head the columns
# in the top rows only, and a column of data does not hold "Postcode", "Key safe" and "GP".
# A form has no header row.
FIELD_LABELS = frozenset("""name|full name|client|client name|service user|first name|forename|
forenames|given name|surname|last name|family name|preferred name|known as|title|address|
home address|postcode|post code|town|phone|telephone|tel|tel no|home phone|mobile|mob|
landline|email|e-mail|contact|contact number|emergency contact|dob|d.o.b|date of birth|age|
gender|nhs|nhs number|nhs no|gp|gp surgery|pharmacy|next of kin|nok|relationship|
power of attorney|key holder|keyholder|social worker|district nurse|key safe|keysafe|ks|
key safe code|key safe number|door code|door entry|access|access details|access info|alarm|
alarm code|entry|allergies|medication|medical conditions|diagnosis|mobility|diet|religion|
ethnicity|language|preferred language|marital status|communication|dnacpr|pets|notes|
care needs|visits|visit times|start date|end date|funding""".replace("\n", "").split("|"))
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
            if _spans_over(headers, rows):  # "Access" over "KS | Alarm": "Access KS", ...
                headers, rows = _join_labels(headers, rows[0]), rows[1:]
            lines.append(" | ".join(h for h in headers if h))
    lines.extend(render_row(row, headers) for row in rows)
    return lines


def is_form(rows):
    """True when a column of the rows holds their labels ("Key safe | 4821"): a form. Labels
    only in the top rows, with rows under them, are a list's (two-level) header instead."""
    for column in range(max((len(row) for row in rows), default=0)):
        labelled = [i for i, row in enumerate(rows) if _label(row, column) in FIELD_LABELS]
        distinct = len({_label(rows[i], column) for i in labelled}) == len(labelled)
        header = labelled == list(range(len(labelled))) and len(labelled) < len(rows)
        if distinct and FORM_LABELS <= len(labelled) >= len(rows) / 2 and not header:
            return True
    return False


def _label(row, column):
    return row[column].lower().rstrip(" :.-") if column < len(row) else ""


def _spans_over(header, rows):
    """True when the header's labels span columns (merged cells leave the rest empty) and the
    next row labels the columns under them: a two-level header."""
    if len(rows) < 2 or not looks_like_header(rows[0]):
        return False
    return any(not label and i < len(rows[0]) and rows[0][i]
               for i, label in enumerate(header) if i)


def _join_labels(top, below):
    """Each column's label under its spanning label: "Access" over "KS" reads "Access KS"."""
    joined, over = [], ""
    for i in range(max(len(top), len(below))):
        over = (top[i] if i < len(top) else "") or over
        label = below[i] if i < len(below) else ""
        joined.append(f"{over} {label}".strip() if label else over)
    return joined


def header_index(rows):
    """Index of the header row: one of the first few that looks like one, with rows under it.
    A one-column table may have a one-label header ("Key safe" over a column of codes); a form
    has none. Title lines over a table (an exported rota's agency, week, run and printed-by
    lines, one cell each) do not count among the first few."""
    if is_form(rows):
        return None
    filled = [sum(1 for c in row if c) for row in rows]
    min_labels = 1 if all(n <= 1 for n in filled) else 2
    titles = 0 if min_labels == 1 else next(i for i, n in enumerate(filled) if n > 1)
    for i, row in enumerate(rows[:titles + HEADER_SEARCH]):
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
