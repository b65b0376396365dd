"""GET /.well-known/microsoft-officeaddins-allowed.json: the add-in JavaScript files that classic
Outlook on Windows may run with single sign-on and cross-origin requests against this origin."""
from flask import Blueprint, current_app, jsonify, url_for

bp = Blueprint("wellknown", __name__)


@bp.get("/.well-known/microsoft-officeaddins-allowed.json")
def officeaddins_allowed():
    configured = current_app.config["OUTLOOK_SCRIPT_URLS"].replace(",", " ").split()
    allowed = configured or [url_for("static", filename="outlook/launchevent.js", _external=True)]
    response = jsonify({"allowed": allowed})
    response.cache_control.max_age = 3600
    response.cache_control.public = True
    return response
