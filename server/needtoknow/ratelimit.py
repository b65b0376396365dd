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

TRUSTED_PROXIES is 0 by default: the address is the TCP peer's. Behind an ingress or nginx set it to
the number of proxies in front (docs/operations.md), or every caller shares the proxy's address.
"""
import math
import time

from flask import current_app, g, request
from flask_limiter import ApplicationLimit, Limiter, RateLimitExceeded
from werkzeug.middleware.proxy_fix import ProxyFix

EXTENSION = "needtoknow.ratelimit"
USER_EXTENSION = "needtoknow.ratelimit.user"
# what runs checks or changes data; not probes or pages. Not /gmail/: every Gmail request comes
# from Google's addresses with the add-on's own service-account token, so one budget would be
# shared by the whole agency; those requests are verified Google ID tokens anyway.
LIMITED_PREFIXES = ("/api/",)


def enabled(config):
    setting = str(config["RATE_LIMIT"]).lower()
    if setting in ("on", "true", "1", "yes"):
        return True
    if setting in ("off", "false", "0", "no"):
        return False
    return config["AUTH_MODE"] != "dev"


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


def _exempt():
    return not request.path.startswith(LIMITED_PREFIXES)


def _exempt_address():
    from .auth.guard import known_credential  # (auth imports this module)

    return _exempt() or known_credential()


def _exempt_user():
    return _exempt() or _verified() is None


def _options(config):
    if not config["REDIS_URL"]:
        return {}
    seconds = config["REDIS_TIMEOUT_SECONDS"]
    return {"socket_timeout": seconds, "socket_connect_timeout": seconds}


def make_limiter(config, limits=None):
    storage = config["REDIS_URL"] or "memory://"
    return Limiter(
        ip_key, enabled=enabled(config), storage_uri=storage, storage_options=_options(config),
        # two counters per key and one Redis call per limit; X-RateLimit headers would cost a third
        strategy="sliding-window-counter", headers_enabled=False, swallow_errors=True,
        in_memory_fallback_enabled=True, key_prefix=config.get("RATELIMIT_KEY_PREFIX", "needtoknow"),
        application_limits=limits if limits is not None else [
            ApplicationLimit(config["RATE_LIMIT_PER_IP"], key_function=ip_key, scope="ip",
                             exempt_when=_exempt_address)])


def init_app(app):
    hops = app.config["TRUSTED_PROXIES"]
    if hops:  # the client's address is the proxy's X-Forwarded-For, believed for this many hops
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    limiter = make_limiter(app.config)
    limiter.init_app(app)
    app.extensions[EXTENSION] = limiter
    app.register_error_handler(RateLimitExceeded, _too_many)
    return limiter


def init_user_limit(app):
    """The per-user limit, checked after authentication: call once the guard is registered."""
    limiter = make_limiter(app.config, [
        ApplicationLimit(app.config["RATE_LIMIT_PER_USER"], key_function=user_key, scope="user",
                         exempt_when=_exempt_user)])
    limiter.init_app(app)
    app.extensions[USER_EXTENSION] = limiter
    return limiter


def _too_many(exc):
    """429 as JSON, with Retry-After from the limit that was hit."""
    from .api.errors import error_response

    limiters = (current_app.extensions.get(USER_EXTENSION), current_app.extensions[EXTENSION])
    current = next((l.current_limit for l in limiters if l is not None and l.current_limit
                    and l.current_limit.breached), None)
    wait = max(1, math.ceil(current.reset_at - time.time())) if current else 60
    response = error_response(429, f"Too many requests: try again in {wait} seconds.")
    response.headers["Retry-After"] = str(wait)
    return response
