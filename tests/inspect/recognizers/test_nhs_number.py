"""NHS_NUMBER: ten digits with a valid modulus-11 check digit."""
import pytest

from needtoknow.inspect.recognizers.nhs_number import NhsNumberRecognizer, is_valid_nhs_number

RECOGNIZER = NhsNumberRecognizer()


def numbers(text):
    return [r.recognition_metadata["normalized"] for r in RECOGNIZER.analyze(text, ["NHS_NUMBER"])]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("642 621 2997", ["6426212997"]),
        ("NHS number: 745-474-8554", ["7454748554"]),
        ("NHS No 6871830669", ["6871830669"]),
        ("nhs: 418 973 6775.", ["4189736775"]),
        ("NHS: 470 307 6004 | Phone: 01622 334455", ["4703076004"]),
        ("943 476 5919 and 799 926 0509", ["9434765919", "7999260509"]),
        ("NHS Number: 433  552  7136", ["4335527136"]),  # justified text widens spaces
        ("NHS No.......433 552 7136", ["4335527136"]),  # a printed form's dot leader
        # A spreadsheet's number cell drops a leading 0: nine digits under "NHS" or "CHI".
        ("NHS Number: 506749657", ["0506749657"]),
        ("Name: Ivy Clarke | CHI: 641682514", ["0641682514"]),
    ],
)
def test_finds_valid_numbers(text, expected):
    assert numbers(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "642 621 2998",  # check digit wrong
        "745-474-8555",
        "000 000 0000",
        "Phone: 6426212997",  # a ten-digit run labelled as a phone number
        "64262129971",
        "1642 621 2997",
        "642 621 299",
        "Invoice 2024/642 621 2997",
        "01622 334455",
        "506749657",  # nine digits need the label
        "NHS v.4335527136",
        "NHS Number: 506749658",  # ...and a valid check digit
        "Invoice 4335527136",
        "Order ref: 724 719 1465",
    ],
)
def test_other_numbers_are_not_nhs_numbers(text):
    assert numbers(text) == []


@pytest.mark.parametrize(
    "digits, valid",
    [("9434765919", True), ("6426212997", True), ("6426212998", False), ("123", False),
     ("4444444444", False)],
)
def test_check_digit(digits, valid):
    assert is_valid_nhs_number(digits) is valid
