"""Who is calling: every request carries a Google-signed ID token for the add-on's service account,
whose audience is the endpoint's URL. Verified with google-auth; Google's certificates are kept
for as long as Google says they may be cached (capped by a setting), so a check costs no fetch."""
import re
import threading
import time

import google.auth.transport.requests
import requests
from google.auth import exceptions as google_exceptions
from google.oauth2 import id_token

ISSUERS = ("accounts.google.com", "https://accounts.google.com")
_MAX_AGE = re.compile(r"max-age=(\d+)")
CLOCK_SKEW_SECONDS = 10


class Unverified(Exception):
    """The request is not from our add-on. `reason` is safe to log (no token, no claims)."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


class _Stored:
    """A fetched certificate document, re-readable (google.auth.transport.Response)."""

    def __init__(self, response):
        self.status, self.headers, self.data = response.status, dict(response.headers), response.data


class CachedCertsRequest:
    """A google-auth transport Request that answers repeated GETs from memory until they expire."""

    def __init__(self, max_seconds, inner=None, clock=time.monotonic, timeout=10):
        self.max_seconds, self.clock, self.timeout = max_seconds, clock, timeout
        self.inner = inner or google.auth.transport.requests.Request(session=requests.Session())
        self._cache, self._lock = {}, threading.Lock()
        self.fetches = 0

    def __call__(self, url, method="GET", body=None, headers=None, timeout=None, **kwargs):
        if method != "GET" or body is not None:
            return self.inner(url, method=method, body=body, headers=headers, timeout=timeout, **kwargs)
        with self._lock:
            hit = self._cache.get(url)
            if hit is not None and hit[0] > self.clock():
                return hit[1]
            response = _Stored(self.inner(url, method="GET", headers=headers,
                                          timeout=timeout or self.timeout))
            self.fetches += 1
            if response.status == 200:
                self._cache[url] = (self.clock() + self._seconds(response.headers), response)
            return response

    def _seconds(self, headers):
        control = next((v for k, v in headers.items() if k.lower() == "cache-control"), "")
        match = _MAX_AGE.search(control)
        return min(int(match.group(1)), self.max_seconds) if match else self.max_seconds


def bearer(header):
    scheme, _, token = (header or "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def verify_system_token(token, audiences, settings, request):
    """The token's claims when Google signed it for one of `audiences` and our service account."""
    if not settings.configured:
        raise Unverified("the Gmail add-on is not configured (GMAIL_BASE_URL, GMAIL_SERVICE_ACCOUNT)")
    claims = _verified(token, list(audiences), settings, request)
    if (claims.get("email") or "").lower() != settings.service_account:
        raise Unverified("the token is for another service account")
    if claims.get("email_verified") is False:
        raise Unverified("the token's email is not verified")
    return claims


def user_email(token, settings, request):
    """The signed-in user's address from the event's user ID token; "" when it can't be trusted."""
    if not token or not settings.oauth_client_id:
        return ""
    try:
        claims = _verified(token, [settings.oauth_client_id], settings, request)
    except Unverified:
        return ""
    return (claims.get("email") or "").lower() if claims.get("email_verified", True) else ""


def _verified(token, audiences, settings, request):
    if not token:
        raise Unverified("no bearer token")
    try:
        claims = id_token.verify_token(token, request, audience=audiences,
                                       certs_url=settings.certs_url,
                                       clock_skew_in_seconds=CLOCK_SKEW_SECONDS)
    except google_exceptions.TransportError:
        raise Unverified("Google's certificates could not be fetched") from None
    except (ValueError, google_exceptions.GoogleAuthError) as exc:
        raise Unverified(f"the token is not valid ({_why(exc)})") from None
    if claims.get("iss") not in ISSUERS:
        raise Unverified("the token was not issued by Google")
    return claims


def _why(exc):
    """A short, token-free description of a google-auth failure."""
    text = str(exc).lower()
    for needle, why in (("expired", "expired"), ("audience", "wrong audience"),
                        ("signature", "bad signature"), ("too early", "not yet valid"),
                        ("certificate for key id", "unknown signing key")):
        if needle in text:
            return why
    return type(exc).__name__
