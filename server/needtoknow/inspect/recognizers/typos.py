"""Label words written with one slip: "keysaef", "kye safe", "lockbx", "padlcok".

Every spelling one edit (insert, delete, substitute, swap of neighbours) away from a label word
of at least five letters goes into one Aho-Corasick automaton, so finding them all costs a
single pass in C over the lower-cased text. Spellings that are ordinary words or phrases
("key sale", "key case", "sentry") are left out: they would make any number after them a code.
"""
import re
import string
from dataclasses import dataclass

import ahocorasick

_LETTERS = string.ascii_lowercase
# One edit from a label, yet ordinary English: never read as a label.
ORDINARY = frozenset(
    "key sale, key case, key cafe, key sake, key same, key save, key site, key sage, key safes, "
    "keysafes, sentry, gentry, entre, alarms, alarum, padlocks, keypads, keycodes, entrances, "
    "lockboxes, combinations, doors, keyed, keyboard, keypal, keynote, keysake".split(", ")
)


def edits(word):
    """Every spelling one edit from `word` (a space counts as a character, so "keysafe" and
    "key safe" are one edit apart)."""
    alphabet = _LETTERS + " "
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in alphabet}
    out |= {a + c + b for a, b in splits for c in alphabet}
    return {e.strip() for e in out if " " not in (e[:1], e[-1:]) and "  " not in e}


@dataclass(frozen=True)
class Hit:
    """A label found with a slip: the re.Match surface the windowed recognizer reads."""

    _start: int
    _end: int

    def start(self):
        return self._start

    def end(self):
        return self._end


class TypoLabels:
    """Finds the one-slip spellings of some label words in text."""

    def __init__(self, labels, exact_pattern, ordinary=()):
        exact = re.compile(exact_pattern, re.I)
        automaton = ahocorasick.Automaton()
        skip = set(ordinary) | ORDINARY
        for label in labels:
            if len(label.replace(" ", "")) < 5:
                continue
            for spelling in edits(label):
                if spelling not in skip and not exact.fullmatch(spelling) and len(spelling) >= 4:
                    automaton.add_word(spelling, len(spelling))
        self._automaton = automaton if len(automaton) else None
        if self._automaton is not None:
            automaton.make_automaton()

    def finditer(self, text, start=0, end=None):
        """Hits in text[start:end], whole words only, left to right, longest at each place."""
        if self._automaton is None:
            return []
        end = len(text) if end is None else end
        low = text[start:end].lower().replace("-", " ")  # "key-saef": a hyphen as a space
        hits = {}
        for last, length in self._automaton.iter(low):
            first = last - length + 1
            if (first == 0 or not low[first - 1].isalnum()) and (
                last + 1 == len(low) or not low[last + 1].isalpha()
            ):
                if hits.get(first, -1) < last + 1:
                    hits[first] = last + 1
        return [Hit(start + a, start + b) for a, b in sorted(hits.items())]
