"""The demo page at /: type recipients and a body, attach files, see the Outlook dialog."""
from flask import Blueprint, abort, current_app, jsonify

from .. import db
from ..services import get_services

bp = Blueprint("demo", __name__)
EXAMPLE_ROLES = ("office_staff", "care_worker", "relative", "professional")


@bp.get("/")
def index():
    return current_app.send_static_file("demo/index.html")


@bp.get("/demo/examples.json")
def examples():
    """A few directory addresses per role, to try (demo mode only: addresses, never clients)."""
    if not current_app.config["DEMO"]:
        abort(404)
    view = get_services().snapshot(db.get_session()).view
    by_role = {role: [] for role in EXAMPLE_ROLES}
    for entry in sorted(view.by_email.values(), key=lambda e: e.id):
        if entry.kind in by_role and len(by_role[entry.kind]) < 3:
            by_role[entry.kind].append(entry.email)
    return jsonify(by_role)
