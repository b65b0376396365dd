"""Which lines of a client's postal address identify them (SPEC "Definitions": a full address).

An address identifies its resident only through a line specific to them: the house number or
house name *together with* the street, and a flat *together with* its building and street. Those
lines are the *full* keys. A house name alone ("Rose Cottage"), a flat with its building but no
street ("Flat 3, Orchard Court") or a building alone are *partial* keys: like a postcode they
identify a client only next to their name. A street alone, a town or "Flat 3" identify nobody.

    "58 Albemarle Road, Lordswood"           full  "58 albemarle road"
    "Rose Cottage, Mill Lane, Hoo"           full  "rose cottage mill lane";  partial "rose cottage"
    "Flat 2, Orchard Court, 5 Mill Lane"     full  "flat 2 orchard court 5 mill lane";
                                             partial "flat 2 orchard court", "orchard court",
                                             "orchard court 5 mill lane", "5 mill lane"

Keys are in directory_match.normalise()'s form; every spelling of Rd/Road, St/Street … is a key.
Whether a key shared by several clients still identifies any of them is the index's call.
"""
import re

STREET_WORDS = [
    ("road", "rd"), ("street", "st"), ("avenue", "ave", "av"), ("lane", "ln"), ("close", "cl"),
    ("crescent", "cres"), ("drive", "dr"), ("gardens", "gdns"), ("place", "pl"),
    ("square", "sq"), ("court", "ct"), ("terrace", "terr", "tce"), ("grove", "gro"),
    ("park", "pk"), ("parade", "pde"), ("green", "grn"), ("way",), ("walk",), ("hill",),
    ("row",), ("rise",), ("mews",), ("view",), ("gate",), ("wharf",), ("quay",),
]  # fmt: skip
SPELLINGS = {word: group for group in STREET_WORDS for word in group}  # "rd" -> road, rd
_FLAT_WORDS = frozenset("flat apartment apt unit room suite".split())
_NUMBER = re.compile(r"^\d+[a-z]?$")


def address_keys(address, normalise, limit=16):
    """(full keys, partial keys, household) of an address; `normalise` is the index's."""
    segments = [normalise(s) for s in (address or "").split(",")]
    flat, name, street = _parts(segments)
    full, partial = [], []
    numbered = bool(street) and _NUMBER.match(street.split()[0]) is not None
    if flat:
        if street:
            full.append(" ".join(p for p in (flat, name, street) if p))
        if name:
            partial += [f"{flat} {name}", name] + ([f"{name} {street}"] if street else [])
        if numbered:
            partial.append(street)
    else:
        if name and street:
            full.append(f"{name} {street}")
        if numbered:
            full.append(street)
        if name:
            partial.append(name)
    household = " ".join(s for s in segments if s)  # the whole address, town included
    spell = lambda keys: {s for k in keys if len(k.split()) >= 2 for s in _spellings(k, limit)}  # noqa: E731
    return spell(full), spell(partial) - spell(full), _canonical(household)


def _parts(segments):
    """(flat, house or building name, street line), each normalised, "" when absent."""
    segments = [s for s in segments if s]
    flat = name = street = ""
    if segments and segments[0].split()[0] in _FLAT_WORDS and len(segments[0].split()) >= 2:
        words = segments[0].split()
        flat, rest = " ".join(words[:2]), " ".join(words[2:])
        segments = ([rest] if rest else []) + segments[1:]
    if len(segments) > 1 and _NUMBER.match(segments[0]):  # "58, Albemarle Road"
        segments = [f"{segments[0]} {segments[1]}"] + segments[2:]
    if not segments:
        return flat, name, street
    first, numbered_next = segments[0], len(segments) > 1 and _NUMBER.match(segments[1].split()[0])
    if _NUMBER.match(first.split()[0]) or (first.split()[-1] in SPELLINGS and not numbered_next):
        return flat, name, first
    name = first
    if len(segments) > 1:
        street = segments[1]
    return flat, name, street


def _spellings(key, limit):
    variants = [""]
    for token in key.split():
        options = sorted(SPELLINGS.get(token, {token}))
        variants = [f"{v} {s}".strip() for v in variants for s in options][:limit]
    return variants


def _canonical(line):
    """One spelling per line ("rd" -> "road"), so two records of one household compare equal."""
    return " ".join(SPELLINGS.get(t, (t,))[0] for t in line.split())
