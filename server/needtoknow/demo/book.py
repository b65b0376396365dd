"""Unique made-up names, addresses, phone numbers, emails and NHS numbers from one random stream.

Draws happen in call order, so one seed always gives the same directory.
"""
import re
import unicodedata
from datetime import timedelta

from ..directory.import_schemas import nhs_check_digit
from . import names as N


class Book:
    """Draws unique names, addresses, numbers and emails from one random stream."""

    def __init__(self, rng):
        self.rng = rng
        self.taken = set()
        self._landlines = self._numbers(N.LANDLINE_RANGES)
        self._mobiles = self._numbers((N.MOBILE_RANGE,))

    def _numbers(self, patterns):
        """Each range in turn, shuffled; repeats only once every range is used up."""
        while True:
            for pattern in patterns:
                order = list(range(1000))
                self.rng.shuffle(order)
                yield from (pattern.format(i) for i in order)

    def landline(self):
        return next(self._landlines)

    def mobile(self):
        return next(self._mobiles)

    def unique(self, make, tries=20):
        """`make()` until it gives a value not seen before (or accept a repeat after `tries`)."""
        for _ in range(tries):
            value = make()
            if value not in self.taken:
                break
        self.taken.add(value)
        return value

    def name(self, surname=None):
        return f"{self.rng.choice(N.FIRST_NAMES)} {surname or self.rng.choice(N.SURNAMES)}"

    def email(self, full_name, domain, style="dotted"):
        first, last = (_ascii(part) for part in full_name.removeprefix("Dr ").split(" ", 1))
        if style == "dotted":
            local = f"{first}.{last}"
        else:
            local = f"{first}{last[0]}{self.rng.randint(1, 99)}"
        address, n = f"{local}@{domain}", 1
        while address in self.taken:
            n += 1
            address = f"{local}{n}@{domain}"
        self.taken.add(address)
        return address

    def address(self):
        town = self.rng.choice(tuple(N.TOWNS))
        street = f"{self.rng.choice(N.STREETS)} {self.rng.choice(N.STREET_KINDS)}"
        inward = self.rng.choice("123456789") + "".join(self.rng.choices(N.INWARD_LETTERS, k=2))
        postcode = f"{self.rng.choice(N.TOWNS[town])} {inward}"
        return f"{self.rng.randint(1, 240)} {street}, {town}", postcode

    def nhs_number(self):
        while True:
            digits = "".join(self.rng.choices("0123456789", k=9))
            check = nhs_check_digit(digits)
            if check is None:
                continue
            number = f"{digits[:3]} {digits[3:6]} {digits[6:]}{check}"
            if number not in self.taken:
                self.taken.add(number)
                return number

    def day(self, first, last):
        return first + timedelta(days=self.rng.randint(0, (last - first).days))


def _ascii(text):
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9-]", "", folded.lower())
