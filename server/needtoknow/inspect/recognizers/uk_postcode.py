"""UK_POSTCODE: any case, with no space, one or a few ("ME5 6JW", "me56jw", "ME5  6JW").

The letter rules per position are Royal Mail's (as in Presidio's UkPostcodeRecognizer), which
keeps words and reference numbers out. Presidio scores its own match 0.1, below the default
threshold, so stock Presidio reports no postcodes at all; here a well-formed postcode counts.
"""
import re

from .contract import Pattern
from .windowed import WindowedRecognizer

_INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
_OUTWARD = (
    r"GIR"
    r"|[A-PR-UWYZ][0-9][ABCDEFGHJKPSTUW]?"
    r"|[A-PR-UWYZ][0-9]{2}"
    r"|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRVWXY]?"
    r"|[A-PR-UWYZ][A-HK-Y][0-9]{2}"
)
_SPACE = re.compile(r"\s+")


def normalize_postcode(raw: str) -> str:
    """Upper case, no spaces: "me5 6jw" -> "ME56JW"."""
    return _SPACE.sub("", raw or "").upper()


class UkPostcodeRecognizer(WindowedRecognizer):
    ENTITY = "UK_POSTCODE"

    PATTERNS = [
        Pattern(
            "UK postcode",
            r"(?=[A-Z])(?<![\w\-/])(?P<value>(?:%s)[ \t\u00a0]{0,3}%s)(?![\w\-/])"
            % (_OUTWARD, _INWARD),
            0.5,
        ),
    ]

    CONTEXT = ["postcode", "post code", "address", "addr", "lives", "living"]

    def normalize(self, value):
        return normalize_postcode(value)
