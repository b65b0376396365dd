"""UK_PHONE: GB numbers in the ways people write them, as national digits; nothing else."""
import pytest

from needtoknow.inspect.recognizers.uk_phone import UkPhoneRecognizer, national_digits

RECOGNIZER = UkPhoneRecognizer()


def phones(text):
    return [r.recognition_metadata["normalized"] for r in RECOGNIZER.analyze(text, ["UK_PHONE"])]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("01622 334455", ["01622334455"]),
        ("(01622) 334455", ["01622334455"]),
        ("01622-334455", ["01622334455"]),
        ("+44 1622 334455", ["01622334455"]),
        ("+44 (0)1622 334455", ["01622334455"]),
        ("+441622334455", ["01622334455"]),
        ("0044 1622 334455", ["01622334455"]),
        ("Mobile: 07700 900456", ["07700900456"]),
        ("020 7946 0321", ["02079460321"]),
        ("call 0800 123 4567 today", ["08001234567"]),
        ("Tel:0162233445", ["0162233445"]),  # a typo: possible, not valid, still counts
        ("Phone: 01632 960777", ["01632960777"]),  # unassigned range, still counts
        ("Phone: 01622 334455 | Key safe: 9357", ["01622334455"]),
        ("Home 01622 334455, mobile 07700 900456.", ["01622334455", "07700900456"]),
        ("Home/mobile: 01622 334455/07700 900456", ["01622334455", "07700900456"]),
        ("+44-1622-334455", ["01622334455"]),
        ("+44.1622.334455", ["01622334455"]),
        ("01622.334455", ["01622334455"]),
        ("Tel.......01622 334455", ["01622334455"]),  # a printed form's dot leader
        # A spreadsheet's number cell drops the leading 0: counts under a phone label only.
        ("Tel: 1622334455", ["01622334455"]),
        ("Name: Ivy Clarke | Mobile: 7700900456", ["07700900456"]),
        # an extension, glued with "x" or written out, belongs to the number (issue 10)
        ("01632 960123x45", ["01632960123"]), ("Tel 01632 960123X245", ["01632960123"]),
        ("+44 1632 960123x45", ["01632960123"]), ("01632 960123 ext. 45", ["01632960123"]),
    ],
)
def test_finds_gb_numbers(text, expected):
    assert phones(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Visit at 14:30",
        "Visit on 03/12/2024",
        "Review 2024-12-03",
        "Call the office on ext 1234",
        "PO Box 1234",
        "Invoice 01622 334455",
        "Invoice number 01622 334455",
        "Order ref 01622 334455",
        "Ref: 0162 233 4455",
        "Account 01622334455",
        "Company number 01234567",
        "NHS number 642 621 2997",
        "642 621 2997",
        "00622 334455",
        "1622334455",
        "+33 1 23 45 67 89",
        "01622 33445566",
        "0162 233",
        "Key safe code: 9357",
        "Invoice total 1,234.56",
        "Client ID 0162233445",
        "Total 0.1622334455",
        "Client ID: 1622334455",
        "Ref 1622334455",
        "see https://example.org/01622334455",
        "Batch 1622334455 | Tel: see notes",
    ],
)
def test_other_numbers_are_not_phones(text):
    assert phones(text) == []


@pytest.mark.parametrize(
    "raw, digits",
    [
        ("+44 1634 000111", "01634000111"),
        ("(01634) 000111", "01634000111"),
        ("01634-000111", "01634000111"),
        ("+44 (0)1634 000111", "01634000111"),
        ("0044 1634 000111", "01634000111"),
        ("1634 000111", "01634000111"),  # stored without its trunk 0
        ("", ""),
    ],
)
def test_national_digits(raw, digits):
    assert national_digits(raw) == digits
