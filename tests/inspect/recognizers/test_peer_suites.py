"""Peer suites: published test cases of other projects, re-typed as data (the source named on each
table), run against our recognizers. Where we decide differently, the case says why."""
import pytest

from needtoknow.inspect.recognizers.date_of_birth import DateOfBirthRecognizer
from needtoknow.inspect.recognizers.nhs_number import NhsNumberRecognizer
from needtoknow.inspect.recognizers.uk_phone import UkPhoneRecognizer
from needtoknow.inspect.recognizers.uk_postcode import UkPostcodeRecognizer


def found(recognizer, text):
    return [r.recognition_metadata["normalized"] for r in recognizer.analyze(text)]


NHS = NhsNumberRecognizer()
# Microsoft Presidio, presidio-analyzer/tests/test_uk_nhs_recognizer.py (valid and invalid).
PRESIDIO_NHS = [("401-023-2137", True), ("221 395 1837", True), ("0032698674", True),
                ("401-023-2138", False)]
# NHS England immunisation-fhir-api, e2e/utils/constants.py (valid test NHS numbers).
NHS_ENGLAND_FHIR = [("9693632109", True), ("9693633687", True), ("9449310610", True)]


@pytest.mark.parametrize("text", ["ISBN 0306406152", "ISBN: 030 640 6152", "isbn 0-306-40615-2"])
def test_isbn_10_is_not_an_nhs_number(text):  # same modulus 11 family (issue 10)
    assert found(NHS, text) == []


@pytest.mark.parametrize("number, valid", PRESIDIO_NHS + NHS_ENGLAND_FHIR)
def test_nhs_numbers(number, valid):
    # Our recognizer wants the label for a bare ten digits (a phone number reads the same);
    # the peer suites test the number alone, so it is labelled the way a letter would.
    assert bool(found(NHS, f"NHS number: {number}")) is valid


POSTCODES = UkPostcodeRecognizer()
# meows/postal, src/countries/gbr.ts `test` (valid).
POSTAL_VALID = ["EC1A 1BB", "W1A 0AX", "WC2H 7LT", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT",
                "L1 8JQ", "SO10 9AA", "FY9 9AA"]
# ukpostcode (python), tests: VALID_CODES (real-shaped ones; the letter patterns "AA9A 9AA"
# are kept too: they are valid shapes).
UKPOSTCODE_VALID = ["SW1W 0NY", "PO16 7GZ", "CO4 3SQ", "B24 9QG", "RM4 1XH", "GU26 6LN",
                    "DL16 6RU", "E20 3EL", "M21 0BN", "B3 3DH", "m210bn"]
# NHS Digital technical task (postcode validation), invalid cases; and ukpostcode INVALID_CODES.
INVALID = ["XX XXX", "A1 9A", "Q1A 9AA", "V1A 9AA", "X1A 9BB", "1ER UIT", "T2W U12", "AAAA 122",
           "1234 AAA", "GU26 6", "TRE-123"]


@pytest.mark.parametrize("postcode", POSTAL_VALID + UKPOSTCODE_VALID)
def test_valid_postcodes(postcode):
    assert found(POSTCODES, f"Address: 1 High St, {postcode}") == [postcode.replace(" ", "").upper()]


@pytest.mark.parametrize("text", INVALID)
def test_invalid_postcodes(text):
    assert found(POSTCODES, text) == []


PHONES = UkPhoneRecognizer()
# google/libphonenumber (python-phonenumbers) GB metadata example numbers, written the ways the
# issue's red team wrote them (after "Tel:").
PHONENUMBERS_GB = [
    ("+44 121 234 5678", "01212345678"), ("0121 234 5678", "01212345678"),
    ("+44 7400 123456", "07400123456"), ("07400 123456", "07400123456"),
    ("+44 (0)7400 123456", "07400123456"), ("(0121) 234 5678", "01212345678"),
    ("+44 20 7946 0958", "02079460958"),
]
RED_TEAM_SHAPES = [
    ("44 7723 456789", "07723456789"), ("+44 (20) 7946 0958", "02079460958"),
    ("(+44) 20 7946 0958", "02079460958"), ("00 44 20 7946 0958", "02079460958"),
    ("0044 7723 456789", "07723456789"),
]


@pytest.mark.parametrize("text, digits", PHONENUMBERS_GB + RED_TEAM_SHAPES)
def test_phone_numbers(text, digits):
    assert found(PHONES, f"Tel: {text}") == [digits]


@pytest.mark.parametrize("text", ["Sent: 02.04.2012 14:20", "+44 (0)7723 456 789 10",
                                  "ISBN 0-306-40615-2"])
def test_not_phones(text):
    assert found(PHONES, text) == []


DOB = DateOfBirthRecognizer()


@pytest.mark.parametrize(
    "text",
    ["DOB: 2024-03-15T14:30:00Z", "Birthday: 04/11/1929", "04/11/1929 (DOB)",
     "04/11/1929 is my birthday"],
)
def test_dates_of_birth_the_red_team_missed(text):  # issue 10, peer-suite misses
    assert len(found(DOB, text)) == 1


@pytest.mark.parametrize("text", ["Birthday party on 12/05/2024", "Review 04/11/2019 (GP)"])
def test_dates_that_are_not_births(text):
    assert found(DOB, text) == []
