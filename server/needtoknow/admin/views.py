"""The console's pages: /admin/ (the single-page console) and the Entra ID sign-in round trip.

Microsoft posts the sign-in response back (`response_mode=form_post`, so the code never sits in
a URL). A cross-site POST carries no SameSite=Lax session cookie, so the flow (state, nonce,
PKCE verifier) travels in its own short-lived signed cookie, SameSite=None and limited to the
callback's path; it ties the response to the browser that started the sign-in.
"""
from flask import Blueprint, current_app, redirect, request, url_for
from itsdangerous import BadData, URLSafeTimedSerializer

from . import entra, identity

bp = Blueprint("admin_console", __name__, url_prefix="/admin")
FLOW_COOKIE = "needtoknow_signin"
FLOW_SECONDS = 600
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
        return _back("unavailable")
    try:
        flow = entra.start(settings, _redirect_uri())
    except entra.SignInError:
        return _back("unavailable")
    response = redirect(flow["auth_uri"])
    response.set_cookie(FLOW_COOKIE, _serializer().dumps(flow), max_age=FLOW_SECONDS,
                        path=url_for(".callback"), secure=True, httponly=True, samesite="None")
    return response


@bp.post("/auth/callback")
def callback():
    flow = _flow()
    settings = entra.EntraSettings.from_config(current_app.config)
    if flow is None:
        response = _back("expired")
    else:
        try:
            claims = entra.finish(settings, flow, request.form)
        except entra.SignInError:
            response = _back("failed")
        else:
            identity.sign_in(entra.user(claims, settings))
            response = redirect(url_for(".console"))
    response.delete_cookie(FLOW_COOKIE, path=url_for(".callback"), secure=True, httponly=True,
                           samesite="None")
    return response


def _back(reason):
    return redirect(url_for(".console", signin=reason))


def _serializer():
    return URLSafeTimedSerializer(current_app.secret_key, salt="needtoknow.admin.entra-flow")


def _flow():
    try:
        return _serializer().loads(request.cookies.get(FLOW_COOKIE, ""), max_age=FLOW_SECONDS)
    except BadData:
        return None


def _redirect_uri():
    return current_app.config.get("ADMIN_REDIRECT_URI") or url_for(".callback", _external=True)
