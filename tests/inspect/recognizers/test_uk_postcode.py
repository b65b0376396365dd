"""UK_POSTCODE: any case, with or without the space; words and references are not postcodes."""
import pytest

from needtoknow.inspect.recognizers.uk_postcode import UkPostcodeRecognizer, normalize_postcode

RECOGNIZER = UkPostcodeRecognizer()


def postcodes(text):
    return [r.recognition_metadata["normalized"] for r in RECOGNIZER.analyze(text, ["UK_POSTCODE"])]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ME5 6JW", ["ME56JW"]),
        ("me5 6jw", ["ME56JW"]),
        ("ME56JW", ["ME56JW"]),
        ("Postcode: da11 0aa", ["DA110AA"]),
        ("SW1A 1AA", ["SW1A1AA"]),
        ("EC1A 1BB", ["EC1A1BB"]),
        ("W1A 0AX", ["W1A0AX"]),
        ("M1 1AE", ["M11AE"]),
        ("B33 8TH", ["B338TH"]),
        ("CR2 6XH", ["CR26XH"]),
        ("DN55 1PT", ["DN551PT"]),
        ("12 Mill Close, Chatham ME4 4TR.", ["ME44TR"]),
        ("Postcode: TN9 1RS | Phone: 01732 952355", ["TN91RS"]),
        ("ME5  6JW", ["ME56JW"]),  # typed with two spaces
        ("ME5\t6JW", ["ME56JW"]),
        ("me5 \u00a06jw", ["ME56JW"]),
    ],
)
def test_finds_postcodes(text, expected):
    assert postcodes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Room 1234",
        "ABC 123",
        "QE5 6JW",  # no area starts with Q
        "ME5 6CW",  # C is never in the inward code
        "ME5 6JWX",
        "XME5 6JW",
        "Visit at 14:30 on 03/12/2024",
        "Key safe code: C1234",
        "Invoice INV-ME5 6JW",
    ],
)
def test_other_strings_are_not_postcodes(text):
    assert postcodes(text) == []


@pytest.mark.parametrize("raw", ["ME4 4TR", "me4 4tr", "ME44TR", " me4  4TR "])
def test_normalize_postcode(raw):
    assert normalize_postcode(raw) == "ME44TR"
