"""CSV: delimiters and encodings as offices export them, rows under the header row."""
import pytest

from needtoknow.inspect.extract import Limits, extract

from .conftest import all_text, problem_kinds


@pytest.mark.parametrize("data, expected", [
    (b"Name,Key safe\r\nJoan Smith,9357\r\n", "Name: Joan Smith | Key safe: 9357"),
    (b"Name;Key safe\nJoan Smith;9357\n", "Name: Joan Smith | Key safe: 9357"),
    (b"Name\tKey safe\nJoan Smith\t9357\n", "Name: Joan Smith | Key safe: 9357"),
    (b'Name,Address,Key safe\n"Smith, Joan","12 Mill Rd",9357\n',
     "Name: Smith, Joan | Address: 12 Mill Rd | Key safe: 9357"),
    (b"\xef\xbb\xbfName,Key safe\nJoan Smith,9357\n", "Name: Joan Smith | Key safe: 9357"),
    ("Name,Key safe\nZo\u00eb Smith,9357\n".encode("cp1252"),
     "Name: Zo\u00eb Smith | Key safe: 9357"),
    (b"Name,Key safe\nJoan Smith,\nAlbert Jones,4821\n", "Name: Joan Smith"),
], ids=["comma-crlf", "semicolon", "tab", "quoted", "utf-8-bom", "cp1252", "empty-cell"])
def test_rows_read_under_their_header(data, expected, limits):
    assert expected in all_text(extract("clients.csv", data, limits)).splitlines()


def test_without_a_header_rows_stay_plain(limits):
    data = b"1001,9357\n1002,4821\n"
    assert all_text(extract("codes.csv", data, limits)) == "1001 | 9357\n1002 | 4821"


def test_cells_over_the_limit_keep_the_first_rows():
    data = b"Name,Key safe\n" + b"".join(b"Client %d,%d\n" % (i, 1000 + i) for i in range(100))
    result = extract("clients.csv", data, Limits(max_cells=20))
    assert problem_kinds(result) == ["too_large"]
    assert "Name: Client 0 | Key safe: 1000" in all_text(result)
    assert "Client 50" not in all_text(result)


def test_title_lines_over_the_table(limits):
    """A hand-made or trimmed export opens with one-field title lines: still a CSV, its rows
    still under their header, however many title lines there are."""
    data = (b"Bright Care Ltd\nRota w/c 7 Dec\nRun: North\nCarer: Sam\nPrinted by the office\n"
            b"Area: Medway\nClient,Address,Key safe\nAl Smith,3 Elm Ct,7305\n")
    lines = all_text(extract("rota.csv", data, limits)).splitlines()
    assert "Client: Al Smith | Address: 3 Elm Ct | Key safe: 7305" in lines


def test_prose_with_commas_is_not_a_table(limits):
    data = b"Dear Sam\nThe keys are with Al, as before\nWe spoke on Monday, all fine\n"
    assert "|" not in all_text(extract("note.csv", data, limits))
