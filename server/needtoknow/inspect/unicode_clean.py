"""Text as a reader sees it, before anything looks for fields in it.

`clean()`: every Default_Ignorable_Code_Point (UAX #44: soft hyphens, zero-width characters,
format and bidi controls, variation selectors, tag characters, Hangul fillers …) removed, every
space separator (no-break, narrow, figure, ideographic …) read as a space, then Unicode NFKC
(full-width digits and letters, ligatures, superscripts, circled digits as their plain forms).

`skeleton()`: the cleaned text with each letter that only looks like a Latin one (Cyrillic "к",
Greek "Κ", per the Unicode TR39 confusables data shipped by `confusable_homoglyphs`) replaced by
that Latin letter, and other scripts' decimal digits by ASCII ones. One character for one, so the
skeleton has the cleaned text's offsets. Recognizers read the skeleton, so "кеу ѕаfе" is a key
safe label; directory names are matched on the cleaned text, so a Cyrillic name stays a name.

Values are taken from the text that was searched, so codes are masked from what was found,
whatever was hidden between their characters.
"""
import json
import os
import string
import unicodedata
from functools import cache

import re

import confusable_homoglyphs

# Unicode's Default_Ignorable_Code_Point (DerivedCoreProperties.txt) and space separators (Zs),
# written out for the standard library's fast character classes; a test checks both against
# the `regex` module's \p{Default_Ignorable_Code_Point} and \p{Zs}.
IGNORABLE = ("\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
             "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U0001bca0-\U0001bca3"
             "\U0001d173-\U0001d17a\U000e0000-\U000e0fff")
SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_IGNORABLE = re.compile("[%s]+" % IGNORABLE)
_SPACE = re.compile("[%s]" % SPACES)
_LETTERS = frozenset(string.ascii_letters)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def clean(text: str) -> str:
    if text.isascii():
        return text
    text = _SPACE.sub(" ", _IGNORABLE.sub("", text))
    return text if unicodedata.is_normalized("NFKC", text) else unicodedata.normalize("NFKC", text)


def skeleton(text: str) -> str:
    """`text` (already clean) with look-alike letters and foreign digits made ASCII."""
    if text.isascii():
        return text
    table = _table()
    # Only the (few) non-ASCII characters are looked up: a dict lookup per character of a long
    # text costs more than finding the few that need one.
    return _NON_ASCII.sub(lambda m: m.group(0).translate(table), text)


@cache
def _table():
    path = os.path.join(os.path.dirname(confusable_homoglyphs.__file__), "confusables.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    table = {}
    for key, glyphs in data.items():
        for glyph in (g["c"] for g in glyphs):
            for latin, other in ((key, glyph), (glyph, key)):
                if latin in _LETTERS and len(other) == 1 and not other.isascii():
                    table.setdefault(ord(other), latin)
    for code in list(_cased_letters(table)):
        table.setdefault(code[0], code[1])
    for code in range(0x80, 0x20000):
        if unicodedata.category(chr(code)) == "Nd":
            table.setdefault(code, str(unicodedata.decimal(chr(code))))
    return table


def _cased_letters(table):
    """Lower-case letters whose capital is a look-alike ("к" for "К" -> "K"): (code, latin)."""
    for code in range(0x370, 0x530):  # Greek and Cyrillic
        char = chr(code)
        upper = char.upper()
        if char.islower() and code not in table and len(upper) == 1 and ord(upper) in table:
            yield code, table[ord(upper)].lower()
