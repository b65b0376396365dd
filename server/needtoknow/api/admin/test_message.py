"""POST /api/v1/admin/test-message: run a check on a made-up message without recording it."""
from flask import Blueprint, current_app, jsonify

from ...check import MissingAttachments
from ...policy.groups import member_of
from ...policy_store.store import load_groups
from ...services import get_services
from ..check import check_input, perform, present
from ..errors import ApiError
from .audit_schemas import AdminTestResultSchema
from .common import json_body, session

bp = Blueprint("test_message", __name__)


@bp.post("/test-message")
def test_message():
    inp = check_input(json_body(), current_app.config)
    try:
        result = perform(inp, record=False)
    except MissingAttachments as exc:
        raise ApiError(409, "Send these attachments again with their content.", missing=exc.missing)
    body = present(result)
    body["groups"] = _groups(result.recipients)
    return jsonify(AdminTestResultSchema().dump(body))


def _groups(recipients):
    """The groups each recipient is in, so an admin can see why a group rule applied."""
    org_domains = get_services().snapshot(session()).policy.settings.org_domains
    groups = load_groups(session())
    return [{"email": r.email, "groups": [g.name for g in member_of(groups, r, org_domains)]}
            for r in recipients]
