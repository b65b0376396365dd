"""Addresses a small edit away from a directory address: the autocomplete slip behind most
misdirected email."""
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA


class Lookalikes:
    """Built once per directory revision over every directory address."""

    def __init__(self, emails):
        self._emails = list(emails)
        self._known = frozenset(self._emails)
        # the same colleagues are written to all day: remember answers for this directory revision
        self.nearest = lru_cache(maxsize=20_000)(self._nearest)

    def near(self, address, max_edits=2):
        """True when `address` is not in the directory but within `max_edits` insertions,
        deletions, substitutions or swaps of an address that is."""
        return self.nearest(address, max_edits) is not None

    def _nearest(self, address, max_edits=2):
        """The directory address `address` is probably meant to be, or None."""
        if not address or address in self._known or not self._emails or max_edits <= 0:
            return None
        found = process.extractOne(address, self._emails, scorer=OSA.distance,
                                   score_cutoff=max_edits)
        return found[0] if found is not None else None
