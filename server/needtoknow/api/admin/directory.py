"""/api/v1/admin/directory: search people, view one with their links, import the CSV files."""
import io
from dataclasses import asdict

from flask import Blueprint, jsonify, request

from ...admin.directory_search import person_detail, search_people
from ...audit.writer import record_admin_change
from ...directory.importer import DirectoryImportError, import_directory
from ..errors import ApiError
from .common import actor, session
from .directory_schemas import (AdminImportFormSchema, AdminImportReportSchema,
                                AdminPeoplePageSchema, AdminPeopleQuerySchema,
                                AdminPersonDetailSchema)

bp = Blueprint("directory", __name__)


@bp.get("/directory/people")
def people():
    query = AdminPeopleQuerySchema().load(request.args)
    found, total = search_people(session(), **query)
    return jsonify(AdminPeoplePageSchema().dump({"people": found, "total": total}))


@bp.get("/directory/people/<person_id>")
def person(person_id):
    detail = person_detail(session(), person_id)
    if detail is None:
        raise ApiError(404, "No such person in the directory.")
    return jsonify(AdminPersonDetailSchema().dump(detail))


@bp.post("/directory/import")
def import_files():
    """Both files, checked whole: every problem by file and line, or the import (or its preview)."""
    form = AdminImportFormSchema().load({**request.form.to_dict(), **request.files.to_dict()})
    files = [io.BytesIO(form[name].read()) for name in ("people", "relationships")]
    try:
        report = import_directory(session(), *files, dry_run=form["dry_run"])
    except DirectoryImportError as exc:
        raise ApiError(400, "The files have problems; nothing was imported.",
                       problems=[asdict(p) for p in exc.errors]) from None
    result = AdminImportReportSchema().dump(report)
    if not report.dry_run:
        record_admin_change(session(), actor(), "directory imported", None,
                            {k: result[k] for k in ("people", "relationships", "changes")})
    return jsonify(result)
