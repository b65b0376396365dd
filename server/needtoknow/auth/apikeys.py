"""Create, check and revoke API keys. A key reads `ntk_<id>_<secret>`: the id finds the row, the
whole key is compared by hash.

Verified keys are kept in a small per-process cache (`KeyCache`) so a request needs no database
read: a key revoked in one process (or by the CLI) stops working everywhere within
APIKEY_CACHE_SECONDS (default 5). While the database is unreachable a key verified within
APIKEY_OUTAGE_SECONDS is still accepted, so its checks get the fail-mode answer like anyone's.
"""
import hashlib
import hmac
import secrets
import threading
import time
from collections import OrderedDict
from datetime import datetime, timezone

from sqlalchemy import select

from .models import ApiKey
from .principal import Principal

PREFIX = "ntk_"


class DuplicateKeyName(ValueError):
    pass


def _digest(key):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create(session, name):
    """A new key named `name`; the key itself is returned once and never stored."""
    if session.scalars(select(ApiKey).where(ApiKey.name == name)).first() is not None:
        raise DuplicateKeyName(name)
    key_id = secrets.token_hex(6)
    key = f"{PREFIX}{key_id}_{secrets.token_urlsafe(32)}"
    session.add(ApiKey(id=key_id, name=name, key_hash=_digest(key),
                       created_at=datetime.now(timezone.utc)))
    session.commit()
    return key


def verify(session, key):
    """The key's principal, or None for an unknown, revoked or wrong key."""
    key_id = key[len(PREFIX):].split("_", 1)[0]
    row = session.get(ApiKey, key_id) if key.startswith(PREFIX) and key_id else None
    if row is None or row.revoked_at is not None or not hmac.compare_digest(row.key_hash, _digest(key)):
        return None
    return Principal("apikey", row.name, object_id=row.id)


def revoke(session, name):
    row = session.scalars(select(ApiKey).where(ApiKey.name == name)).first()
    if row is None or row.revoked_at is not None:
        return False
    row.revoked_at = datetime.now(timezone.utc)
    session.commit()
    for cache in list(KeyCache.instances):  # this process at once; others within their TTL
        cache.clear()
    return True


def listing(session):
    return session.scalars(select(ApiKey).order_by(ApiKey.created_at)).all()


class KeyCache:
    """Principals of keys verified lately, by the key's digest (never the key)."""

    instances = set()

    def __init__(self, fresh_seconds=5.0, outage_seconds=300.0, max_entries=10000,
                 clock=time.monotonic):
        self._fresh, self._outage, self._max, self._clock = fresh_seconds, outage_seconds, max_entries, clock
        self._entries, self._lock = OrderedDict(), threading.Lock()
        KeyCache.instances.add(self)

    def verify(self, session, key, unavailable=()):
        """The key's principal or None; from the cache when verified within `fresh_seconds`.
        When the database raises one of `unavailable`, a key verified within `outage_seconds`
        is accepted; otherwise the error is raised."""
        digest = _digest(key)
        principal, age = self._get(digest)
        if principal is not None and age <= self._fresh:
            return principal
        try:
            principal = verify(session, key)
        except unavailable:
            if principal is not None and age <= self._outage:
                return principal
            raise
        self._put(digest, principal)
        return principal

    def known(self, key):
        """True when the key was verified within `fresh_seconds` (no database call now)."""
        principal, age = self._get(_digest(key))
        return principal is not None and age <= self._fresh

    def clear(self):
        with self._lock:
            self._entries.clear()

    def _get(self, digest):
        with self._lock:
            entry = self._entries.get(digest)
        if entry is None:
            return None, float("inf")
        return entry[1], self._clock() - entry[0]

    def _put(self, digest, principal):
        with self._lock:
            if principal is None:
                self._entries.pop(digest, None)
                return
            self._entries[digest] = (self._clock(), principal)
            self._entries.move_to_end(digest)
            while len(self._entries) > self._max:
                self._entries.popitem(last=False)
