"""Rate limits on the API, per user and per client address, shared by every instance through Redis
when REDIS_URL is set (else counted in each process). Off in dev mode (SPEC: the default run has
no token and no rate limit).

Two limiters: the per-address limit runs before authentication (so failed sign-ins and forged
tokens count against the address) and counts every request except those whose credential this
process verified lately (`auth.guard.known_credential`: an API key within APIKEY_CACHE_SECONDS, an
Entra token before it expires) — those are counted by the per-user limit instead, so a signed-in
office behind one NAT address is not throttled as one caller, and a check costs one Redis call,
not two. The per-user limit runs after authentication (`init_user_limit`, called by
auth.init_app once its guard is registered) and is keyed on the VERIFIED principal — the Entra
user's object id, or the API key's id — never on what the Authorization header says, so one user
can't multiply their budget by spelling "Bearer" differently or fetching fresh tokens. Callers
without a verified principal (dev mode, views with their own scheme) have the address limit only.
Over a limit the answer is 429 with a JSON error and Retry-After. If Redis stops answering, each
instance counts on its own until it is back, and no request fails for it.

The counting is the `limits` library's sliding-window counter, called from two before-request
hooks of our own. Flask-Limiter, which wraps the same library, spent 2.4 M instructions per short
check in its per-request machinery (context proxies, exemption scopes, after-request hooks): with
it a check took 9.1 M, with these hooks 7.4 M, with no limit 6.7 M (callgrind, 200 checks in
process, API key, Redis) — at 300 checks/s on two cores that fifth is the difference.

TRUSTED_PROXIES is 0 by default: the address is the TCP peer's. Behind an ingress or nginx set it to
the number of proxies in front (docs/operations.md), or every caller shares the proxy's address.
"""
import logging
import math
import time

from flask import current_app, g, request
from limits import parse
from limits.storage import MemoryStorage, storage_from_string
from limits.strategies import SlidingWindowCounterRateLimiter
from werkzeug.middleware.proxy_fix import ProxyFix

log = logging.getLogger(__name__)
EXTENSION = "needtoknow.ratelimit"
# what runs checks or changes data; not probes or pages. Not /gmail/: every Gmail request comes
# from Google's addresses with the add-on's own service-account token, so one budget would be
# shared by the whole agency; those requests are verified Google ID tokens anyway.
LIMITED_PREFIXES = ("/api/",)
RETRY_SHARED_SECONDS = 5.0  # after Redis failed, counts stay local this long before it is tried again


class TooManyRequests(Exception):
    def __init__(self, retry_after):
        super().__init__("rate limit")
        self.retry_after = retry_after


def enabled(config):
    setting = str(config["RATE_LIMIT"]).lower()
    if setting in ("on", "true", "1", "yes"):
        return True
    if setting in ("off", "false", "0", "no"):
        return False
    return config["AUTH_MODE"] != "dev"


class Counters:
    """Sliding-window counters in Redis (every instance shares them), or in this process when
    there is no Redis or it stopped answering — then Redis is tried again every
    RETRY_SHARED_SECONDS, and no request fails for it."""

    def __init__(self, uri, options, prefix):
        self._prefix = prefix
        self._local = SlidingWindowCounterRateLimiter(MemoryStorage())
        self._shared = SlidingWindowCounterRateLimiter(storage_from_string(uri, **options)) if uri else None
        self._local_until = 0.0

    def hit(self, limit, key):
        """Count one request against `limit` for `key`: None when within it, else the seconds
        until it allows one again."""
        counter = self._counter()
        try:
            if counter.hit(limit, self._prefix, key):
                return None
            reset_at = counter.get_window_stats(limit, self._prefix, key).reset_time
        except Exception as exc:  # noqa: BLE001 — whatever the storage raises, count locally
            if counter is self._local:
                raise
            log.warning("rate-limit storage unavailable (%s); counting in this process", type(exc).__name__)
            self._local_until = time.monotonic() + RETRY_SHARED_SECONDS
            return self.hit(limit, key)
        return max(1, math.ceil(reset_at - time.time()))

    def _counter(self):
        if self._shared is None or time.monotonic() < self._local_until:
            return self._local
        return self._shared


def ip_key():
    return "ip:" + (request.remote_addr or "unknown")


def _verified():
    principal = g.get("principal")
    return principal if principal is not None and getattr(principal, "kind", "dev") != "dev" else None


def user_key():
    """The verified principal: the Entra user's object id (else their name), the API key's id."""
    principal = _verified()
    return f"user:{principal.kind}:{principal.object_id or principal.name}"


def caller_key():
    """Whose request this is: the verified principal, else the client's address."""
    return user_key() if _verified() is not None else ip_key()


def _limited():
    return request.path.startswith(LIMITED_PREFIXES)


def _limit_address():
    from .auth.guard import known_credential  # (auth imports this module)

    if _limited() and not known_credential():
        _count("RATE_LIMIT_PER_IP", ip_key())


def _limit_user():
    if _limited() and _verified() is not None:
        _count("RATE_LIMIT_PER_USER", user_key())


def _count(setting, key):
    counters, limits = current_app.extensions[EXTENSION]
    wait = counters.hit(limits[setting], key)
    if wait is not None:
        raise TooManyRequests(wait)


def _options(config):
    if not config["REDIS_URL"]:
        return {}
    seconds = config["REDIS_TIMEOUT_SECONDS"]
    return {"socket_timeout": seconds, "socket_connect_timeout": seconds}


def init_app(app):
    """The per-address limit, checked before authentication."""
    hops = app.config["TRUSTED_PROXIES"]
    if hops:  # the client's address is the proxy's X-Forwarded-For, believed for this many hops
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    if not enabled(app.config):
        return None
    config = app.config
    counters = Counters(config["REDIS_URL"], _options(config), config.get("RATELIMIT_KEY_PREFIX", "needtoknow"))
    limits = {name: parse(config[name]) for name in ("RATE_LIMIT_PER_IP", "RATE_LIMIT_PER_USER")}
    app.extensions[EXTENSION] = counters, limits
    app.register_error_handler(TooManyRequests, _too_many)
    app.before_request(_limit_address)
    return counters


def init_user_limit(app):
    """The per-user limit, checked after authentication: call once the guard is registered."""
    if EXTENSION in app.extensions:
        app.before_request(_limit_user)


def _too_many(exc):
    """429 as JSON, with Retry-After from the limit that was hit."""
    from .api.errors import error_response

    response = error_response(429, f"Too many requests: try again in {exc.retry_after} seconds.")
    response.headers["Retry-After"] = str(exc.retry_after)
    return response
