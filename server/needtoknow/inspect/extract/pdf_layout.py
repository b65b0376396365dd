"""Tables back out of a PDF page, from where its words sit.

A PDF has no tables, only words at positions. Words are clustered into lines by baseline and
into cells by wide horizontal gaps; a line of short labels followed by lines whose cells fall
under those labels is a table. A page's table can run on from the previous page without its
header row: when the rows sit in the previous table's columns, they get its labels.
"""
import ctypes
import math
import re
import struct
from dataclasses import dataclass, field
from operator import itemgetter

import pypdfium2.raw as pdfium_c

from . import tables

_WORD = re.compile(r"\S+")
_LEFT, _BOTTOM, _HEIGHT = itemgetter(0), itemgetter(2), itemgetter(3)  # of a word: (x0, x1, bottom, height, text)
_RECT = struct.Struct("4f")  # an FS_RECTF's left, top, right, bottom
# Distances are in "em" of the line's height (font ascent to descent, ~1.2 x the font size).
CELL_GAP = 0.75  # em: a gap wider than this between words always separates cells
MIN_CELL_GAP = 0.3  # em: ...and one this narrow never does (a space is ~0.2-0.25)
WIDER = 1.35  # a gap this many times the line's narrowest gap separates cells
SAME_LINE = 0.3  # em: baselines closer than this are one line
ROW_GAP = 3.5  # em: a table row follows the previous one within this distance
NEAR = 2.0  # em: a cell beside (not under) a column still belongs to it within this distance
# A line at most WRAP times the table's tightest line gap below the one above, in a table whose
# rows are set at least ROW_SPACING times that gap apart, is text wrapped inside its cells.
WRAP = 1.15
ROW_SPACING = 1.3


@dataclass(slots=True)
class Cell:
    x0: float
    x1: float
    text: str


@dataclass(slots=True)
class Line:
    y: float
    size: float
    cells: list


@dataclass(slots=True)
class Column:
    label: str
    x0: float  # extent of the header and every cell placed in the column so far
    x1: float


@dataclass(slots=True)
class Table:
    columns: list
    header: Line | None  # None: continued from the previous page, labels carried over
    rows: list = field(default_factory=list)  # [(column index, Cell)] per line
    last_y: float = 0.0
    ys: list = field(default_factory=list)  # baseline of the header (if any) and of each row


def words(textpage, text):
    """(x0, x1, bottom, height, word) for each word; None if text and chars don't align.
    `textpage`: pypdfium2's raw FPDF_TEXTPAGE."""
    if len(text) != pdfium_c.FPDFText_CountChars(textpage):
        return None  # characters outside the BMP shift indices: fall back to plain text
    # Loose boxes span the font's ascent to descent, so their height is the size as drawn
    # (whatever the text matrix) and their bottom is level along a line. Two calls per word
    # (first and last character): a per-character loop would cost ten times more.
    box = pdfium_c.FS_RECTF()
    ref, loose_box, unpack = ctypes.byref(box), _LOOSE_BOX, _RECT.unpack_from
    out = []
    append = out.append
    for match in _WORD.finditer(text):
        start, end = match.span()
        loose_box(textpage, start, ref)
        left, top, right, bottom = unpack(box)
        if end - start > 1:
            loose_box(textpage, end - 1, ref)
            right = unpack(box)[2]
        if top > bottom:
            append((left, right if right > left else left, bottom, top - bottom, text[start:end]))
    return out


def _unchecked(function):
    """The same C function without pypdfium2's declared argument types. Checking them costs more
    than PDFium's own work: a 5-page table's word boxes took 31.6 M instructions with them, 16.1 M
    without (callgrind). Arguments must then be exactly the C types: the raw text page pointer, a
    Python int, a byref() of an FS_RECTF."""
    return type(function)(ctypes.cast(function, ctypes.c_void_p).value)


_LOOSE_BOX = _unchecked(pdfium_c.FPDFText_GetLooseCharBox)  # (FPDF_TEXTPAGE, int, FS_RECTF*) -> int


def lines(page_words):
    """Words grouped into lines (top to bottom) of cells (left to right)."""
    ordered = sorted(page_words, key=_LEFT)  # two stable sorts: by baseline (top first), then left
    ordered.sort(key=_BOTTOM, reverse=True)
    out, current, first_bottom, reach = [], [], 0.0, 0.0
    for word in ordered:
        if current and abs(first_bottom - word[2]) > reach:
            out.append(_line(current))
            current = []
        if not current:
            first_bottom, reach = word[2], SAME_LINE * word[3]
        current.append(word)
    if current:
        out.append(_line(current))
    return out


def _line(line_words):
    """One line's words (left to right after sorting) as cells: a gap wider than the line's cut
    (_cell_gap) starts a new cell. Two passes over the words, no list of gaps: the first finds
    the line's size and narrowest gap, the second splits at the cut."""
    line_words.sort(key=_LEFT)
    first = line_words[0]
    rest = line_words[1:]
    size, narrowest, previous = first[3], math.inf, first[1]
    for x0, x1, _, height, _ in rest:
        if x0 - previous < narrowest:
            narrowest = x0 - previous
        if height > size:
            size = height
        previous = x1
    cut = _cell_gap(narrowest, size)
    span = [first[0], first[1], [first[4]]]  # a cell's left, right and words, joined once
    spans, previous = [span], first[1]
    for x0, x1, _, _, word in rest:
        if x0 - previous > cut:
            span = [x0, x1, [word]]
            spans.append(span)
        else:
            if x1 > span[1]:
                span[1] = x1
            span[2].append(word)
        previous = x1
    return Line(first[2], size, [Cell(x0, x1, " ".join(words_)) for x0, x1, words_ in spans])


def _cell_gap(narrowest, size):
    """The gap that starts a new cell on this line (`narrowest`: its narrowest gap between
    words, infinite for one word). A tightly padded table leaves only half an em between cells,
    but that is still well over the line's narrowest gap (a plain space), while justified text
    stretches all its spaces alike: so a cell starts at a gap clearly wider than the narrowest
    one, and always at a gap over CELL_GAP."""
    return min(CELL_GAP * size, max(MIN_CELL_GAP * size, WIDER * narrowest))


def render(page_lines, carry=None):
    """(text, carry): the page with its tables as `Header: value` rows, or (None, None) when it
    has no table; carry is a table still open at the page's end, for the next page."""
    out, table, last, since_last = [], None, None, 0
    for line in page_lines:
        if table is not None and _add_row(table, line):
            continue
        if table is not None and _close(table, out):
            last, since_last = table, 0
        table = _start(line, carry if last is None else None)
        if table is None:
            out.append(_plain(line))
            since_last += 1
    if table is not None and _close(table, out):
        last, since_last = table, 0
    if last is None:
        return None, None
    return "\n".join(out), (last if since_last <= 2 else None)  # footers may follow it


def _start(line, carry):
    """A table this line opens: carried on from the previous page, or headed by this line."""
    texts = [c.text for c in line.cells]
    if len(texts) < 2:
        return None
    if carry is not None and texts != [c.label for c in carry.columns]:
        columns = [Column(c.label, c.x0, c.x1) for c in carry.columns]
        table = Table(columns, None)
        if _add_row(table, line):
            return table
    if tables.looks_like_header(texts):
        return Table([Column(c.text, c.x0, c.x1) for c in line.cells], line, [], line.y, [line.y])
    return None


def _add_row(table, line):
    started = table.rows or table.header is not None  # a carried table's first row may be anywhere
    if started and table.last_y - line.y > ROW_GAP * line.size:
        return False
    placed = _place(table.columns, line)
    if placed is None:
        return False
    columns = table.columns
    for k, cell in placed:
        column = columns[k]
        if cell.x0 < column.x0:
            column.x0 = cell.x0
        if cell.x1 > column.x1:
            column.x1 = cell.x1
    table.rows.append(placed)
    table.last_y = line.y
    table.ys.append(line.y)
    return True


def _place(columns, line):
    """[(column index, cell)] when every cell sits in exactly one column, else None."""
    placed, near = [], NEAR * line.size
    for cell in line.cells:
        k = _column_of(columns, cell, near)
        if k is None:
            return None
        placed.append((k, cell))
    return placed


def _column_of(columns, cell, near):
    """The one column the cell overlaps; else the nearest within `near`; else None (a cell
    across two columns is running text, not a table cell)."""
    x0, x1, found = cell.x0, cell.x1, None
    for k, column in enumerate(columns):
        if x0 < column.x1 and column.x0 < x1:
            if found is not None:
                return None
            found = k
    if found is not None:
        return found
    distance, k = min((max(c.x0 - x1, x0 - c.x1), k) for k, c in enumerate(columns))
    return k if distance <= near else None


def _close(table, out):
    """Append a finished table's lines to out. False (lines kept as plain text) when no row of
    two or more cells ever came: then it was a line with gaps, not a table."""
    if not any(len(row) >= 2 for row in table.rows):
        if table.header is not None:
            out.append(_plain(table.header))
        out.extend(" ".join(cell.text for _, cell in row) for row in table.rows)
        return False
    labels = [c.label for c in table.columns]
    rows = _unwrap(table, _grid(table.rows, len(labels)))
    if table.header is not None:
        labels, rows = rows[0], rows[1:]
        if tables.is_form([labels] + rows):  # "Name | Joan Smith" then "Key safe | 4821"
            out.extend(tables.render_row(row) for row in [labels] + rows)
            return True
        out.append(" | ".join(label for label in labels if label))
    out.extend(tables.render_row(row, labels) for row in rows)
    return True


def _grid(rows, width):
    """Each placed row as `width` texts, one per column ("" for none)."""
    grid = []
    for row in rows:
        cells = [""] * width
        for k, cell in row:
            cells[k] = f"{cells[k]} {cell.text}".strip()
        grid.append(cells)
    return grid


def _unwrap(table, rows):
    """Rows of cell texts (the header first, if any), lines wrapped inside cells joined to the
    row above: a narrow column's "Frank" over "Kaur" is one name, "Key" over "safe" one label."""
    lines = ([[c.label for c in table.columns]] if table.header is not None else []) + rows
    gaps = [above - below for above, below in zip(table.ys, table.ys[1:])]
    tight = min(gaps, default=0)
    if tight <= 0 or max(gaps) < ROW_SPACING * tight:
        return lines  # rows as close as lines: nothing tells a wrapped line from a row
    joined = [lines[0]]
    for gap, line in zip(gaps, lines[1:]):
        if gap <= WRAP * tight and sum(1 for c in line if c) < len(line):
            joined[-1] = [f"{a} {b}".strip() for a, b in zip(joined[-1], line)]
        else:
            joined.append(line)
    return joined


def _plain(line):
    return " ".join(c.text for c in line.cells)
