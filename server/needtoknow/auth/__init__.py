"""Who is calling: Entra ID access tokens (Outlook add-in), API keys (scripts), Google ID tokens
(Gmail add-on). In dev mode (the default run) no token is needed."""
from . import apikeys, entra, guard
from .guard import current_principal, exempt, exempt_blueprint

__all__ = ["init_app", "current_principal", "exempt", "exempt_blueprint"]


def init_app(app):
    mode = app.config["AUTH_MODE"]
    verifier = entra.from_config(app.config) if mode != "dev" else None
    if verifier is not None and not verifier.tenants:
        raise ValueError("NEEDTOKNOW_ENTRA_TENANTS must name the tenant id(s) whose users may call the API")
    app.extensions[guard.EXTENSION] = verifier
    app.extensions[guard.KEYS] = apikeys.KeyCache(app.config["APIKEY_CACHE_SECONDS"],
                                                  app.config["APIKEY_OUTAGE_SECONDS"])
    if mode != "dev":
        app.before_request(guard.authenticate)
    from .. import ratelimit

    ratelimit.init_user_limit(app)  # after the guard: keyed on the principal it verified
    # create_app calls this package's init only; the Outlook pieces (CORS for the add-in's origin,
    # distribution-list expansion through Graph) hang off it.
    from ..outlook import init_app as init_outlook

    init_outlook(app)
