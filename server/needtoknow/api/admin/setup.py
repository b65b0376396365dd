"""What the admin console sets up on the app when its blueprint is registered: the policy from
the database, the session cookie's protection, the OpenAPI description."""
from datetime import timedelta

from ...admin.sessions import ServerSessionInterface
from ...policy_store.store import PolicyLoader
from ...services import get_services
from .docs import describe_admin_api


def install(state, blueprint_names):
    """`blueprint_names`: the admin API's (nested) blueprints, which authenticate through the
    console's session rather than the check API's bearer tokens."""
    from ...auth import exempt_blueprint  # here: auth imports the api package

    app = state.app
    for name in blueprint_names:
        exempt_blueprint(name)
    get_services(app).load_policy = PolicyLoader()
    app.config.update(
        SESSION_COOKIE_HTTPONLY=True,
        # Lax: Strict would hide the new session from the page Microsoft's sign-in lands on
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=app.config["AUTH_MODE"] != "dev",  # dev runs on plain http
        PERMANENT_SESSION_LIFETIME=timedelta(hours=app.config["ADMIN_SESSION_HOURS"]),
    )
    app.session_interface = ServerSessionInterface()  # the cookie holds an opaque id only
    describe_admin_api(app)
