"""The findings cache on Redis, shared by every instance: what an attachment (by SHA-256, under the
directory and policy revisions) was found to hold. Never its content: only the Evidence (counts,
masked codes, directory client ids, places) and the problems met reading it.

Each process keeps its own small LRU in front (entries never change once written, so it can't go
stale). If Redis fails, the cache just misses for a few seconds before trying Redis again: a check
never fails or waits long because of it.

Every entry is authenticated: an HMAC-SHA256 (key derived from SECRET_KEY) over the entry's full
Redis key — which names the directory and policy snapshot, the caller's tenant and the file's
hash — and its bytes. An entry planted or altered by anyone without the server's key, or copied
to another key, fails the check, is counted (`needtoknow_findings_cache_total{result="forged"}`)
and treated as a miss, so the attachment is read again.
"""
import hmac
import dataclasses
import hashlib
import json
import logging
import time
from collections import Counter

import redis

from .cache import FindingsCache, MemoryCache
from .inspect.document import Problem
from .inspect.evidence import Evidence
from .observability.metrics import FINDINGS_CACHE

log = logging.getLogger(__name__)
_FIELDS = tuple(f.name for f in dataclasses.fields(Evidence))
# A deploy that changes Evidence's shape reads none of the old entries.
PREFIX = "needtoknow:findings:" + hashlib.sha256(",".join(_FIELDS).encode()).hexdigest()[:8] + ":"


def dumps(found):
    evidence, problems = found
    data = {}
    for name in _FIELDS:
        value = getattr(evidence, name)
        if isinstance(value, dict):  # Counter, and dicts of frozensets
            value = {k: sorted(v) if isinstance(v, frozenset) else v for k, v in value.items()}
        elif isinstance(value, (frozenset, set)):
            value = sorted(value)
        elif isinstance(value, tuple):
            value = list(value)
        data[name] = value
    data["problems"] = [[p.location, p.kind, p.detail] for p in problems]
    return json.dumps(data, separators=(",", ":")).encode()


def loads(raw):
    data = json.loads(raw)
    values = {}
    for field in dataclasses.fields(Evidence):
        value, kind = data[field.name], type(_default(field))
        if kind is Counter:
            value = Counter(value)
        elif kind is dict:
            value = {k: frozenset(v) for k, v in value.items()}
        elif kind in (frozenset, tuple):
            value = kind(value)
        values[field.name] = value
    return Evidence(**values), tuple(Problem(*p) for p in data["problems"])


def _default(field):
    return field.default_factory() if field.default_factory is not dataclasses.MISSING else field.default


MAC_BYTES = 32


def signing_key(secret):
    """The cache's own key, derived from the app's SECRET_KEY (never the key itself)."""
    secret = secret.encode() if isinstance(secret, str) else secret
    return hmac.new(secret, b"needtoknow.findings-cache.v1", hashlib.sha256).digest()


def seal(key, redis_key, payload):
    return hmac.new(key, redis_key.encode() + b"\x00" + payload, hashlib.sha256).digest() + payload


def unseal(key, redis_key, raw):
    """The payload, or None when the MAC does not match."""
    mac, payload = raw[:MAC_BYTES], raw[MAC_BYTES:]
    expected = hmac.new(key, redis_key.encode() + b"\x00" + payload, hashlib.sha256).digest()
    return payload if len(raw) > MAC_BYTES and hmac.compare_digest(mac, expected) else None


class RedisCache(FindingsCache):
    def __init__(self, client, ttl_seconds, local, pause_seconds=5.0, clock=time.monotonic,
                 secret=b""):
        self._client, self._ttl, self._local = client, int(ttl_seconds), local
        self._pause, self._clock, self._paused_until = pause_seconds, clock, 0.0
        self._key = signing_key(secret)

    def get(self, key):
        value = self._local.get(key)
        if value is not None or self._paused():
            return value
        try:
            raw = self._client.get(PREFIX + key)
        except redis.RedisError as exc:
            return self._failed(exc)
        if raw is None:
            return None
        payload = unseal(self._key, PREFIX + key, raw)
        if payload is None:
            FINDINGS_CACHE.labels("forged").inc()
            log.warning("findings cache entry failed its integrity check; ignored")
            return None
        value = loads(payload)
        self._local.set(key, value)
        return value

    def set(self, key, value):
        self._local.set(key, value)
        if self._paused():
            return
        try:
            self._client.set(PREFIX + key, seal(self._key, PREFIX + key, dumps(value)), ex=self._ttl)
        except redis.RedisError as exc:
            self._failed(exc)

    def _paused(self):
        return self._clock() < self._paused_until

    def _failed(self, exc):
        FINDINGS_CACHE.labels("error").inc()
        log.warning("Redis findings cache unavailable (%s); local cache only for %.0f s",
                    type(exc).__name__, self._pause)
        self._paused_until = self._clock() + self._pause
        return None


def make_client(config):
    seconds = config["REDIS_TIMEOUT_SECONDS"]
    return redis.Redis.from_url(config["REDIS_URL"], socket_timeout=seconds,
                                socket_connect_timeout=seconds, health_check_interval=30)


def init_app(app):
    """With REDIS_URL set, the app's findings cache becomes Redis behind a small local LRU."""
    from .services import get_services

    config = app.config
    if not config["REDIS_URL"]:
        return
    services = get_services(app)
    local = MemoryCache(min(config["FINDINGS_CACHE_ENTRIES"], 1000), config["FINDINGS_CACHE_SECONDS"])
    services.cache = RedisCache(make_client(config), config["FINDINGS_CACHE_SECONDS"], local,
                                secret=config["SECRET_KEY"])
