"""The admin API's operations in /api/openapi.json."""
from ..openapi import describe, json_body, json_response

PREFIX = "/api/v1/admin"
AUTH = ("Needs an admin signed in to the console (session cookie); every change needs the "
        "session's CSRF token in the X-CSRF-Token header.")
ERRORS = {"401": json_response("Nobody is signed in"),
          "403": json_response("Not an admin, or no valid CSRF token")}
BAD = {"400": json_response("Bad input; `fields` names each bad field")}
MISSING = {"404": json_response("No such item")}
CONFLICT = {"409": json_response("Conflicts with an existing item; `fields` names the field")}


def _id(name, kind="integer"):
    return [{"in": "path", "name": name, "required": True, "schema": {"type": kind}}]


def _query(schema):
    return [{"in": "query", "schema": schema}]


def _array(schema):
    return {"type": "array", "items": schema}


def _op(summary, ok, *, body=None, errors=(), params=None, description=AUTH):
    operation = {"summary": summary, "description": description, "tags": ["admin"],
                 "responses": {**ok, **ERRORS, **{k: v for e in errors for k, v in e.items()}}}
    if body:
        operation["requestBody"] = body
    if params:
        operation["parameters"] = params
    return operation


def _ok(description, schema=None, status="200"):
    if schema is None:
        return {status: {"description": description}}
    return {status: json_response(description, schema)}


def describe_admin_api(app):
    for path, method, operation in _operations():
        describe(app, PREFIX + path, method, operation)


def _operations():
    group, rule = "AdminGroupSchema", "AdminGroupRuleSchema"
    return [
        ("/session", "get", _op("Who is signed in, and the CSRF token", _ok("The session", "AdminSessionSchema"), description="Open to anyone.")),
        ("/session", "post", _op("Sign in as the local admin (dev mode only)", _ok("Signed in", "AdminSessionSchema", "201"), errors=[MISSING])),
        ("/session", "delete", _op("Sign out", _ok("Signed out", status="204"))),
        ("/groups", "get", _op("List recipient groups", _ok("The groups", _array(group)))),
        ("/groups", "post", _op("Create a recipient group", _ok("Created", group, "201"), body=json_body(group), errors=[BAD, CONFLICT])),
        ("/groups/{group_id}", "get", _op("Show a recipient group", _ok("The group", group), params=_id("group_id"), errors=[MISSING])),
        ("/groups/{group_id}", "put", _op("Replace a recipient group", _ok("Changed", group), body=json_body(group), params=_id("group_id"), errors=[BAD, MISSING, CONFLICT])),
        ("/groups/{group_id}", "delete", _op("Delete a recipient group and its rules", _ok("Deleted", status="204"), params=_id("group_id"), errors=[MISSING])),
        ("/rule-catalogue", "get", _op("The default rules", _ok("The rules", _array("AdminRuleDefinitionSchema")))),
        ("/rules", "get", _op("List group rules", _ok("The group rules", _array(rule)), params=[{"in": "query", "name": "group_id", "schema": {"type": "integer"}}])),
        ("/rules", "post", _op("Set a rule's severity for a group", _ok("Created", rule, "201"), body=json_body(rule), errors=[BAD, MISSING, CONFLICT])),
        ("/rules/{rule_id}", "put", _op("Change a group rule", _ok("Changed", rule), body=json_body(rule), params=_id("rule_id"), errors=[BAD, MISSING, CONFLICT])),
        ("/rules/{rule_id}", "delete", _op("Delete a group rule", _ok("Deleted", status="204"), params=_id("rule_id"), errors=[MISSING])),
        ("/settings", "get", _op("The settings", _ok("Every setting", "AdminSettingsSchema"))),
        ("/settings", "patch", _op("Change some settings", _ok("Every setting", "AdminSettingsSchema"), body=json_body("AdminSettingsSchema"), errors=[BAD])),
        ("/directory/people", "get", _op("Search the directory", _ok("A page of people", "AdminPeoplePageSchema"), params=_query("AdminPeopleQuerySchema"), errors=[BAD])),
        ("/directory/people/{person_id}", "get", _op("A person and their links", _ok("The person", "AdminPersonDetailSchema"), params=_id("person_id", "string"), errors=[MISSING])),
        ("/directory/import", "post", _op("Import (or preview, with dry_run) people.csv and relationships.csv", _ok("What the import does", "AdminImportReportSchema"), body={"required": True, "content": {"multipart/form-data": {"schema": "AdminImportFormSchema"}}}, errors=[{"400": json_response("The files' problems by file and line; nothing was imported", "AdminImportErrorSchema")}])),
        ("/audit", "get", _op("Search the audit log", _ok("A page of records, newest first", "AdminAuditPageSchema"), params=_query("AdminAuditQuerySchema"), errors=[BAD])),
        ("/audit/export.csv", "get", _op("Export the audit log as CSV", {"200": {"description": "CSV", "content": {"text/csv": {"schema": {"type": "string"}}}}}, params=_query("AdminAuditQuerySchema"), errors=[BAD])),
        ("/test-message", "post", _op("Check a made-up message without recording it", _ok("The decision, and each recipient's groups", "AdminTestResultSchema"), body=json_body("CheckRequestSchema"), errors=[BAD])),
    ]
