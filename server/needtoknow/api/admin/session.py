"""GET/POST/DELETE /api/v1/admin/session: who is signed in (and the CSRF token), the local
admin's sign-in in dev mode, sign-out. DELETE /api/v1/admin/sessions: an admin signs everyone out
(every console session ends, theirs too)."""
from flask import Blueprint, abort, current_app, jsonify
from marshmallow import Schema, fields

from ...admin import csrf, entra, identity, sessions
from .common import actor, session as db_session

bp = Blueprint("session", __name__)


class AdminSessionSchema(Schema):
    signed_in = fields.Boolean()
    admin = fields.Boolean()
    name = fields.String(allow_none=True)
    username = fields.String(allow_none=True)
    auth_mode = fields.String(metadata={"description": "dev: a local admin; entra: Microsoft"})
    entra_sign_in = fields.Boolean(metadata={"description": "Microsoft sign-in is configured"})
    csrf_token = fields.String(metadata={"description": "send as X-CSRF-Token on every change"})


def _state():
    user = identity.current_user() or {}
    return AdminSessionSchema().dump({
        "signed_in": bool(user), "admin": bool(user.get("admin")), "name": user.get("name"),
        "username": user.get("username"), "auth_mode": current_app.config["AUTH_MODE"],
        "entra_sign_in": entra.EntraSettings.from_config(current_app.config).configured,
        "csrf_token": csrf.token()})


@bp.get("/session")
def show():
    return jsonify(_state())


@bp.post("/session")
def dev_sign_in():
    if current_app.config["AUTH_MODE"] != "dev":
        abort(404)
    identity.sign_in(identity.DEV_USER)
    return jsonify(_state()), 201


@bp.delete("/session")
def sign_out():
    identity.sign_out()
    return "", 204


@bp.delete("/sessions")
def sign_out_everyone():
    from ...audit.writer import record_admin_change

    who = actor()
    ended = sessions.revoke_all(db_session())
    record_admin_change(db_session(), who, "signed out every console session", None,
                        {"sessions": ended})
    identity.sign_out()
    return "", 204
