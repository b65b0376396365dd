"""The contract of one import row: marshmallow schemas for people.csv and relationships.csv.

Messages read after the column name ("phone is not a UK phone number") and never contain the
value, which may be a client's name, phone or NHS number. Loaded rows are canonical: kind and email
lower case, postcode upper case with one space, NHS number as `NNN NNN NNNN`, relationship as
lower-case words joined by `_`.
"""
import re
from datetime import date

from marshmallow import (EXCLUDE, Schema, ValidationError, fields, post_load, validate,
                         validates_schema)

from .addresses import normalise
from .models import KINDS

PEOPLE_COLUMNS = ("id", "kind", "full_name", "email", "phone", "address", "postcode", "nhs_number")
PEOPLE_REQUIRED = ("id", "kind", "full_name")
RELATIONSHIP_COLUMNS = ("person_id", "client_id", "relationship", "valid_from", "valid_to")
RELATIONSHIP_REQUIRED = ("person_id", "client_id", "relationship")

_PHONE_PUNCTUATION = re.compile(r"[\s().\-/]")
_UK_PHONE = re.compile(r"0[1-9]\d{8,9}")
_INTERNATIONAL_PHONE = re.compile(r"(?:\+|00)[1-9]\d{6,14}")
_POSTCODE = re.compile(r"([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})")
_NHS_PUNCTUATION = re.compile(r"[\s\-.]")
_RELATIONSHIP = re.compile(r"[a-z][a-z0-9_]*")
_EMAIL = validate.Email()
_PLAIN_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")


def uk_phone(value):
    """True for a UK number in any usual spelling, or an international one written with +/00."""
    digits = _PHONE_PUNCTUATION.sub("", value)
    digits = re.sub(r"^(?:\+44|0044)0?", "0", digits)
    return bool(_UK_PHONE.fullmatch(digits) or _INTERNATIONAL_PHONE.fullmatch(digits))


def canonical_postcode(value):
    """`'me5 6jw'` → `'ME5 6JW'`; None when it is not a full UK postcode."""
    match = _POSTCODE.fullmatch(value.upper().replace(" ", ""))
    return f"{match.group(1)} {match.group(2)}" if match else None


def nhs_check_digit(nine_digits):
    """The mod-11 check digit for the first nine digits, or None when no number can have them."""
    total = sum(int(d) * (10 - i) for i, d in enumerate(nine_digits))
    check = 11 - total % 11
    return None if check == 10 else check % 11


def canonical_nhs_number(value):
    """`'4189958271'` → `'418 995 8271'`; None unless 10 digits with a valid check digit."""
    digits = _NHS_PUNCTUATION.sub("", value)
    if len(digits) != 10 or not digits.isdigit():
        return None
    if nhs_check_digit(digits[:9]) != int(digits[9]):
        return None
    return f"{digits[:3]} {digits[3:6]} {digits[6:]}"


def canonical_email(value):
    """The normalised address, or None when it is not a valid email address."""
    # plain addresses skip the RFC 5322 parser: same result, a tenth of the time on big imports
    address = value.lower() if _PLAIN_EMAIL.fullmatch(value) else normalise(value)
    try:
        return _EMAIL(address)
    except ValidationError:
        return None


def canonical_phone(value):
    return value if uk_phone(value) else None


def canonical_kind(value):
    value = value.lower()
    return value if value in KINDS else None


def canonical_relationship(value):
    """`'Next of kin'` and `'next-of-kin'` both mean `next_of_kin`."""
    value = re.sub(r"[\s\-]+", "_", value.lower())
    return value if _RELATIONSHIP.fullmatch(value) else None


class Text(fields.String):
    """A string of at most `max_length` characters, put in canonical form by `canonical`, which
    returns None for a value it does not accept (then `message` is the error).

    Checks live here rather than in `validate=[...]`: an import runs this 500,000 times."""

    def __init__(self, max_length, canonical=None, message="", **kwargs):
        messages = {"required": "is required", "null": "is required", "invalid": "is not text"}
        super().__init__(error_messages=messages, **kwargs)
        self.max_length, self.canonical, self.message = max_length, canonical, message

    def _deserialize(self, value, attr, data, **kwargs):
        value = super()._deserialize(value, attr, data, **kwargs)
        if len(value) > self.max_length:
            raise ValidationError(f"is longer than {self.max_length} characters")
        if self.canonical is not None:
            value = self.canonical(value)
            if value is None:
                raise ValidationError(self.message)
        return value


def _required(max_length, canonical=None, message=""):
    return Text(max_length, canonical, message, required=True)


def _optional(max_length, canonical=None, message=""):
    return Text(max_length, canonical, message, load_default=None)


class PersonSchema(Schema):
    class Meta:
        unknown = EXCLUDE  # the header check reports unknown columns once, not on every row

    id = _required(64)
    kind = _required(20, canonical_kind, "must be one of " + ", ".join(KINDS))
    full_name = _required(200)
    email = _optional(320, canonical_email, "is not a valid email address")
    phone = _optional(40, canonical_phone, "is not a UK phone number")
    address = _optional(300)
    postcode = _optional(10, canonical_postcode, "is not a UK postcode")
    nhs_number = _optional(14, canonical_nhs_number,
                           "is not a valid NHS number (10 digits, mod-11 check digit)")

    @post_load
    def _in_column_order(self, row, **_kwargs):
        return {column: row.get(column) for column in PEOPLE_COLUMNS}


DATE_HINT = "is not a date: write YYYY-MM-DD or DD/MM/YYYY (with a four-digit year)"
_UK_DATE = re.compile(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})")


def parse_date(value):
    """ISO `2024-03-01`, or the UK's `01/03/2024` (also with `-` or `.`): with a four-digit
    year last, the day comes first, so there is no doubt. None for anything else."""
    value = value.strip()
    try:
        if len(value) == 10 and value[4] == "-":
            return date.fromisoformat(value)
        match = _UK_DATE.fullmatch(value)
        if match:
            day, month, year = map(int, match.groups())
            return date(year, month, day)
    except ValueError:
        return None
    return None


class Day(fields.Field):
    def _deserialize(self, value, attr, data, **kwargs):
        parsed = parse_date(value) if isinstance(value, str) else None
        if parsed is None:
            raise ValidationError(DATE_HINT)
        return parsed


def _date():
    return Day(load_default=None)


class RelationshipSchema(Schema):
    class Meta:
        unknown = EXCLUDE

    person_id = _required(64)
    client_id = _required(64)
    relationship = _required(40, canonical_relationship,
                             "must be words like next_of_kin, assigned_carer or gp")
    valid_from = _date()
    valid_to = _date()

    @validates_schema
    def _dates_in_order(self, row, **_kwargs):
        start, end = row.get("valid_from"), row.get("valid_to")
        if start and end and end < start:
            raise ValidationError("is before valid_from", "valid_to")

    @post_load
    def _columns(self, row, **_kwargs):
        return {column: row.get(column) for column in RELATIONSHIP_COLUMNS}
