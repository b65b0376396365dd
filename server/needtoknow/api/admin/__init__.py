"""The admin API under /api/v1/admin/ (groups, rules, settings, directory, audit, test a
message) and the console's pages under /admin/.

Every admin endpoint but `session` needs a signed-in admin; every state-changing request needs
the session's CSRF token.
"""
from flask import Blueprint, request

from ...admin import csrf, identity
from ...admin.views import bp as console_bp
from ...policy_store.changes import PolicyError
from . import audit, directory, groups, rules, session, settings, setup, test_message
from . import incidents, reports
from .common import policy_error

bp = Blueprint("admin_api", __name__, url_prefix="/api/v1/admin")
CHILDREN = (session.bp, groups.bp, rules.bp, settings.bp, directory.bp, audit.bp, test_message.bp)
CHILDREN += (incidents.bp, reports.bp)
for child in CHILDREN:
    bp.register_blueprint(child)
OPEN = frozenset({"admin_api.session.show", "admin_api.session.dev_sign_in",
                  "admin_api.session.sign_out"})


@bp.before_request
def _guard():
    if request.endpoint not in OPEN:
        identity.require_admin()
    csrf.require()


@bp.after_request
def _no_store(response):
    response.headers["Cache-Control"] = "no-store"  # the directory and audit hold personal data
    return response


bp.register_error_handler(PolicyError, policy_error)
NAMES = (bp.name, *(f"{bp.name}.{child.name}" for child in CHILDREN))  # as request.blueprint says
bp.record_once(lambda state: setup.install(state, NAMES))
blueprints = (bp, console_bp)
