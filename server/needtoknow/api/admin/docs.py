"""The admin API's operations in /api/openapi.json."""
import copy

from ..openapi import describe, json_body, json_response

PREFIX = "/api/v1/admin"
AUTH = ("Needs an admin signed in to the console (session cookie); every change needs the "
        "session's CSRF token in the X-CSRF-Token header.")
ERRORS = {"401": json_response("Nobody is signed in"),
          "403": json_response("Not an admin, or no valid CSRF token")}
BAD = {"400": json_response("Bad input; `fields` names each bad field")}
MISSING = {"404": json_response("No such item")}
CONFLICT = {"409": json_response("Conflicts with an existing item; `fields` names the field")}
IMPORT_BAD = {"400": json_response("The files' problems by file and line; nothing was imported",
                                   "AdminImportErrorSchema")}
CSV = {"200": {"description": "CSV (UTF-8 with a byte-order mark)",
               "content": {"text/csv": {"schema": {"type": "string"}}}}}
GROUP, RULE = "AdminGroupSchema", "AdminGroupRuleSchema"


def _id(name, kind="integer"):
    return [{"in": "path", "name": name, "required": True, "schema": {"type": kind}}]


def _query(schema):
    return [{"in": "query", "schema": schema}]


def _array(schema):
    return {"type": "array", "items": schema}


def _ok(description, schema=None, status="200"):
    if schema is None:
        return {status: {"description": description}}
    return {status: json_response(description, schema)}


def _op(summary, ok, body=None, errors=(), params=None, description=AUTH):
    operation = {"summary": summary, "description": description, "tags": ["admin"],
                 "responses": {**ok, **ERRORS}}
    for error in errors:
        operation["responses"].update(error)
    if body:
        operation["requestBody"] = json_body(body) if isinstance(body, str) else body
    if params:
        operation["parameters"] = params
    return operation


OPERATIONS = [
    ("/session", "get", _op("Who is signed in, and the CSRF token",
                            _ok("The session", "AdminSessionSchema"),
                            description="Open to anyone.")),
    ("/session", "post", _op("Sign in as the local admin (dev mode only)",
                             _ok("Signed in", "AdminSessionSchema", "201"), errors=[MISSING])),
    ("/session", "delete", _op("Sign out", _ok("Signed out", status="204"))),
    ("/sessions", "delete", _op("Sign out every console session (yours too)",
                                _ok("Every session ended", status="204"))),
    ("/groups", "get", _op("List recipient groups", _ok("The groups", _array(GROUP)))),
    ("/groups", "post", _op("Create a recipient group", _ok("Created", GROUP, "201"), GROUP,
                            [BAD, CONFLICT])),
    ("/groups/{group_id}", "get", _op("Show a recipient group", _ok("The group", GROUP),
                                      errors=[MISSING], params=_id("group_id"))),
    ("/groups/{group_id}", "put", _op("Replace a recipient group", _ok("Changed", GROUP), GROUP,
                                      [BAD, MISSING, CONFLICT], _id("group_id"))),
    ("/groups/{group_id}", "delete", _op("Delete a recipient group and its rules",
                                         _ok("Deleted", status="204"), errors=[MISSING],
                                         params=_id("group_id"))),
    ("/rule-catalogue", "get", _op("The default rules",
                                   _ok("The rules", _array("AdminRuleDefinitionSchema")))),
    ("/rules", "get", _op("List group rules", _ok("The group rules", _array(RULE)),
                          params=[{"in": "query", "name": "group_id",
                                   "schema": {"type": "integer"}}])),
    ("/rules", "post", _op("Set a rule's severity for a group", _ok("Created", RULE, "201"), RULE,
                           [BAD, CONFLICT])),
    ("/rules/{rule_id}", "put", _op("Change a group rule", _ok("Changed", RULE), RULE,
                                    [BAD, MISSING, CONFLICT], _id("rule_id"))),
    ("/rules/{rule_id}", "delete", _op("Delete a group rule", _ok("Deleted", status="204"),
                                       errors=[MISSING], params=_id("rule_id"))),
    ("/settings", "get", _op("The settings", _ok("Every setting", "AdminSettingsSchema"))),
    ("/settings", "patch", _op("Change some settings", _ok("Every setting", "AdminSettingsSchema"),
                               "AdminSettingsSchema", [BAD])),
    ("/directory/people", "get", _op("Search the directory",
                                     _ok("A page of people", "AdminPeoplePageSchema"),
                                     errors=[BAD], params=_query("AdminPeopleQuerySchema"))),
    ("/directory/people/{person_id}", "get", _op("A person and their links",
                                                 _ok("The person", "AdminPersonDetailSchema"),
                                                 errors=[MISSING],
                                                 params=_id("person_id", "string"))),
    ("/directory/import", "post", _op(
        "Import (or, with dry_run, preview) people.csv and relationships.csv",
        _ok("What the import does", "AdminImportReportSchema"),
        {"required": True,
         "content": {"multipart/form-data": {"schema": "AdminImportFormSchema"}}},
        [IMPORT_BAD, {"409": json_response(
            "It removes more than IMPORT_MAX_REMOVAL_PERCENT of the people or links and "
            "confirm_removals is not the number removed; nothing was imported",
            "AdminImportErrorSchema")}])),
    ("/audit", "get", _op("Search the audit log",
                          _ok("A page of records, newest first", "AdminAuditPageSchema"),
                          errors=[BAD], params=_query("AdminAuditQuerySchema"))),
    ("/audit/export.csv", "get", _op("Export the audit log as CSV", CSV, errors=[BAD],
                                     params=_query("AdminAuditQuerySchema"))),
    ("/test-message", "post", _op("Check a made-up message without recording it",
                                  _ok("The decision, and each recipient's groups",
                                      "AdminTestResultSchema"), "CheckRequestSchema", [BAD])),
    ("/reports", "get", _op("Staff's false-alarm reports, with each check's reasons",
                            _ok("A page of reports, newest first", "AdminReportPageSchema"),
                            errors=[BAD], params=_query("AdminReportQuerySchema"))),
    ("/reports/{report_id}/resolve", "post", _op("Mark a false-alarm report dealt with",
                                                 _ok("Done", status="204"), errors=[MISSING],
                                                 params=_id("report_id", "string"))),
]

PDF = {"200": {"description": "PDF laid out for the ICO's breach report",
               "content": {"application/pdf": {"schema": {"type": "string", "format": "binary"}}}}}
INCIDENT = _query("IncidentQuerySchema")
OPERATIONS += [
    ("/incidents", "get", _op("Whose data reached whom: exposures by check and recipient, with names",
                              _ok("The summary and entries"), errors=[BAD], params=INCIDENT)),
    ("/incidents/export.csv", "get", _op("Every (recipient, client) pair as CSV", CSV, errors=[BAD],
                                         params=INCIDENT)),
    ("/incidents/report.pdf", "get", _op("The incident report as PDF", PDF, errors=[BAD], params=INCIDENT)),
    ("/incidents/clients/{client_id}", "get", _op(
        "One client's subject-access view: every check where their data reached someone not linked",
        _ok("The client's checks"), errors=[MISSING], params=_id("client_id", "string"))),
    ("/incidents/clients/{client_id}/export.csv", "get", _op(
        "One client's subject-access view as CSV", CSV, errors=[MISSING], params=_id("client_id", "string"))),
]


def describe_admin_api(app):
    for path, method, operation in OPERATIONS:
        # a copy for each app: the OpenAPI builder resolves schema names in place
        describe(app, PREFIX + path, method, copy.deepcopy(operation))
