"""Who is signed in to the console: the session's admin entry, with an expiry."""
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
    session.permanent = True
    session[KEY] = {**user, "until": time.time() + hours * 3600}
    csrf.renew()


def sign_out():
    session.clear()
    csrf.renew()


def current_user():
    """The signed-in person's entry, or None (also once it has expired)."""
    user = session.get(KEY)
    if not user or user.get("until", 0) < time.time():
        return None
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
