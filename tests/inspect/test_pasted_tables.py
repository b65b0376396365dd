"""Tables pasted into a message body (text_tables.read_tables): tab-, pipe- and comma-separated
rows under a header line read as `Header: value`, so a bare code under an access header counts
and a number under any other header does not. A comma-separated table needs three columns of
label-like headers: a sentence's clauses are not a table."""
import pytest

from needtoknow.inspect.recognizers.access_code import AccessCodeRecognizer
from needtoknow.inspect.text_tables import read_tables
from needtoknow.inspect.unicode_clean import clean, skeleton

RECOGNIZER = AccessCodeRecognizer()


def codes(text):
    text = skeleton(clean(read_tables(text)))
    return [r.recognition_metadata["normalized"] for r in RECOGNIZER.analyze(text, ["ACCESS_CODE"])]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Name,Visit,Entry\nMr Hollis,Lunch,6183", ["6183"]),
        ('"Client","Area","KS"\n"Mrs Lowe","Hunslet","7250"', ["7250"]),
        ("Date,Client,Lock\n12/03,Mr Ferris,3926 (padlock on garage)", ["3926"]),
        ("Client\tTime\tKS\nMrs Okafor\t09:30\t5817", ["5817"]),
    ],
)
def test_codes_under_access_headers_count(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Staff ID,Client,Combo\n33849,Mr Reid,given at handover only",
        '"Client","Keys","Order no."\n"Mrs Nolan","K/S (new one ordered)","48213"',
        "Client\tTime\tKS\nMrs Okafor\t1800\tfamily let in",
        "Name\tPhone ext\tK/S\nMrs Kowalski\t41188\tnone",
    ],
)
def test_numbers_under_other_headers_stay_quiet(text):
    assert codes(text) == []


def test_a_sentence_with_commas_is_not_a_table():
    text = "Hi all, quick note, thanks\nKey safe is 4821, ok, cheers"
    assert read_tables(text) == text
