"""GET /.well-known/microsoft-officeaddins-allowed.json: the add-in JavaScript files that classic
Outlook on Windows may run with single sign-on and cross-origin requests against this origin.

The list comes from configuration only — OUTLOOK_SCRIPT_URLS, else PUBLIC_BASE_URL's
`/static/outlook/launchevent.js`, else empty — never from the request's Host header: the answer
is publicly cacheable, so a forged Host must not be able to plant a script URL in a shared cache.
"""
from flask import Blueprint, current_app, jsonify

bp = Blueprint("wellknown", __name__)
SCRIPT_PATH = "/static/outlook/launchevent.js"


def allowed_scripts(config):
    configured = config["OUTLOOK_SCRIPT_URLS"].replace(",", " ").split()
    if configured:
        return configured
    base = (config.get("PUBLIC_BASE_URL") or "").rstrip("/")
    return [base + SCRIPT_PATH] if base else []


@bp.get("/.well-known/microsoft-officeaddins-allowed.json")
def officeaddins_allowed():
    response = jsonify({"allowed": allowed_scripts(current_app.config)})
    response.cache_control.max_age = 3600
    response.cache_control.public = True
    # the same bytes for every request: nothing for a cache to vary on
    response.vary.discard("Cookie")
    return response
