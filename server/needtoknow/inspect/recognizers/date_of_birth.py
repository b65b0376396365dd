"""DATE_OF_BIRTH: a date right after "DOB", "date of birth" or "born" (further on in its sentence
after "born", unless a word between says the date is another event's).

Letters and rotas are full of dates (visits, reviews, invoices); a date only says when someone was
born when the text says so, so context is required and must sit close to the date.
"""
import re
from datetime import date

from .contract import Pattern
from .windowed import NOT_AFTER_ONE_DOT, WindowedRecognizer

_MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DAY = r"(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_BEFORE = r"(?<![\w/\-])" + NOT_AFTER_ONE_DOT
_AFTER = r"(?![\w/]|[.\-]\d)"


def _date(name, body):
    return Pattern(name, rf"{_BEFORE}(?P<value>{body}){_AFTER}", 0.5)


class DateOfBirthRecognizer(WindowedRecognizer):
    ENTITY = "DATE_OF_BIRTH"

    PATTERNS = [
        _date("day month year", rf"{_DAY}\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}"),
        _date("month day year", rf"{_MONTH}\s+{_DAY},?\s+\d{{4}}"),
        # Spreadsheets' and care systems' "04-Nov-1929", "04/Nov/29", "04 NOV 29".
        _date("dd-mon-yy", rf"\d\d?([\-/ ]){_MONTH}\2(?:\d{{4}}|\d\d)"),
        _date("dd/mm/yyyy", r"\d\d?([/.\-])\d\d?\2(?:\d{4}|\d\d)"),
        _date("dd mm yyyy", r"\d\d? \d\d? \d{4}"),
        # ISO, or an ISO timestamp as systems export it ("2024-03-15T14:30:00Z").
        _date("ISO", r"\d{4}-\d\d-\d\d(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+\-]\d\d:?\d\d)?)?"),
    ]

    CONTEXT = ["dob", "d.o.b", "d o b", "date of birth", "birth date", "birthdate", "born",
               "birthday"]
    AFTER_GAP_WORDS = 3  # "04/11/1929 (DOB)", "04/11/1929 is my birthday"
    CONTEXT_REQUIRED = True
    MAX_GAP_WORDS = 4  # "DOB (dd/mm/yyyy): 04/11/1929", "born on the 4th of"
    # "born" reaches further in its sentence: "She was born in Chatham, Kent, on 4 November 1929".
    BRIDGE_WORDS = 10
    # "born in Kent, moved here 03/12/1990": the date is some other event's.
    STOP_WORDS = frozenset(
        """moved visit visited seen admitted discharged died since until started joined updated
        printed review appointment married after before party""".split()
    )

    def bridges(self, phrase):
        return phrase.lower() == "born"

    def validate_result(self, pattern_text):
        parsed = _parse(pattern_text.lower())
        return None if parsed and date(1890, 1, 1) <= parsed <= date.today() else False


def _parse(text):
    """The date a matched text means (UK order), or None if it names no real day."""
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    month = next((i + 1 for i, m in enumerate(_MONTHS) if m in text), None)
    try:
        if month:
            day = next(n for n in numbers if n <= 31)
            return date(_century(numbers[-1]), month, day)
        if numbers[0] > 31:  # ISO: year first
            return date(numbers[0], numbers[1], numbers[2])
        day, month, year = numbers
        return date(_century(year), month, day)
    except (ValueError, StopIteration):
        return None


def _century(year):
    """Two-digit years of birth: this century only if already past."""
    if year >= 100:
        return year
    return year + (2000 if year <= date.today().year % 100 else 1900)
