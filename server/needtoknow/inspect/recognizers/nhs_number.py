"""NHS_NUMBER: ten digits, usually 3-3-4 with spaces or dashes, whose last digit is a mod-11 check.

The check rejects ten in eleven random ten-digit numbers; STOP_WORDS keep a ten-digit phone
number written under a "Phone" label out.
"""
import re

from .contract import Pattern
from .windowed import NOT_AFTER_ONE_DOT, WindowedRecognizer

_NON_DIGIT = re.compile(r"\D")
_BEFORE = r"(?<![\w+/\-])" + NOT_AFTER_ONE_DOT
_AFTER = r"(?![\w/]|[.\-]\d)"


def nhs_digits(raw: str) -> str:
    """Digits only: "418 995 8271" -> "4189958271"."""
    return _NON_DIGIT.sub("", raw or "")


def is_valid_nhs_number(digits: str) -> bool:
    """Modulus 11 with weights 10..2; a remainder giving check digit 10 is never issued."""
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1))) % 11
    return (0 if check == 11 else check) == int(digits[9])


class NhsNumberRecognizer(WindowedRecognizer):
    ENTITY = "NHS_NUMBER"

    PATTERNS = [
        # 3-3-4 with spaces (one or two: justified text) or dashes, or nine digits: a spreadsheet
        # drops the leading 0 of a number cell (Scottish CHI numbers start with the day of
        # birth), so nine digits count after "NHS" or "CHI" only (needs_context).
        Pattern(
            "NHS number",
            r"(?=\d)" + _BEFORE + r"(?P<value>\d{3}(?: {0,2}|-)\d{3}(?: {0,2}|-)\d{4}|\d{9})"
            + _AFTER,
            0.5,
        ),
    ]

    CONTEXT = ["nhs", "nhs number", "nhs no", "health service", "chi"]
    STOP_WORDS = frozenset(
        """phone tel telephone mobile mob fax landline call ring invoice inv order ref reference
        account acct isbn issn doi""".split()  # ISBN-10 shares the modulus 11 check
    )

    def normalize(self, value):
        return nhs_digits(value).zfill(10)

    def needs_context(self, value):
        return len(value) == 9

    def validate_result(self, pattern_text):
        return is_valid_nhs_number(nhs_digits(pattern_text).zfill(10))
