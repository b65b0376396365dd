"""/api/v1/admin/settings: organisation domains and numbers, thresholds, fail mode, size limits."""
from flask import Blueprint, jsonify

from ...policy_store import changes, store
from .common import actor, defaults, json_body, session
from .schemas import AdminSettingsSchema

bp = Blueprint("settings", __name__)
SETTINGS = AdminSettingsSchema()


@bp.get("/settings")
def show_settings():
    return jsonify(SETTINGS.dump(store.current_settings(session(), defaults())))


@bp.patch("/settings")
def update_settings():
    changed = SETTINGS.load(json_body(), partial=True)
    return jsonify(SETTINGS.dump(changes.update_settings(session(), actor(), changed, defaults())))
