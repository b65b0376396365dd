"""WordprocessingML to text: every run's text, shown or not (hidden, deleted, in text boxes),
with tables rendered row by row under their header (tables.py)."""
from . import tables

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
P, TBL, TR, TC, TXBX = W + "p", W + "tbl", W + "tr", W + "tc", W + "txbxContent"
TEXT = {W + "t", W + "delText"}  # deleted (tracked) text still travels with the file
BREAKS = {W + "tab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}
# Not text: run/paragraph properties, field codes. Fallback repeats its Choice (a text box's VML
# copy) and text boxes are read as paragraphs of their own.
RUN_CONTENT = (*TEXT, *BREAKS)
ANY_TEXT_BOX, ANY_FALLBACK = f".//{TXBX}", f".//{MC_FALLBACK}"
GRID_SPAN, HEADER_ROW = f"{W}tcPr/{W}gridSpan", f"{W}trPr/{W}tblHeader"
WRAPPERS = {W + "sdt", W + "sdtContent", W + "customXml"}
SKIP = {W + "rPr", W + "pPr", W + "tblPr", W + "trPr", W + "tcPr", W + "instrText",
        W + "sectPr", MC_FALLBACK, TXBX}


def story_lines(element):
    """Lines of a story (body, header, footer, comment, note, text box), in document order."""
    lines = []
    for child in element:
        if child.tag == P:
            lines.append(paragraph_text(child))
            for box in child.iter(TXBX):
                if not _in_fallback(box, child):
                    lines.extend(story_lines(box))
        elif child.tag == TBL:
            lines.extend(table_lines(child))
        elif child.tag not in SKIP and len(child):
            lines.extend(story_lines(child))  # sdt, customXml, comment, footnote wrappers
    return [line for line in lines if line.strip()]


def paragraph_text(p):
    if p.find(ANY_TEXT_BOX) is None and p.find(ANY_FALLBACK) is None:  # common: walked in C
        return "".join(BREAKS.get(el.tag, el.text or "") for el in p.iter(*RUN_CONTENT))
    out = []
    _collect(p, out)
    return "".join(out)


def _collect(element, out):
    for child in element:
        tag = child.tag
        if tag in TEXT:
            out.append(child.text or "")
        elif tag in BREAKS:
            out.append(BREAKS[tag])
        elif tag not in SKIP and len(child):
            _collect(child, out)


def _in_fallback(box, stop):
    parent = box.getparent()
    while parent is not None and parent is not stop:
        if parent.tag == MC_FALLBACK:
            return True
        parent = parent.getparent()
    return False


def table_lines(tbl):
    """Rows of cells placed on the table grid, so a spanning cell keeps its column's header."""
    trs = list(_children(tbl, TR))
    rows = [_row_cells(tr) for tr in trs]
    if len(rows) >= 2 and trs[0].find(HEADER_ROW) is not None:
        return [" | ".join(c for c in rows[0] if c)] + [
            tables.render_row(row, rows[0]) for row in rows[1:] if any(row)]
    return tables.render(rows)


def _row_cells(tr):
    cells = []
    for tc in _children(tr, TC):
        span = tc.find(GRID_SPAN)
        width = int(span.get(W + "val", "1")) if span is not None else 1
        cells.append(" ".join(story_lines(tc)))
        cells.extend([""] * (max(width, 1) - 1))
    return cells


def _children(element, tag):
    """Children with `tag`, looking through content-control and custom-XML wrappers only (so
    a nested table's rows stay inside their own cell)."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag in WRAPPERS:
            yield from _children(child, tag)
