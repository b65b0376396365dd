"""What the server shows the world: security headers on every page and answer, CORS only for the
add-in's calls, no route nobody meant (no debug endpoints), every /api/v1 call authenticated
outside dev mode, the demo's address list only in demo mode."""
import pytest

from needtoknow.api.hardening import ADDIN_CSP, PAGE_CSP, RESOURCE_CSP

ORIGIN = "https://addin.agency.example"


@pytest.mark.parametrize("method, path, csp", [
    ("GET", "/", PAGE_CSP),
    ("GET", "/static/admin/index.html", PAGE_CSP),
    ("GET", "/static/demo/demo.js", RESOURCE_CSP),
    ("GET", "/api/openapi.json", RESOURCE_CSP),
    ("POST", "/api/v1/check", RESOURCE_CSP),
    ("GET", "/healthz", RESOURCE_CSP),
    ("GET", "/nowhere", RESOURCE_CSP),
    ("POST", "/gmail/homepage", RESOURCE_CSP),
])
def test_pages_and_answers_carry_security_headers(client, method, path, csp):
    response = client.open(path, method=method, json={} if method == "POST" else None)
    headers = response.headers
    assert headers["Content-Security-Policy"] == csp
    assert "frame-ancestors 'none'" in csp and headers["X-Frame-Options"] == "DENY"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"


def test_the_admin_console_keeps_its_own_policy(client):
    response = client.get("/admin/")
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("path", ["/static/outlook/taskpane.html", "/static/outlook/commands.html"])
def test_the_add_ins_pages_may_be_framed_by_outlook(client, path):
    headers = client.get(path).headers
    assert headers["Content-Security-Policy"] == ADDIN_CSP and "X-Frame-Options" not in headers
    assert headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("method, path", [("POST", "/api/v1/check"), ("GET", "/api/v1/admin/session"),
                                          ("POST", "/gmail/homepage")])
def test_api_answers_are_not_cached(client, method, path):
    assert client.open(path, method=method, json={}).headers["Cache-Control"] == "no-store"


def test_hsts_over_https_only(client):
    assert "Strict-Transport-Security" not in client.get("/healthz").headers
    assert client.get("/healthz", base_url="https://localhost").headers["Strict-Transport-Security"]


@pytest.mark.parametrize("method, path, allowed", [
    ("POST", "/api/v1/check", True), ("POST", "/api/v1/checks/abc/override", True),
    ("GET", "/api/v1/admin/session", False), ("POST", "/api/v1/admin/session", False),
    ("GET", "/api/v1/admin/audit", False), ("POST", "/gmail/homepage", False),
])
def test_cors_is_for_the_add_ins_calls_only(make_app, method, path, allowed):
    client = make_app(ADDIN_ORIGINS=(ORIGIN,)).test_client()
    preflight = client.options(path, headers={"Origin": ORIGIN, "Access-Control-Request-Method": method})
    actual = client.open(path, method=method, json={}, headers={"Origin": ORIGIN})
    for response in (preflight, actual):
        assert (response.headers.get("Access-Control-Allow-Origin") == ORIGIN) is allowed
        assert "Access-Control-Allow-Credentials" not in response.headers


# Every route, by what protects it. A new route fails this test until it is placed here.
OPEN = {"/", "/healthz", "/readyz", "/metrics", "/api/openapi.json", "/static/<path:filename>",
        "/.well-known/microsoft-officeaddins-allowed.json", "/demo/examples.json",
        "/admin", "/admin/", "/admin/signin", "/admin/auth/callback"}
PREFIXES = ("/api/v1/", "/gmail/")


def test_no_route_outside_the_known_ones(app):
    rules = {r.rule for r in app.url_map.iter_rules()}
    unexpected = {r for r in rules - OPEN if not r.startswith(PREFIXES)}
    assert unexpected == set(), "new routes: say how they are protected"
    assert not any("debug" in r or "console/" in r for r in rules) and not app.debug


def test_outside_dev_mode_every_api_call_needs_a_token(make_app):
    app = make_app(AUTH_MODE="entra")
    client = app.test_client()
    rules = [r for r in app.url_map.iter_rules()
             if r.rule.startswith("/api/v1/") and not r.endpoint.startswith("admin_api.")]
    assert {r.endpoint for r in rules} >= {"check.check", "check.override"}
    for rule in rules:
        path = rule.rule.replace("<check_id>", "c0ffee")
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            response = client.open(path, method=method, json={"justification": "fine", "to": ["a@b.example"]})
            assert response.status_code == 401, (method, path)


def test_outside_dev_mode_admin_calls_need_a_signed_in_admin(make_app):
    app = make_app(AUTH_MODE="entra")
    client = app.test_client()
    for rule in app.url_map.iter_rules():
        if not rule.endpoint.startswith("admin_api.") or rule.endpoint.startswith("admin_api.session."):
            continue
        path = rule.rule.replace("<int:group_id>", "1").replace("<int:rule_id>", "1").replace("<person_id>", "C1")
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            assert client.open(path, method=method, json={}).status_code == 401, (method, path)
    assert client.post("/api/v1/admin/session", json={}).status_code in (403, 404)  # no local admin


def test_gmail_endpoints_refuse_before_any_work(make_app):
    client = make_app().test_client()  # not configured: every request refused
    for path in ("/gmail/homepage", "/gmail/compose", "/gmail/actions/override"):
        assert client.post(path, data="[" * 100_000, content_type="application/json").status_code == 401


@pytest.mark.parametrize("demo, status", [(False, 404), (True, 200)])
def test_demo_addresses_only_in_demo_mode(make_app, demo, status):
    assert make_app(DEMO=demo).test_client().get("/demo/examples.json").status_code == status
