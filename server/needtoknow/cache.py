"""The findings cache: what an attachment (by SHA-256) was found to hold, never its content.

`FindingsCache` is the interface; `MemoryCache` is the in-process default. A shared cache (Redis,
for several instances) implements the same two methods. `TenantCache` is what a request sees: the
keys of one tenant only, so a check that names an attachment by hash finds findings only when the
caller's own tenant uploaded that file — anyone else's is unknown (409, send the content).
"""
import threading
import time
from collections import OrderedDict


class FindingsCache:
    def get(self, key):
        raise NotImplementedError

    def set(self, key, value):
        raise NotImplementedError


class MemoryCache(FindingsCache):
    """A thread-safe LRU with a time to live."""

    def __init__(self, max_entries=5000, ttl_seconds=8 * 3600, clock=time.monotonic):
        self._entries = OrderedDict()
        self._lock = threading.Lock()
        self._max, self._ttl, self._clock = max_entries, ttl_seconds, clock

    def get(self, key):
        with self._lock:
            item = self._entries.get(key)
            if item is None:
                return None
            expires, value = item
            if expires < self._clock():
                del self._entries[key]
                return None
            self._entries.move_to_end(key)
            return value

    def set(self, key, value):
        with self._lock:
            self._entries[key] = (self._clock() + self._ttl, value)
            self._entries.move_to_end(key)
            while len(self._entries) > self._max:
                self._entries.popitem(last=False)


class TenantCache(FindingsCache):
    """The cache as one tenant sees it: every key carries the tenant."""

    def __init__(self, inner, tenant):
        self.inner, self.prefix = inner, f"t:{tenant or 'org'}:"

    def get(self, key):
        return self.inner.get(self.prefix + key)

    def set(self, key, value):
        self.inner.set(self.prefix + key, value)


def tenant_of(principal):
    """Entra callers by their tenant id; API keys and dev callers are the deployment's own."""
    return getattr(principal, "tenant", "") or "org"
