"""CSRF protection: a random token kept in the session, sent back by the console on every
state-changing request in the `X-CSRF-Token` header (or a `csrf_token` form field)."""
import hmac
import secrets

from flask import abort, request, session

KEY = "csrf"
HEADER = "X-CSRF-Token"
FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def token():
    """This session's token, made on first use."""
    if KEY not in session:
        session[KEY] = secrets.token_urlsafe(32)
    return session[KEY]


def renew():
    """A new token (on sign-in and sign-out), so one seen before sign-in is worthless after."""
    session[KEY] = secrets.token_urlsafe(32)
    return session[KEY]


def require():
    """Abort with 403 unless a state-changing request carries this session's token."""
    if request.method in SAFE_METHODS:
        return
    expected = session.get(KEY)
    sent = request.headers.get(HEADER) or request.form.get(FIELD) or ""
    if not expected or not hmac.compare_digest(sent.encode(), expected.encode()):
        abort(403, "The request has no valid CSRF token. Reload the page and try again.")
