"""Outside dev mode every /api/v1 request carries `Authorization: Bearer <token>`: an Entra ID
access token (the Outlook add-in) or an API key (scripts). The caller must also be allowed to act
for the message's sender. Refusals are JSON `{"error": …}` naming the reason."""
from flask import current_app, g, request
from sqlalchemy.exc import DBAPIError, TimeoutError as PoolTimeout

from .. import db
from ..api.errors import error_response
from . import apikeys
from .principal import DEV, AuthError

EXTENSION = "needtoknow.auth"
KEYS = "needtoknow.apikeys"
UNAVAILABLE = (DBAPIError, PoolTimeout)  # the database is down, frozen or refusing
PROTECTED = "/api/v1/"
# blueprints under /api/v1 that sign their callers in themselves: the admin API uses the
# console's session (api/admin)
_EXEMPT_BLUEPRINTS = {"admin_api"}


def exempt(view):
    """Mark a view under /api/v1 that authenticates its callers itself (e.g. Google tokens)."""
    view.authenticates_itself = True
    return view


def exempt_blueprint(name):
    """Leave a blueprint (and those nested in it) under /api/v1 to its own authentication."""
    _EXEMPT_BLUEPRINTS.add(name)


def current_principal():
    return g.get("principal", DEV)


def authenticate():
    """before_request: identify and authorize, or answer 401/403."""
    if not request.path.startswith(PROTECTED) or request.method == "OPTIONS":
        return None
    view = current_app.view_functions.get(request.endpoint)
    if view is None or getattr(view, "authenticates_itself", False) or _EXEMPT_BLUEPRINTS.intersection(request.blueprints):
        return None  # a 404/405, or a view with its own scheme
    try:
        principal = identify(bearer())
        authorize(principal)
    except AuthError as exc:
        return refusal(exc)
    except UNAVAILABLE as exc:
        if request.endpoint == "check.check":  # no key check possible: the fail mode, audited
            from .. import failmode

            return failmode.answer_unverified(exc)
        raise
    g.principal = principal
    return None


def bearer():
    header = request.headers.get("Authorization", "").strip()
    if not header:
        raise AuthError(401, "Authorization: Bearer <token> is required.")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise AuthError(401, "The Authorization header must read `Bearer <token>`.")
    return token.strip()


def known_credential():
    """True when the request's bearer credential was verified in this process lately (an API key
    within its cache time, an Entra token before it expires): no database or signature work, and
    nothing is verified here — `authenticate` still does that."""
    try:
        token = bearer()
    except AuthError:
        return False
    if token.startswith(apikeys.PREFIX):
        return current_app.extensions[KEYS].known(token)
    verifier = current_app.extensions.get(EXTENSION)
    return verifier is not None and verifier.known(token)


def identify(token):
    if token.startswith(apikeys.PREFIX):
        keys = current_app.extensions[KEYS]
        principal = keys.verify(db.get_session(), token, UNAVAILABLE)
        if principal is None:
            raise AuthError(401, "The API key is unknown or was revoked.")
        return principal
    verifier = current_app.extensions.get(EXTENSION)
    if verifier is None:
        raise AuthError(401, "Entra ID tokens are not accepted here (no Entra app is configured).")
    return verifier.verify(token)


def authorize(principal):
    """The token's user must be the check's sender (or allowed to send as it)."""
    send_as = current_app.config["SEND_AS"]
    if request.endpoint == "check.check":
        body = request.get_json(silent=True)
        sender = body.get("sender") if isinstance(body, dict) else None
        sender = sender if isinstance(sender, str) else ""
        if not principal.may_send_as(sender, send_as):
            raise AuthError(403, f"{principal.name} may not send as {sender or 'an empty sender'}.",
                            "access_denied")
    elif request.endpoint in ("check.override", "reports.report"):  # same owner rule
        from ..audit import queue as audit_queue

        record = audit_queue.find_check(db.get_session(), (request.view_args or {}).get("check_id", ""))
        if record is not None and not principal.may_send_as(record.actor, send_as):
            raise AuthError(403, f"{principal.name} may not override a check of {record.actor}.",
                            "access_denied")


def refusal(exc):
    response = error_response(exc.status, exc.error)
    if exc.status == 401 or exc.code == "insufficient_scope":
        description = exc.error.replace('"', "'")
        response.headers["WWW-Authenticate"] = f'Bearer error="{exc.code}", error_description="{description}"'
    return response
