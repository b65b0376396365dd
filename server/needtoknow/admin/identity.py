"""Who is signed in to the console: the session's admin entry, with an expiry.

Sessions live on the server (`sessions.py`). An Entra sign-in is trusted for ADMIN_RECHECK_SECONDS
(default 900): after that the person signs in again — silently when their Microsoft session is
still open — and the role or group in the new ID token decides again, so a removed admin role
takes effect within that time rather than at the session's end.
"""
import time

from flask import abort, current_app, session

from . import csrf

KEY = "admin"
DEV_USER = {"name": "Local admin", "username": "admin@localhost", "oid": "", "admin": True,
            "via": "dev"}


def sign_in(user):
    """Start a fresh session for `user` (no state from before sign-in survives)."""
    hours = current_app.config["ADMIN_SESSION_HOURS"]
    session.clear()
    session.regenerate = True  # a new id: one seen before sign-in is worthless after
    session.permanent = True
    session[KEY] = {**user, "until": time.time() + hours * 3600, "checked": time.time()}
    csrf.renew()


def sign_out():
    """The session's row is deleted: the cookie, replayed, finds nothing."""
    session.clear()
    session.regenerate = True
    csrf.renew()


def current_user():
    """The signed-in person's entry, or None (also once it has expired)."""
    user = session.get(KEY)
    if not user or user.get("until", 0) < time.time():
        return None
    recheck = current_app.config.get("ADMIN_RECHECK_SECONDS", 900)
    if user.get("via") == "entra" and time.time() - user.get("checked", 0) > recheck:
        return None  # sign in again: the new token's roles decide
    return user


def require_admin():
    """Abort with 401 when nobody is signed in, 403 when the person is not an admin."""
    user = current_user()
    if user is None:
        abort(401, "Sign in to the admin console first.")
    if not user.get("admin"):
        abort(403, "Your account is not an admin of Need to Know.")
    return user


def actor():
    """The name the audit log records for a change."""
    user = current_user() or {}
    return user.get("username") or user.get("name") or "unknown"
