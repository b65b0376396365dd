"""Lines and cells from word boxes (pdf_layout): words on one baseline make a line, a gap much
wider than the line's narrowest one starts a cell, and a cell belongs to the one column it lies
under (or beside, when near), never to two."""
import pytest

from needtoknow.inspect.extract import pdf_layout
from needtoknow.inspect.extract.pdf_layout import Cell, Column, Line


def word(x0, x1, text, bottom=700.0, height=12.0):
    return (x0, x1, bottom, height, text)


def cells_of(line):
    return [(c.x0, c.x1, c.text) for c in line.cells]


@pytest.mark.parametrize("words, expected", [
    # one word: one cell
    ([word(10, 40, "Name")], [[(10, 40, "Name")]]),
    # spaces of ~3 pt keep a cell together; a gap of 40 pt starts the next
    ([word(10, 40, "Joan"), word(43, 80, "Smith"), word(120, 150, "9357")],
     [[(10, 80, "Joan Smith"), (120, 150, "9357")]]),
    # given out of order, and on two baselines (the upper line first)
    ([word(120, 150, "4821", 680), word(43, 80, "Hall", 680), word(10, 40, "Ted", 680),
      word(10, 40, "Key", 700), word(43, 70, "safe", 700)],
     [[(10, 70, "Key safe")], [(10, 80, "Ted Hall"), (120, 150, "4821")]]),
    # justified text: every gap equally wide is a space, not a cell
    ([word(10, 40, "visits"), word(48, 70, "at"), word(78, 100, "ten")], [[(10, 100, "visits at ten")]]),
])
def test_words_make_lines_of_cells(words, expected):
    assert [cells_of(line) for line in pdf_layout.lines(words)] == expected


def test_a_line_is_as_tall_as_its_tallest_word():
    (line,) = pdf_layout.lines([word(10, 40, "a", height=10.0), word(43, 60, "b", height=14.0)])
    assert line.size == 14.0


COLUMNS = [Column("Name", 10, 80), Column("Key safe", 120, 160)]


@pytest.mark.parametrize("cells, expected", [
    ([Cell(12, 70, "Joan Smith"), Cell(121, 150, "9357")], [0, 1]),  # each under one label
    ([Cell(12, 130, "a sentence across both")], None),  # across two columns: running text
    ([Cell(85, 100, "x")], [0]),  # beside the first column, within NEAR em of it
    ([Cell(300, 320, "far")], None),  # beside nothing
])
def test_cells_are_placed_in_one_column(cells, expected):
    placed = pdf_layout._place(COLUMNS, Line(700.0, 12.0, cells))
    assert (None if placed is None else [k for k, _ in placed]) == expected
