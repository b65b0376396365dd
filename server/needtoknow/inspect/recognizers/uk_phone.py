"""UK_PHONE: British phone numbers as care lists write them, normalised to national digits.

Stock Presidio runs phonenumbers' matcher for eight regions; our clients and their families are in
the UK, so one regex finds GB-shaped candidates (`+44 1634 415067`, `(01634) 415067`,
`01634-415067`, `07700 900123`) and phonenumbers (GB metadata) checks the length is possible.
Possible-but-not-valid numbers still count: client lists are typed by hand and hold typos.
"""
import re
from functools import lru_cache

import phonenumbers

from .contract import Pattern
from .windowed import NOT_AFTER_ONE_DOT, WindowedRecognizer

# +44, +44 (0), +44 (20) …, (+44), 0044, 00 44, and 44 with a space (needs a "Tel" label).
_PREFIX = (r"(?:(?:\+\s?|00\s?)44[\s.\-]?(?:\(0\)\s?|\((?=[1-9]\d{1,3}\)))?|\(\+44\)\s?"
           r"|44\s(?=[1-9])|\(0|0)")
# 9 or 10 digits after the trunk 0, each optionally after a space, dash, dot or closing bracket.
_NUMBER = _PREFIX + r"[1-9](?:[ \u00a0\-.)]{0,2}\d){8,9}"
# A spreadsheet drops the leading 0 of a number typed into a number cell: 1632960123 under
# "Tel" is a phone number (needs_context), anywhere else just ten digits.
_NO_ZERO = r"[1237]\d{9}"
_NON_DIGIT = re.compile(r"\D")
# Not glued to words, money or references; "/" only between numbers ("01632 960123/07700 900123").
_BEFORE = r"(?<![\w+\-£$€#])(?<![^\d\s]/)" + NOT_AFTER_ONE_DOT
# Nor followed by more digit groups (an over-long number is not a truncated valid one) or a time.
_AFTER = r"(?![\w]|/[^\d\s]|[.\-:]\d| \d{1,2}\b)"
# An extension, glued or spaced ("01632 960123x45", "… ext. 45"): part of the number, not kept.
_EXTENSION = r"(?:[ ]?(?:x|ext\.?|extn\.?)[ ]?\d{1,5})?"
_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.\d{2,4}")


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
        # Leading with the first character's set lets re skip to candidates (twice as fast).
        Pattern(
            "GB number",
            r"(?=[+(\d])" + _BEFORE + r"(?P<value>%s|%s)" % (_NUMBER, _NO_ZERO) + _EXTENSION + _AFTER,
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
        sort nhs chi ni nino serial tracking batch id urn uprn payroll ticket claim
        membership""".split()
    )

    def normalize(self, value):
        return national_digits(value)

    def needs_context(self, value):
        return value[0] in "1237" or value.startswith("44 ")

    def invalidate_result(self, pattern_text):
        return _DOTTED_DATE.search(pattern_text) is not None  # "02.04.2012 14:20" is a date

    def validate_result(self, pattern_text):
        return None if _possible(national_digits(pattern_text)) else False


@lru_cache(maxsize=4096)
def _possible(national):
    """Whether a GB number of these national digits has a possible length. Building the
    PhoneNumber directly skips parse() (15 µs); remembered, because the same numbers (a client
    list's, the office's) come round in message after message."""
    return phonenumbers.is_possible_number(phonenumbers.PhoneNumber(country_code=44, national_number=int(national)))
