"""GET /api/openapi.json: the OpenAPI document, generated from the marshmallow schemas.

Each API module describes its operations with `describe(app, path, method, operation)`; schemas
named in them as classes are registered as components.
"""
from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from flask import Blueprint, current_app, jsonify

bp = Blueprint("openapi", __name__)
EXTENSION = "needtoknow.openapi"


def describe(app, path, method, operation):
    app.extensions.setdefault(EXTENSION, []).append((path, method, operation))


def document(app):
    spec = APISpec(title="Need to Know", version="1.0.0", openapi_version="3.0.3",
                   plugins=[MarshmallowPlugin()],
                   info={"description": "Checks outgoing email for care clients' data before send."})
    spec.components.security_scheme("bearer", {"type": "http", "scheme": "bearer"})
    paths = {}
    for path, method, operation in app.extensions.get(EXTENSION, []):
        paths.setdefault(path, {})[method] = operation
    for path, operations in paths.items():
        spec.path(path=path, operations=operations)
    return spec.to_dict()


@bp.get("/api/openapi.json")
def openapi_json():
    return jsonify(document(current_app))


def json_body(schema):
    return {"required": True, "content": {"application/json": {"schema": schema}}}


def json_response(description, schema="ErrorSchema"):
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def describe_check_api(app):
    errors = {"400": json_response("Bad input; `fields` names each bad field"),
              "401": json_response("No valid token or API key"),
              "413": json_response("The request is larger than the limit")}
    describe(app, "/api/v1/check", "post", {
        "summary": "Check a draft before it is sent", "security": [{"bearer": []}],
        "requestBody": json_body("CheckRequestSchema"),
        "responses": {"200": json_response("The decision", "CheckResponseSchema"), **errors,
                      "409": json_response("Attachments referred to by an unknown SHA-256; "
                                           "`missing` lists them")}})
    describe(app, "/api/v1/checks/{check_id}/override", "post", {
        "summary": "Record that a warned message was sent anyway", "security": [{"bearer": []}],
        "parameters": [{"in": "path", "name": "check_id", "required": True, "schema": {"type": "string"}}],
        "requestBody": json_body("OverrideRequestSchema"),
        "responses": {"201": json_response("Recorded", "OverrideResponseSchema"), **errors,
                      "404": json_response("No such check"),
                      "409": json_response("The check was not a warning, or it was already "
                                           "overridden (`overridden_at` says when)")}})
