"""/api/v1/admin/audit: the audit log, filtered, as pages of JSON or one CSV file."""
import csv
import io
from datetime import datetime, timezone

from flask import Blueprint, Response, jsonify, request, stream_with_context

from ...admin.audit_log import AuditFilter, csv_rows, search
from .audit_schemas import AdminAuditPageSchema, AdminAuditQuerySchema
from .common import session

bp = Blueprint("audit", __name__)
QUERY = AdminAuditQuerySchema()


def _query():
    query = QUERY.load(request.args)
    limit, offset = query.pop("limit"), query.pop("offset")
    return AuditFilter(**query), limit, offset


@bp.get("/audit")
def audit():
    audit_filter, limit, offset = _query()
    records, total = search(session(), audit_filter, limit, offset)
    return jsonify(AdminAuditPageSchema().dump({"records": records, "total": total}))


@bp.get("/audit/export.csv")
def export():
    audit_filter, _, _ = _query()
    rows = csv_rows(session(), audit_filter)
    name = f"needtoknow-audit-{datetime.now(timezone.utc):%Y%m%d-%H%M%S}.csv"
    return Response(stream_with_context(_lines(rows)), mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{name}"'})


def _lines(rows):
    yield "\ufeff"  # the byte-order mark tells Excel the file is UTF-8
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow(row)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
