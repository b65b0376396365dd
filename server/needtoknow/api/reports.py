"""POST /api/v1/checks/<check_id>/report: a staff member says a warning or block was wrong.

Same authentication and ownership as the override (`auth.guard`): the caller must be allowed to
send as the check's sender. Only the check id, who reported it and their note are kept."""
import re

from flask import Blueprint, jsonify
from marshmallow import Schema, ValidationError, fields, pre_load, validate

from .. import db
from ..audit import queue as audit_queue
from ..feedback import reports
from ..feedback.models import NOTE_CHARS
from .check import json_body
from .errors import ApiError

bp = Blueprint("reports", __name__, url_prefix="/api/v1")
_PLAIN = re.compile(r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]*$")


class ReportRequestSchema(Schema):
    note = fields.String(load_default="", validate=[
        validate.Length(max=NOTE_CHARS),
        validate.Regexp(_PLAIN, error="Must not contain control characters.")])

    @pre_load
    def _object(self, data, **kwargs):
        if not isinstance(data, dict):
            raise ValidationError("The request body must be a JSON object.", "_schema")
        return data


class ReportResponseSchema(Schema):
    reported = fields.Boolean()


@bp.post("/checks/<check_id>/report")
def report(check_id):
    body = ReportRequestSchema().load(json_body())
    session = db.get_session()
    check = audit_queue.find_check(session, check_id)  # may still be queued
    if check is None:
        raise ApiError(404, "No such check.")
    from ..auth.guard import current_principal  # here: auth imports the api package

    principal = current_principal()
    reporter = principal.name if principal.kind != "dev" else (check.actor or "dev")
    reports.record(session, check, reporter, body["note"].strip())
    return jsonify({"reported": True}), 201


@bp.record_once
def _describe(state):
    from .openapi import describe, json_body as body, json_response

    describe(state.app, "/api/v1/checks/{check_id}/report", "post", {
        "summary": "Report that a check's warning or block was wrong (a false alarm)",
        "security": [{"bearer": []}],
        "parameters": [{"in": "path", "name": "check_id", "required": True,
                        "schema": {"type": "string"}}],
        "requestBody": body("ReportRequestSchema"),
        "responses": {"201": json_response("Recorded", "ReportResponseSchema"),
                      "400": json_response("Bad input; `fields` names each bad field"),
                      "401": json_response("No valid token or API key"),
                      "403": json_response("The caller may not act for the check's sender"),
                      "404": json_response("No such check")}})
