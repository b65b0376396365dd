"""Tables pasted into plain text: tab-, pipe- or comma-separated lines under a header line, read
like an attached CSV (extract.tables), so a bare `4821` under a "KS" column reads `KS: 4821`. A
comma-separated table needs at least three columns, every row as many (prose has commas too), and
its cells lose the quotes a spreadsheet export puts round them.

Lines that already read `Header: value` (tables the extractors rendered) are left as they are.
"""
import re

from .extract.tables import looks_like_header, render

_DELIMITERS = ("\t", " | ", ",")
_COMMA_COLUMNS = 3  # at least, for a comma-separated table
# A line that could be a header: a delimiter, and no cell that reads "Label: value" already.
_HEADER_LIKE = re.compile(r"^(?!.*:(?: |\t|$)).*(?:\t| \| |,.*,)", re.M)


def read_tables(text):
    """`text` with each pasted table rendered as `Header: value` cells; other lines kept."""
    if ("\t" not in text and " | " not in text and "," not in text) or not _HEADER_LIKE.search(text):
        return text  # one pass in C: most texts, and extractors' tables, have no pasted table
    lines = text.split("\n")
    out, i = [], 0
    while i < len(lines):
        end, delimiter = _table_end(lines, i)
        if end > i + 1:
            out.extend(render([_cells(line, delimiter) for line in lines[i:end]]))
            i = end
        else:
            out.append(lines[i])
            i += 1
    return "\n".join(out)


def _table_end(lines, start):
    """(end, delimiter) of a table whose header is lines[start]; end == start when none."""
    for delimiter in _DELIMITERS:
        header = _cells(lines[start], delimiter)
        if len(header) < (_COMMA_COLUMNS if delimiter == "," else 2) or any(
                ": " in cell or cell.endswith(":") for cell in header):
            continue
        if not looks_like_header([c.strip() for c in header]) or delimiter == "," and not _labels(header):
            continue
        if start + 1 < len(lines) and _rendered(header, lines[start + 1].split(delimiter)):
            return start, ""  # an extractor's table: its rows already read `Header: value`
        end = start + 1
        while end < len(lines) and len(lines[end].split(delimiter)) == len(header):
            end += 1
        if end > start + 1:
            return end, delimiter
    return start, ""


def _labels(cells):
    """Whether comma-separated cells read as a spreadsheet's header, not a sentence's clauses:
    each a label of at most three words, none starting lower-case ("Client,Address,KS"; not "Hi
    all, quick note, thanks")."""
    return all(c and len(c.split()) <= 3 and not c[0].islower() for c in cells)


def _cells(line, delimiter):
    cells = line.split(delimiter)
    return [c.strip().strip('"') for c in cells] if delimiter == "," else cells


def _rendered(header, row):
    return any(cell.strip().startswith(f"{label.strip()}:") for label, cell in zip(header, row)
               if label.strip())
