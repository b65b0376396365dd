"""UK_PHONE: British phone numbers as care lists write them, normalised to national digits.

Stock Presidio runs phonenumbers' matcher for eight regions; our clients and their families are in
the UK, so one regex finds GB-shaped candidates (`+44 1634 415067`, `(01634) 415067`,
`01634-415067`, `07700 900123`) and phonenumbers (GB metadata) checks the length is possible.
Possible-but-not-valid numbers still count: client lists are typed by hand and hold typos.
"""
import re

import phonenumbers
from presidio_analyzer import Pattern

from .windowed import WindowedRecognizer

_PREFIX = r"(?:\+\s?44\s?(?:\(0\)\s?)?|0044\s?|\(0|0)"
# 9 or 10 digits after the trunk 0, each optionally after a space, dash or closing bracket.
_NUMBER = _PREFIX + r"[1-9](?:[ \u00a0\-)]{0,2}\d){8,9}"
_NON_DIGIT = re.compile(r"\D")


def national_digits(raw: str) -> str:
    """National form, digits only: "+44 (0)1634 415067" and "(01634) 415067" -> "01634415067"."""
    digits = _NON_DIGIT.sub("", raw or "")
    if digits.startswith("0044"):
        digits = digits[4:]
    elif digits.startswith("44") and len(digits) >= 11:
        digits = digits[2:]
    digits = digits.lstrip("0")  # the trunk 0, or the "(0)" written after +44
    return "0" + digits if digits else ""


class UkPhoneRecognizer(WindowedRecognizer):
    ENTITY = "UK_PHONE"

    PATTERNS = [
        Pattern(
            "GB number",
            r"(?<![\w+/.\-£$€#])(?P<value>" + _NUMBER + r")(?![\w/]|[.\-]\d)",
            0.5,
        ),
    ]

    CONTEXT = [
        "phone",
        "tel",
        "telephone",
        "mobile",
        "mob",
        "landline",
        "contact",
        "call",
        "ring",
    ]
    # An 11-digit reference after one of these is not a phone number. ("number" is not context:
    # it would stand between "Invoice" and the digits and hide the stop word.)
    STOP_WORDS = frozenset(
        """invoice inv ref reference order account acct policy case reg registration crn vat
        sort nhs chi ni nino serial tracking batch""".split()
    )

    def normalize(self, value):
        return national_digits(value)

    def validate_result(self, pattern_text):
        number = phonenumbers.PhoneNumber(
            country_code=44, national_number=int(national_digits(pattern_text))
        )
        # Building the PhoneNumber directly skips parse() (15 µs) and checks GB lengths only.
        return None if phonenumbers.is_possible_number(number) else False
