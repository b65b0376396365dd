"""An exported rota, end to end (extract, then scan): title lines over the table, an access
column whose cells describe the way in at length, a details column with where the code is, and
the keying verbs a carer writes. Every code counts; the visit times, durations and years do not."""
import io

import openpyxl
import pytest

from needtoknow.inspect.directory_match import ClientIndex
from needtoknow.inspect.extract import Limits, extract
from needtoknow.inspect.scan import scan

TITLE = [["Bright Care Ltd"], ["Rota w/c 7 Dec"], ["Run: North"], ["Carer: Sam"],
         ["Printed by the office"], ["Area: Medway"]]
HEADER = ["Time", "Client", "Access", "Details", "Mins"]
ROWS = [
    ["08:00", "Al", "Key safe round by the back door behind the big green bush on the left 7305", "", "30"],
    ["09:15", "Bo", "Keypad at the side gate", "2946 - reset after use", "45"],
    ["10:30", "Cy", "Buttons on the box by the porch: 8152", "fitted 2019", "30"],
    ["12:00", "Di", "Daughter lets you in", "", "15"],
]
CODES = 3


def _csv():
    lines = [",".join(row) for row in TITLE + [HEADER] + ROWS]
    return "\n".join(lines).encode()


def _xlsx():
    book = openpyxl.Workbook()
    for row in TITLE + [HEADER] + ROWS:
        book.active.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


@pytest.mark.parametrize("name, make", [("rota.csv", _csv), ("rota.xlsx", _xlsx)])
def test_every_code_of_an_exported_rota_counts(name, make):
    evidence = scan(extract(name, make(), Limits()).parts, ClientIndex.build([]))
    assert evidence.counts.get("access_code", 0) == CODES
