"""ACCESS_CODE: key safe, door entry, alarm and lockbox codes — the incident's most dangerous field.

A bare four-digit number is everywhere (years, rooms, extensions, invoice lines), so a code only
counts right after one of the CONTEXT phrases: the `Key safe: ` label of a table cell, or prose
like "the key safe code is 4812". At most a few words may come between phrase and code, and none
of them may say the number is something else ("fitted in 2019", "invoice 12345").
"""
import re

from presidio_analyzer import Pattern

from .windowed import WindowedRecognizer

# Not glued to other digits, times (14:30), dates (03/12/2024), decimals, money or ranges,
# nor one group of a longer spaced number ("Lifeline alarm number 01622 334455").
_BEFORE = r"(?<![\w/.,+\-£$€#])(?<!\d:)(?<!\d[ \-])"
_AFTER = r"(?![\w/£$€%]|[.,:\-]\d|[ \-]\d)"


class AccessCodeRecognizer(WindowedRecognizer):
    ENTITY = "ACCESS_CODE"

    PATTERNS = [
        Pattern("digits", _BEFORE + r"(?P<value>\d{4,6})" + _AFTER, 0.5),
        Pattern("letter and digits", _BEFORE + r"(?P<value>[A-Z]\d{3,6})" + _AFTER, 0.5),
        Pattern("spaced digits", _BEFORE + r"(?P<value>\d(?:[ \-]\d){3,5})" + _AFTER, 0.5),
    ]

    CONTEXT = [
        "key safe",
        "key safe code",
        "ks",
        "k/s",
        "key box",
        "key code",
        "lock box",
        "door entry",
        "door code",
        "entry code",
        "gate code",
        "access code",
        "alarm",
        "alarm code",
    ]
    CONTEXT_REQUIRED = True
    MAX_GAP_WORDS = 4  # "key safe code for Mrs Smith: 4812"
    STOP_LOOKBACK = 4
    STOP_WORDS = frozenset(
        """year years fitted installed bought ordered set time times clock date dated test tested
        testing check checked call calls service serviced po box room ext extension tel phone
        mobile fax invoice inv order ref reference account acct company reg registration vat
        serial model part item page version price cost costs paid pay total conduct
        policy""".split()
    )
    # Right before a number these make it a year or a time; further back ("key safe at the back
    # door: 4812") they do not.
    STOP_BEFORE = frozenset("in on at by since from until till before after during".split())

    STOP_AFTER = frozenset(
        """model models version edition series miles mile items pounds gbp pence hours hrs hr
        mins minutes am pm kg mm cm""".split()
    )

    def normalize(self, value):
        return re.sub(r"[\s\-]", "", value).upper()


def mask(code: str) -> str:
    """A code as people may see it in a warning: the first two characters, the rest starred."""
    return code[:2] + "*" * max(len(code) - 2, 2)
