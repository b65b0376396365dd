"""Addresses a small edit away from a directory address: the autocomplete slip behind most
misdirected email.

"Within 2 edits" means the optimal string alignment distance (insertions, deletions,
substitutions and swaps of neighbours) of the whole address is at most 2. Comparing a recipient
with every directory address costs recipients × directory (25 s for 1,000 new recipients at 50,000
clients), so candidates come from an index and only they are compared:

- the domain: the few distinct directory domains within 2 edits of the recipient's (rapidfuzz
  over the distinct domains, tens of them; not over the addresses);
- the local part, per domain and length n: with at most two edits, either its first third
  (`l[:n//3]`) or its last third (`l[n-n//3:]`) comes through untouched, or one edit fell in each
  and the middle without its two end characters (`l[n//3+1 : n-n//3-1]`) did, shifted by at most
  one place. Three keys per address; a recipient looks up a few dozen keys and compares only
  the addresses found there, whatever the size of the directory.

That covers every near address whose "@" lines up with the recipient's. An "@" swapped with a
neighbour (`anna@b.example` → `ann@ab.example`) is covered by looking the swapped forms up too,
and an "@" moved further with nothing else changed by exact look-up; a recipient without exactly
one "@", or a limit above 2, is compared with every address (never in practice).
"""
import time
import weakref
from collections import defaultdict
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA

INDEXED_EDITS = 2


def _keys(local, domain):
    n, third = len(local), len(local) // 3
    return (("P", domain, n, local[:third]), ("S", domain, n, local[n - third:]),
            ("M", domain, n, local[third + 1:n - third - 1]))


class Lookalikes:
    """Built once per directory revision over every directory address."""

    def __init__(self, emails):
        self._emails = list(emails)
        self._known = frozenset(self._emails)
        self._index = defaultdict(list)
        self._odd = []  # addresses without exactly one "@": compared one by one
        for n, email in enumerate(self._emails):
            if n % 512 == 511:
                time.sleep(0)  # built beside checks (snapshots.py): let them have the interpreter
            if email.count("@") != 1:
                self._odd.append(email)
                continue
            local, domain = email.split("@")
            for key in _keys(local, domain):
                self._index[key].append(email)
        self._index = dict(self._index)
        self._domains = sorted({e.split("@")[1] for e in self._emails if e.count("@") == 1})
        # the same colleagues are written to all day: remember answers for this directory revision
        self.nearest = _cached(self._nearest, 20_000)
        self._near_domains = _cached(self._domains_within, 4096)

    def near(self, address, max_edits=2):
        """True when `address` is not in the directory but within `max_edits` insertions,
        deletions, substitutions or swaps of an address that is."""
        return self.nearest(address, max_edits) is not None

    def _nearest(self, address, max_edits=2):
        """The directory address `address` is probably meant to be, or None."""
        if not address or address in self._known or not self._emails or max_edits <= 0:
            return None
        if max_edits > INDEXED_EDITS or address.count("@") != 1:
            return _best_within(address, self._emails, max_edits)
        found = _best_within(address, self._odd, max_edits)
        for variant in _at_swapped(address):
            found = found or _best_within(address, self._candidates(variant), max_edits)
        return found or next((moved for moved in _at_moved(address) if moved in self._known), None)

    def _candidates(self, address):
        local, domain = address.split("@")
        found = set()
        for near_domain in self._near_domains(domain):
            for key in _query_keys(local, near_domain):
                found.update(self._index.get(key, ()))
        return found

    def _domains_within(self, domain):
        return [d for d, _, _ in process.extract(domain, self._domains, scorer=OSA.distance,
                                                 score_cutoff=INDEXED_EDITS, limit=None)]


def _cached(method, maxsize):
    """`method` behind an lru_cache that does not keep its object alive. A bound method in the
    cache would make object and cache a reference cycle, and then the whole index would wait for
    the cyclic garbage collector, which never looks at a snapshot (snapshots.py freezes them)."""
    method = weakref.WeakMethod(method)
    return lru_cache(maxsize=maxsize)(lambda *args: method()(*args))


def _query_keys(local, domain):
    """Every key a directory local part within 2 edits of `local` may be filed under."""
    m = len(local)
    for n in range(max(0, m - 2), m + 3):
        third = n // 3
        yield "P", domain, n, local[:third]
        yield "S", domain, n, local[m - third:] if third else ""
        middle = max(0, n - 2 * third - 2)
        if middle == 0:
            yield "M", domain, n, ""
            continue
        for shift in (-1, 0, 1):
            start = third + 1 + shift
            if 0 <= start and start + middle <= m:
                yield "M", domain, n, local[start:start + middle]


def _at_swapped(address):
    """The address, and it with its "@" swapped with each neighbour (still one "@")."""
    yield address
    i = address.index("@")
    if i > 0:
        yield address[:i - 1] + "@" + address[i - 1] + address[i + 1:]
    if i + 1 < len(address):
        yield address[:i] + address[i + 1] + "@" + address[i + 2:]


def _at_moved(address):
    """The address with its "@" moved anywhere else: two edits, nothing more may differ."""
    bare, i = address.replace("@", ""), address.index("@")
    return (bare[:j] + "@" + bare[j:] for j in range(len(bare) + 1) if j != i)


def _best_within(address, candidates, max_edits):
    """The candidate closest to `address` within `max_edits`, or None."""
    if not candidates:
        return None
    found = process.extractOne(address, list(candidates), scorer=OSA.distance, score_cutoff=max_edits)
    return found[0] if found is not None else None
