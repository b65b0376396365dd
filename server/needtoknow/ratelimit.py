"""Rate limits on the API, per user and per client address, shared by every instance through Redis
when REDIS_URL is set (else counted in each process). Off in dev mode (SPEC: the default run has
no token and no rate limit).

A signed-in user or API key is limited by name; a caller without one by address only. Over a limit
the answer is 429 with a JSON error and Retry-After. If Redis stops answering, each instance
counts on its own until it is back, and no request fails for it.
"""
import hashlib

import math
import time

from flask import current_app, g, request
from flask_limiter import ApplicationLimit, Limiter, RateLimitExceeded
from werkzeug.middleware.proxy_fix import ProxyFix

EXTENSION = "needtoknow.ratelimit"
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


def user_key():
    """The caller's name when authentication named one; else a digest of the bearer token (a
    stable key per API key or session); else the address, so anonymous calls share its budget."""
    principal = g.get("principal")
    if principal is not None and getattr(principal, "kind", "dev") != "dev":
        return f"user:{principal.kind}:{principal.name}"
    token = request.headers.get("Authorization", "")
    if token:
        return "token:" + hashlib.sha256(token.encode()).hexdigest()[:32]
    return ip_key()


def _exempt():
    return not request.path.startswith(LIMITED_PREFIXES)


def make_limiter(config):
    storage = config["REDIS_URL"] or "memory://"
    options = {}
    if config["REDIS_URL"]:
        seconds = config["REDIS_TIMEOUT_SECONDS"]
        options = {"socket_timeout": seconds, "socket_connect_timeout": seconds}
    return Limiter(
        ip_key, enabled=enabled(config), storage_uri=storage, storage_options=options,
        # two counters per key and one Redis call per limit; X-RateLimit headers would cost a third
        strategy="sliding-window-counter", headers_enabled=False, swallow_errors=True,
        in_memory_fallback_enabled=True, key_prefix=config.get("RATELIMIT_KEY_PREFIX", "needtoknow"),
        application_limits=[
            ApplicationLimit(config["RATE_LIMIT_PER_USER"], key_function=user_key, scope="user",
                             exempt_when=_exempt),
            ApplicationLimit(config["RATE_LIMIT_PER_IP"], key_function=ip_key, scope="ip",
                             exempt_when=_exempt),
        ])


def init_app(app):
    hops = app.config["TRUSTED_PROXIES"]
    if hops:  # the client's address is the proxy's X-Forwarded-For, believed for this many hops
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops, x_host=hops)
    limiter = make_limiter(app.config)
    limiter.init_app(app)
    app.extensions[EXTENSION] = limiter
    app.register_error_handler(RateLimitExceeded, _too_many)
    return limiter


def _too_many(exc):
    """429 as JSON, with Retry-After from the limit that was hit."""
    from .api.errors import error_response

    current = current_app.extensions[EXTENSION].current_limit
    wait = max(1, math.ceil(current.reset_at - time.time())) if current else 60
    response = error_response(429, f"Too many requests: try again in {wait} seconds.")
    response.headers["Retry-After"] = str(wait)
    return response
