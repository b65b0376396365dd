"""Which directory clients a text names or identifies.

A ClientIndex is built once per directory version. Names and address keys (postal_address: full
keys identify, partial ones count like a postcode; a full key shared by clients who do not live
together is only partial) go into one
Aho-Corasick automaton over normalised text (lower case, punctuation and apostrophes as spaces,
single spaces), so a scan costs one pass whatever the directory's size. Phone numbers, postcodes
and NHS numbers are found by the recognizers, which already normalise them; here they are
dictionary look-ups.

Name forms per client: "joan smith" (also "Mrs Joan Smith", "Joan Smith's"), the full stored name
with middle names, "smith joan" (for "SMITH, Joan"), and "j smith" and "smith j" (for "J. Smith",
"Mrs J Smith", "SMITH, J.") only when no other client shares that initial and surname: an
ambiguous initial would name the wrong client. Single-word names are never matched. Hyphenated
names also match with a space; "O'Connor" matches "O’Connor", "O'Connor" and "OConnor"; accents
are dropped on both sides ("Zoë", "Zoe"); a list's "Surname: Smith | Forename: Joan" columns
read "smith joan".
"""
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import ahocorasick

from .health_terms import health_units
from .postal_address import address_keys
from .recognizers import national_digits, nhs_digits, normalize_postcode

_NON_WORD = re.compile(r"[^\w\-]+")  # apostrophes included: "o'connor" -> "o connor"
_ACCENT = re.compile(r"[\u0300-\u036f]")  # combining marks, once NFKD has split them off
# Column labels between the parts of a name: "Surname: Smith | Forename: Joan" is "Smith Joan".
# Found from the literal "name" (a fast scan), then the word before it is checked.
_NAME_WORD = re.compile(r"names?(?: |$)")
_NAME_LABEL = re.compile(r"(?<![^ ])(?:first|fore|given|sur|last|family|middle|christian)[ -]?$")
# "Vane's" is Vane, not "Vane S." (an initial): the possessive goes before matching.
_POSSESSIVE = re.compile(r"(?<=\w)['’]s\b")
_APOSTROPHE = re.compile(r"['’‘`´]")
_TITLES = frozenset("mr mrs ms miss mx dr rev sir lady lord dame prof".split())
_PARTICLES = frozenset("van von der den de del della di da du la le st".split())


def normalise(text: str) -> str:
    """The form both the automaton's keys and the scanned text are put in: lower case, accents
    dropped ("Zoë", "Zoe" and a decomposed "Zoë" are one name), punctuation as single spaces."""
    if not text.isascii():
        text = _ACCENT.sub("", unicodedata.normalize("NFKD", text))
    return _NON_WORD.sub(" ", text.lower()).strip()


@dataclass(frozen=True)
class ClientRecord:
    """A client as imported: raw strings, any of which may be empty."""

    id: str
    full_name: str = ""
    phone: str = ""
    address: str = ""
    postcode: str = ""
    nhs_number: str = ""


@dataclass(frozen=True)
class ClientMatch:
    named: frozenset = frozenset()  # name appears
    strong: frozenset = frozenset()  # phone, NHS number or full address appears
    weak: frozenset = frozenset()  # postcode or a partial address (house name alone) appears
    # which identifier made a client `strong` (for the audit's exposure categories)
    street: frozenset = field(default=frozenset(), compare=False)
    phone: frozenset = field(default=frozenset(), compare=False)
    nhs: frozenset = field(default=frozenset(), compare=False)


class ClientIndex:
    """The directory's clients, ready to be found in text. Build with ClientIndex.build()."""

    def __init__(self, automaton, by_phone, by_postcode, by_nhs, org_phones, org_postcodes, size,
                 common=frozenset()):
        self._automaton = automaton
        self._common = common  # clients whose full name a staff member or relative shares
        self._by_phone, self._by_postcode, self._by_nhs = by_phone, by_postcode, by_nhs
        self.org_phones, self.org_postcodes = org_phones, org_postcodes
        self.size = size

    def __len__(self):
        return self.size

    @classmethod
    def build(cls, clients, org_phones=(), org_postcodes=(), other_names=()):
        """Index `clients` (ClientRecords); the organisation's own numbers identify nobody;
        `other_names` are the full names of the directory's staff and relatives."""
        clients = list(clients)
        others = {" ".join(_name_tokens(n)) for n in other_names} - {""}
        common = frozenset(c.id for c in clients if " ".join(_name_tokens(c.full_name)) in others)
        org_phones = frozenset(filter(None, map(national_digits, org_phones)))
        org_postcodes = frozenset(filter(None, map(normalize_postcode, org_postcodes)))
        by_phone, by_postcode, by_nhs = defaultdict(set), defaultdict(set), defaultdict(set)
        for client in clients:
            phone, postcode = national_digits(client.phone), normalize_postcode(client.postcode)
            nhs = nhs_digits(client.nhs_number)
            if len(phone) >= 10 and phone not in org_phones:
                by_phone[phone].add(client.id)
            if postcode and postcode not in org_postcodes:
                by_postcode[postcode].add(client.id)
            if len(nhs) == 10:
                by_nhs[nhs].add(client.id)
        automaton = _automaton(clients)
        freeze = lambda d: {k: frozenset(v) for k, v in d.items()}  # noqa: E731
        return cls(automaton, freeze(by_phone), freeze(by_postcode), freeze(by_nhs),
                   org_phones, org_postcodes, len(clients), common)  # fmt: skip

    def health_named(self, text):
        """Clients named in a sentence, list item or table row with a care or health word
        (health_terms), but not one whose name a staff member or relative shares."""
        named = set()
        for unit in health_units(text):
            named |= self.match(unit).named
        return frozenset(named - self._common)

    def match(self, text, phones=(), postcodes=(), nhs_numbers=()):
        """Clients in `text`; phones, postcodes and NHS numbers come normalised by recognizers."""
        named, street, weak = set(), set(), set()
        if self._automaton is not None:
            norm = _without_name_labels(normalise(_POSSESSIVE.sub("", text)))
            for end, (length, name_of, full_of, partial_of) in self._automaton.iter(norm):
                if _is_word_edge(norm, end - length) and _is_word_edge(norm, end + 1):
                    named.update(name_of)
                    street.update(full_of)
                    weak.update(partial_of)
        by_phone = frozenset().union(*(self._by_phone.get(p, ()) for p in phones))
        by_nhs = frozenset().union(*(self._by_nhs.get(n, ()) for n in nhs_numbers))
        by_postcode = frozenset().union(*(self._by_postcode.get(p, ()) for p in postcodes))
        street = frozenset(street)
        return ClientMatch(frozenset(named), street | by_phone | by_nhs, frozenset(weak) | by_postcode,
                           street, by_phone, by_nhs)


def _without_name_labels(norm):
    """ "surname smith forename joan" -> "smith joan": a list's columns split its names."""
    if "name" not in norm:
        return norm
    out, kept = [], 0
    for word in _NAME_WORD.finditer(norm):
        label = _NAME_LABEL.search(norm, max(kept, word.start() - 10), word.start())
        if label is not None:
            out.append(norm[kept : label.start()])  # ends with the space before the label
            kept = word.end()
    return "".join(out) + norm[kept:] if out else norm


def _is_word_edge(norm, i):
    return i < 0 or i >= len(norm) or norm[i] == " "


def _automaton(clients):
    keys = defaultdict(lambda: (set(), set(), set()))  # key -> (named so, full, partial)
    initials = Counter(_initial_form(c.full_name) for c in clients)
    households = defaultdict(set)  # full key -> the households of the clients it names
    for client in clients:
        for key in _name_forms(client.full_name, initials):
            keys[key][0].add(client.id)
        full, partial = _address_forms(client.address)
        for key, household in full.items():
            keys[key][1].add(client.id)
            households[key].add(household)
        for key in partial:
            keys[key][2].add(client.id)
    for key, homes in households.items():
        if len(homes) > 1:  # shared by clients who do not live together: identifies none of them
            keys[key][2].update(keys[key][1])
            keys[key][1].clear()
    if not keys:
        return None  # pyahocorasick cannot search an empty automaton
    automaton = ahocorasick.Automaton()
    for key, (name_of, full_of, partial_of) in keys.items():
        automaton.add_word(key, (len(key), frozenset(name_of), frozenset(full_of),
                                 frozenset(partial_of - full_of)))
    automaton.make_automaton()
    return automaton


def _address_forms(address):
    """({full key: household}, partial keys), for the address as written and without apostrophes."""
    full, partial, household = address_keys(address or "", normalise)
    for spelling in (_APOSTROPHE.sub("", address or ""), _POSSESSIVE.sub("", address or "")):
        bare, more, _ = address_keys(spelling, normalise)  # "St Marys Rd"; "St Mary's" as read
        full, partial = full | bare, partial | more
    return dict.fromkeys(full, household), partial - full


def _name_tokens(full_name):
    """Normalised words of a name, titles dropped; "O'Connor" stays one word ("o connor")."""
    tokens = [t for t in (normalise(w) for w in full_name.split()) if t]
    while tokens and tokens[0] in _TITLES:
        tokens = tokens[1:]
    return tokens


def _given_surname(tokens):
    """("mary-jane", "van der berg"): particles belong to the surname."""
    first = len(tokens) - 1
    while first > 1 and tokens[first - 1] in _PARTICLES:
        first -= 1
    return tokens[0], " ".join(tokens[first:])


def _initial_form(full_name):
    tokens = _name_tokens(full_name)
    if len(tokens) < 2:
        return None
    given, surname = _given_surname(tokens)
    return f"{given[0]} {surname}"


def _name_forms(full_name, initials):
    forms = set()
    unique_initial = initials[_initial_form(full_name)] == 1
    for spelling in {full_name, _APOSTROPHE.sub("", full_name)}:
        tokens = _name_tokens(spelling)
        if len(tokens) < 2 or len(tokens[-1]) < 2:
            continue
        given, surname = _given_surname(tokens)
        forms |= {" ".join(tokens), f"{given} {surname}", f"{surname} {given}"}
        if unique_initial:
            forms |= {f"{given[0]} {surname}", f"{surname} {given[0]}"}  # "SMITH, J."
    return forms | {f.replace("-", " ") for f in forms}
