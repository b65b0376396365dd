"""The console's pages: /admin/ (the single-page console) and the Entra ID sign-in redirects."""
from flask import Blueprint, current_app, redirect, request, session, url_for

from . import entra, identity

bp = Blueprint("admin_console", __name__, url_prefix="/admin")
FLOW = "entra_flow"
CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
       "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")


@bp.get("/")
def console():
    response = current_app.send_static_file("admin/index.html")
    response.headers["Content-Security-Policy"] = CSP
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("")
def console_without_slash():
    return redirect(url_for(".console"))


@bp.get("/signin")
def signin():
    settings = entra.EntraSettings.from_config(current_app.config)
    if not settings.configured:
        return redirect(url_for(".console", signin="unavailable"))
    try:
        flow = entra.start(settings, _redirect_uri())
    except entra.SignInError:
        return redirect(url_for(".console", signin="unavailable"))
    session[FLOW] = flow
    return redirect(flow["auth_uri"])


@bp.get("/auth/callback")
def callback():
    flow = session.pop(FLOW, None)
    if flow is None:
        return redirect(url_for(".console", signin="expired"))
    settings = entra.EntraSettings.from_config(current_app.config)
    try:
        claims = entra.finish(settings, flow, request.args)
    except entra.SignInError:
        return redirect(url_for(".console", signin="failed"))
    identity.sign_in(entra.user(claims, settings))
    return redirect(url_for(".console"))


def _redirect_uri():
    return current_app.config.get("ADMIN_REDIRECT_URI") or url_for(".callback", _external=True)
