"""/api/v1/admin/incidents: whose data reached whom (JSON, CSV, the ICO-shaped PDF), and one
client's subject-access view (JSON, CSV). Names are the directory's, read now, for admins only
(every admin endpoint needs a signed-in admin)."""
import csv
import io
from datetime import datetime, timezone

from flask import Blueprint, Response, jsonify, request
from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from ...admin.audit_log import _cell
from ...incident.csv_out import csv_rows
from ...incident.pdf import render
from ...incident.query import IncidentFilter, IncidentQueryError, gather
from ...incident.views import client_csv_rows, client_view, incident_view
from ..errors import ApiError
from .common import session
from .schemas import PLAIN

bp = Blueprint("incidents", __name__)
ID = validate.Regexp(r"^[0-9A-Za-z_.:-]{1,64}$")


class IncidentQuerySchema(Schema):
    check_id = fields.String(load_default=None, validate=ID)
    since = fields.Date(load_default=None, metadata={"description": "first day (UTC), inclusive"})
    until = fields.Date(load_default=None, metadata={"description": "last day (UTC), inclusive"})
    client = fields.String(load_default=None, validate=ID)
    recipient = fields.String(load_default=None, validate=[validate.Length(max=320), PLAIN])
    limit = fields.Integer(load_default=200, validate=validate.Range(min=1, max=2000))

    @validates_schema
    def _window(self, data, **kwargs):
        if not data["check_id"] and not (data["since"] and data["until"]):
            raise ValidationError("Give a check id, or both `since` and `until`.", "_schema")
        if data["since"] and data["until"] and data["since"] > data["until"]:
            raise ValidationError("Must not be before `since`.", "until")


def _incident():
    query = IncidentQuerySchema().load(request.args)
    filters = IncidentFilter(check_id=query["check_id"], since=query["since"], until=query["until"],
                             client_id=query["client"], recipient=query["recipient"])
    try:
        return gather(session(), filters, with_names=True), query["limit"]
    except IncidentQueryError as exc:
        raise ApiError(400, str(exc))


@bp.get("/incidents")
def incident():
    found, limit = _incident()
    return jsonify(incident_view(found, limit))


@bp.get("/incidents/export.csv")
def incident_csv():
    found, _ = _incident()
    return _download(_csv(csv_rows(found, with_names=True)), "text/csv", "csv")


@bp.get("/incidents/report.pdf")
def incident_pdf():
    found, _ = _incident()
    return _download(render(found, datetime.now(timezone.utc)), "application/pdf", "pdf")


@bp.get("/incidents/clients/<client_id>")
def client(client_id):
    return jsonify(_client_view(client_id))


@bp.get("/incidents/clients/<client_id>/export.csv")
def client_csv(client_id):
    return _download(_csv(client_csv_rows(_client_view(client_id))), "text/csv", "csv", client_id)


def _client_view(client_id):
    if ID.regex.fullmatch(client_id) is None:
        raise ApiError(404, "No such client.")
    found = gather(session(), IncidentFilter(client_id=client_id), with_names=True)
    return client_view(found, client_id)


def _csv(rows):
    buffer = io.StringIO()
    buffer.write("\ufeff")  # the byte-order mark tells Excel the file is UTF-8
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([_cell(v) for v in row])
    return buffer.getvalue()


def _download(data, mimetype, ext, what="incident"):
    name = f"needtoknow-{what}-{datetime.now(timezone.utc):%Y%m%d-%H%M%S}.{ext}"
    return Response(data, mimetype=mimetype, headers={"Content-Disposition": f'attachment; filename="{name}"'})
