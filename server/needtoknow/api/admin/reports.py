"""/api/v1/admin/reports: staff's false-alarm reports, with the reasons of the check reported,
so admins can tune rules and groups; marking one dealt with."""
from flask import Blueprint, jsonify, request
from marshmallow import Schema, fields, validate

from ...audit.writer import record_admin_change
from ...feedback import reports
from ..errors import ApiError
from .common import actor, session


class AdminReportQuerySchema(Schema):
    open = fields.Boolean(load_default=True, metadata={"description": "only reports not dealt with"})
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=500))
    offset = fields.Integer(load_default=0, validate=validate.Range(min=0))


class AdminReportSchema(Schema):
    id = fields.Integer()
    check_id = fields.String()
    reporter = fields.String()
    note = fields.String()
    created_at = fields.DateTime()
    resolved_at = fields.DateTime(allow_none=True)
    resolved_by = fields.String(allow_none=True)
    decision = fields.String(allow_none=True, metadata={"description": "the check's decision"})
    rules = fields.List(fields.String(), metadata={"description": "the check's reasons' rule ids"})
    recipients = fields.List(fields.String())
    checked_at = fields.DateTime(allow_none=True)


class AdminReportPageSchema(Schema):
    reports = fields.List(fields.Nested(AdminReportSchema))
    total = fields.Integer()


bp = Blueprint("reports", __name__)


@bp.get("/reports")
def queue():
    query = AdminReportQuerySchema().load(request.args)
    found, total = reports.queue(session(), open_only=query["open"], limit=query["limit"],
                                 offset=query["offset"])
    return jsonify(AdminReportPageSchema().dump({"reports": found, "total": total}))


@bp.post("/reports/<report_id>/resolve")
def resolve(report_id):
    who = actor()
    usable = report_id.isascii() and report_id.isdigit() and len(report_id) <= 9  # fits INTEGER
    row = reports.resolve(session(), int(report_id), who) if usable else None
    if row is None:
        raise ApiError(404, "No such report.")
    record_admin_change(session(), who, f"false-alarm report {report_id} dealt with", None,
                        {"check_id": row.check_id})
    return "", 204
