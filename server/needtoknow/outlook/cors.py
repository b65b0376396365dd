"""CORS for the add-in: its event runtime and task pane run on the origin that serves `static/`,
which may not be the API's. Only configured origins are answered, and only on what the add-in
calls (a check, an override): the admin API and the Gmail endpoints are never cross-origin."""
from flask import request

ADDIN_ENDPOINTS = frozenset({"check.check", "check.override"})


def init_app(app):
    origins = frozenset(o.rstrip("/").lower() for o in app.config["ADDIN_ORIGINS"])
    if not origins:
        return

    @app.after_request
    def allow_addin_origin(response):
        origin = request.headers.get("Origin", "")
        if request.endpoint in ADDIN_ENDPOINTS and origin.rstrip("/").lower() in origins:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.vary.add("Origin")
            if request.method == "OPTIONS":
                response.headers["Access-Control-Allow-Methods"] = "POST, OPTIONS"
                response.headers["Access-Control-Allow-Headers"] = "Authorization, Content-Type"
                response.headers["Access-Control-Max-Age"] = "600"
        return response
