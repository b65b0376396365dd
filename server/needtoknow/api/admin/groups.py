"""/api/v1/admin/groups: recipient groups."""
from flask import Blueprint, jsonify

from ...policy_store import changes, store
from ..errors import ApiError
from .common import actor, json_body, session
from .schemas import AdminGroupSchema

bp = Blueprint("groups", __name__)
GROUP = AdminGroupSchema()


@bp.get("/groups")
def list_groups():
    return jsonify(GROUP.dump(store.list_groups(session()), many=True))


@bp.post("/groups")
def create_group():
    group = changes.create_group(session(), actor(), GROUP.load(json_body()))
    return jsonify(GROUP.dump(group)), 201


@bp.get("/groups/<int:group_id>")
def show_group(group_id):
    found = [g for g in store.list_groups(session()) if g["id"] == group_id]
    if not found:
        raise ApiError(404, "No such group.")
    return jsonify(GROUP.dump(found[0]))


@bp.put("/groups/<int:group_id>")
def update_group(group_id):
    group = changes.update_group(session(), actor(), group_id, GROUP.load(json_body()))
    return jsonify(GROUP.dump(group))


@bp.delete("/groups/<int:group_id>")
def delete_group(group_id):
    changes.delete_group(session(), actor(), group_id)
    return "", 204
