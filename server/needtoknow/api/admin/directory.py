"""/api/v1/admin/directory: search people, view one with their links, import the CSV files."""
import io
from dataclasses import asdict

from flask import Blueprint, current_app, jsonify, request

from ...admin.directory_search import person_detail, search_people
from ...audit.writer import record_admin_change
from ...directory.importer import DirectoryImportError, RemovalsNotConfirmed, import_directory
from ..errors import ApiError
from .common import actor, session
from .directory_schemas import (AdminImportFormSchema, AdminImportRemovalsSchema,
                                AdminImportReportSchema,
                                AdminPeoplePageSchema, AdminPeopleQuerySchema,
                                AdminPersonDetailSchema)

bp = Blueprint("directory", __name__)
FILES = ("people", "relationships")
NOT_TEXT = "holds NUL characters, so it is not a CSV text file (save it as CSV UTF-8)"


@bp.get("/directory/people")
def people():
    query = AdminPeopleQuerySchema().load(request.args)
    found, total = search_people(session(), **query)
    return jsonify(AdminPeoplePageSchema().dump({"people": found, "total": total}))


@bp.get("/directory/people/<person_id>")
def person(person_id):
    # an id no import could have made (too long, a NUL) is not looked up: the database would refuse
    usable = len(person_id) <= 64 and "\x00" not in person_id
    detail = person_detail(session(), person_id) if usable else None
    if detail is None:
        raise ApiError(404, "No such person in the directory.")
    return jsonify(AdminPersonDetailSchema().dump(detail))


@bp.post("/directory/import")
def import_files():
    """Both files, checked whole: every problem by file and line, or the import (or its preview)."""
    form = AdminImportFormSchema().load({**request.form.to_dict(), **request.files.to_dict()})
    contents = {name: form[name].read() for name in FILES}
    binary = [name for name, data in contents.items() if b"\x00" in data]
    if binary:  # no CSV text holds a NUL, and the database can't store one: say so, not a 500
        raise ApiError(400, "The files have problems; nothing was imported.", problems=[
            {"file": f"{name}.csv", "line": 0, "message": NOT_TEXT} for name in binary])
    files = [io.BytesIO(contents[name]) for name in FILES]
    threshold = current_app.config["IMPORT_MAX_REMOVAL_PERCENT"] / 100
    try:
        report = import_directory(session(), *files, dry_run=form["dry_run"],
                                  confirm_removals=form["confirm_removals"],
                                  removal_threshold=threshold)
    except DirectoryImportError as exc:
        raise ApiError(400, "The files have problems; nothing was imported.",
                       problems=[asdict(p) for p in exc.errors]) from None
    except RemovalsNotConfirmed as exc:
        raise ApiError(409, str(exc), removals=AdminImportRemovalsSchema().dump(exc.removals),
                       fields={"confirm_removals": [
                           f"Type {exc.removals.confirm_number} to confirm the removals."]}) from None
    result = AdminImportReportSchema().dump(report)
    if not report.dry_run:
        record_admin_change(session(), actor(), "directory imported", None,
                            {k: result[k] for k in ("people", "relationships", "changes")})
    return jsonify(result)
