"""ACCESS_CODE: key safe, door entry, alarm and lockbox codes — the incident's most dangerous field.

A bare four-digit number is everywhere (years, rooms, extensions, invoice lines), so a code only
counts right after one of the CONTEXT phrases: the `Key safe: ` label of a table cell, the label
on the line above or in the cell beside, or prose like "the key safe code is 4812". At most a few
words may come between phrase and code, unless "code" bridges them ("Key safe round the back by
the bins, code 4812"), and none of them may say the number is something else ("fitted in 2019",
"invoice 12345"). A phrase just after a code counts too ("4812 (key safe)"), but not after what
reads as a time or a year.
"""
import re

from presidio_analyzer import Pattern

from .windowed import NOT_AFTER_ONE_DOT, WindowedRecognizer

# Not glued to other digits, times (14:30), dates (03/12/2024), decimals, money or ranges,
# nor one group of a longer spaced number ("Lifeline alarm number 01622 334455"). A keypad's
# "#" or "*" may come first ("door code #4821"): a reference's "#" has its word before it.
_BEFORE = r"(?<![\w/,+\-£$€])(?<!\d:)(?<!\d[ \-])" + NOT_AFTER_ONE_DOT
_AFTER = r"(?![\w/£$€%]|[.,:\-]\d|[ \-]\d)"
_SEPARATORS = re.compile(r"[\s\-]")
_YEAR = re.compile(r"19\d\d|20\d\d")


class AccessCodeRecognizer(WindowedRecognizer):
    ENTITY = "ACCESS_CODE"

    PATTERNS = [
        # Digits, a letter and digits, or spaced digits ("4 8 1 2"), in one pass over the text;
        # leading with the first character's set lets re skip to candidates.
        Pattern(
            "code",
            r"(?=[A-Z\d])" + _BEFORE + r"(?P<value>\d{4,6}|[A-Z]\d{3,6}|\d(?:[ \-]\d){3,5})"
            + _AFTER,
            0.5,
        ),
    ]

    CONTEXT = [
        "key safe",
        "key safe code",
        "ks",
        "k/s",
        "k.s",
        "key box",
        "key code",
        "lock box",
        "padlock",
        "keypad",
        "key pad",
        "combination",
        "door entry",
        "door",
        "gate",
        "door code",
        "door pin",
        "porch code",
        "entry code",
        "gate code",
        "access code",
        "alarm",
        "alarm code",
        # Labels only (windowed.context_regex): a cell under "Access" reads "Access: 4821", but
        # "access to work" and "entry 12 of 2024" are prose.
        "access:",
        "access info",
        "access information",
        "access details",
        "access instructions",
        "access notes",
        "entry:",
        "entry info",
        "entry details",
        "entry instructions",
    ]
    CONTEXT_REQUIRED = True
    MAX_GAP_WORDS = 4  # "key safe code for Mrs Smith: 4812"
    # "Key safe is round the back by the bins, code 4821": "code" carries the phrase further.
    LINK_WORDS = frozenset("code pin combination passcode".split())
    AFTER_GAP_WORDS = 3  # "4821 (key safe)", "code 4821 for the keysafe"
    STOP_LOOKBACK = 4
    STOP_WORDS = frozenset(
        """year years fitted installed bought ordered set time times clock date dated test tested
        testing check checked call calls service serviced po box room ext extension tel phone
        mobile fax invoice inv order ref reference account acct company reg registration vat
        serial model part item page version price cost costs paid pay total conduct
        policy product promo discount voucher tracking booking confirmation ticket job batch
        incident case issue
        visit visits arrive arrives arrival practice unit flat plot suite supra master
        masterlock""".split()
    )  # the last are key safe makes: "Key safe (Supra C500)" names the model, not the code
    # Right before a number these make it a year or a time; further back ("key safe at the back
    # door: 4812") they do not.
    STOP_BEFORE = frozenset(
        """in on at by since from until till before after during between daily weekdays
        weekends monday mon tuesday tue tues wednesday wed thursday thu thur thurs friday fri
        saturday sat sunday sun""".split()
    )

    STOP_AFTER = frozenset(
        """model models version edition series miles mile items pounds gbp pence hours hrs hr
        mins minutes am pm kg mm cm review budget onwards contract""".split()
    )

    def normalize(self, value):
        return _SEPARATORS.sub("", value).upper()

    def accepts_after_context(self, value):
        """A label after the number is weaker than one before: not for what reads as a time or
        a year ("0800 Mrs Smith (key safe)" on a rota is the visit's time)."""
        digits = self.normalize(value)
        return not (
            len(digits) == 4
            and digits.isdigit()
            and (_YEAR.fullmatch(digits) or (digits[:2] < "24" and digits[2:] < "60"))
        )


def mask(code: str) -> str:
    """A code as people may see it in a warning: the first two characters, the rest starred."""
    return code[:2] + "*" * max(len(code) - 2, 2)
