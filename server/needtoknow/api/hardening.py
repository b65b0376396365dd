"""What every response and every JSON body goes through: security headers, and JSON parsing that
turns hostile nesting into a 400 instead of a RecursionError (a 500).

Pages: the demo and the admin console get a strict Content-Security-Policy (scripts, styles and
requests from this server only, no framing). The Outlook add-in's pages are framed by Outlook
itself, on hosts that differ by client and cloud, and load office.js from Microsoft's CDN, so they
get only the directives that can't break that. Everything else (JSON, CSV, scripts, icons) gets
`default-src 'none'`, so nothing served here can run as a page.
"""
from flask import request
from flask.json.provider import DefaultJSONProvider

PAGE_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
            "form-action 'self'")
ADDIN_CSP = "object-src 'none'; base-uri 'self'"  # framed by Outlook: no frame-ancestors
RESOURCE_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'"
ADDIN_PAGES = "/static/outlook/"
PRIVATE = ("/api/", "/gmail/")  # answers that name recipients, decisions, directory data


class JsonProvider(DefaultJSONProvider):
    """Flask's JSON, except that a body nested deeper than Python can parse is invalid JSON (a
    ValueError, which Flask and `get_json(silent=True)` treat as a malformed body)."""

    def loads(self, s, **kwargs):
        try:
            return super().loads(s, **kwargs)
        except RecursionError:
            raise ValueError("JSON nested too deeply") from None


def security_headers(response):
    headers = response.headers
    headers.setdefault("X-Content-Type-Options", "nosniff")
    headers.setdefault("Referrer-Policy", "no-referrer")
    if "Content-Security-Policy" not in headers:
        headers["Content-Security-Policy"] = _policy(response)
    if not request.path.startswith(ADDIN_PAGES):
        headers.setdefault("X-Frame-Options", "DENY")
    if request.path.startswith(PRIVATE):
        headers.setdefault("Cache-Control", "no-store")
    if request.is_secure:
        headers.setdefault("Strict-Transport-Security", "max-age=31536000")
    return response


def _policy(response):
    if response.mimetype != "text/html":
        return RESOURCE_CSP
    return ADDIN_CSP if request.path.startswith(ADDIN_PAGES) else PAGE_CSP


def init_app(app):
    app.json = JsonProvider(app)
    app.after_request(security_headers)
