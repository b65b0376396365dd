"""Who may call the admin API: 401 signed out, 403 for non-admins and for changes without the
CSRF token; the session endpoint and the cookie's protection."""
import time

import pytest
from admin_helpers import AdminClient, check_body, files, https_client, sign_in_as

ENDPOINTS = [
    ("GET", "/groups"), ("POST", "/groups"), ("GET", "/groups/1"), ("PUT", "/groups/1"),
    ("DELETE", "/groups/1"), ("GET", "/rule-catalogue"), ("GET", "/rules"), ("POST", "/rules"),
    ("PUT", "/rules/1"), ("DELETE", "/rules/1"), ("GET", "/settings"), ("PATCH", "/settings"),
    ("GET", "/directory/people"), ("GET", "/directory/people/C1"),
    ("POST", "/directory/import"), ("GET", "/audit"), ("GET", "/audit/export.csv"),
    ("POST", "/test-message"), ("GET", "/reports"), ("POST", "/reports/1/resolve"),
    ("DELETE", "/sessions"),
]
ENDPOINTS += [("GET", "/incidents"), ("GET", "/incidents/export.csv"), ("GET", "/incidents/report.pdf"),
              ("GET", "/incidents/clients/C1"), ("GET", "/incidents/clients/C1/export.csv")]
CHANGES = [(m, p) for m, p in ENDPOINTS if m != "GET"]
BODIES = {"/groups": {"name": "Kent", "domains": ["kent.gov.uk"]},
          "/groups/1": {"name": "Kent", "domains": ["kent.gov.uk"]},
          "/rules": {"group_id": 1, "rule": "client-data", "severity": "block"},
          "/rules/1": {"group_id": 1, "rule": "client-data", "severity": "allow"},
          "/settings": {"bulk_min_clients": 2}, "/test-message": check_body("a@b.example")}


def _request(client, method, path, headers=None):
    if path == "/directory/import":
        return client.open("/api/v1/admin" + path, method=method, data=files(), headers=headers)
    return client.open("/api/v1/admin" + path, method=method, json=BODIES.get(path),
                       headers=headers)


def test_every_admin_route_is_listed_here(app):
    routes = {(m, r.rule.replace("/api/v1/admin", "").replace("<int:group_id>", "1")
               .replace("<int:rule_id>", "1").replace("<person_id>", "C1").replace("<client_id>", "C1")
               .replace("<report_id>", "1"))
              for r in app.url_map.iter_rules() if r.rule.startswith("/api/v1/admin")
              for m in r.methods - {"HEAD", "OPTIONS"}}
    assert routes - {("GET", "/session"), ("POST", "/session"), ("DELETE", "/session")} == set(ENDPOINTS)


@pytest.mark.parametrize("method, path", ENDPOINTS)
def test_signed_out_gets_401(client, method, path):
    response = _request(client, method, path)
    assert response.status_code == 401
    assert "Sign in" in response.json["error"]


@pytest.mark.parametrize("method, path", ENDPOINTS)
def test_non_admin_gets_403(client, method, path):
    token = sign_in_as(client, admin_role=False)
    response = _request(client, method, path, headers={"X-CSRF-Token": token})
    assert response.status_code == 403
    assert "not an admin" in response.json["error"]


@pytest.mark.parametrize("token", [None, "", "wrong"])
@pytest.mark.parametrize("method, path", CHANGES)
def test_change_without_the_csrf_token_gets_403(admin, method, path, token):
    admin.post("/groups", json={"name": "Kent", "domains": ["kent.gov.uk"]})
    before = admin.get("/audit").json["total"]
    headers = {} if token is None else {"X-CSRF-Token": token}
    response = _request(admin.client, method, path, headers=headers)
    assert response.status_code == 403
    assert "CSRF" in response.json["error"]
    assert admin.get("/audit").json["total"] == before  # nothing changed


def test_csrf_token_in_a_form_field_is_accepted(admin):
    response = admin.client.post("/api/v1/admin/directory/import",
                                 data={**files(dry_run=True), "csrf_token": admin.token})
    assert response.status_code == 200


def test_session_shows_who_is_signed_in(client):
    anonymous = client.get("/api/v1/admin/session").json
    assert anonymous["signed_in"] is False and anonymous["admin"] is False
    assert anonymous["auth_mode"] == "dev" and anonymous["csrf_token"]
    signed_in = AdminClient(client)
    state = client.get("/api/v1/admin/session").json
    assert state["signed_in"] and state["admin"] and state["username"] == "admin@localhost"
    assert state["csrf_token"] == signed_in.token != anonymous["csrf_token"]  # renewed at sign-in


def test_dev_sign_in_needs_the_csrf_token(client):
    assert client.post("/api/v1/admin/session").status_code == 403
    assert client.get("/api/v1/admin/groups").status_code == 401


def test_there_is_no_local_admin_outside_dev_mode(make_app):
    client = https_client(make_app(AUTH_MODE="entra"))
    token = client.get("/api/v1/admin/session").json["csrf_token"]
    assert client.post("/api/v1/admin/session", headers={"X-CSRF-Token": token}).status_code == 404


def test_sign_out_ends_the_session(admin):
    assert admin.delete("/session").status_code == 204
    assert admin.get("/groups").status_code == 401
    assert admin.delete("/session").status_code == 403  # the old token died with the session


def test_an_expired_session_is_signed_out(client):
    sign_in_as(client, admin_role=True)
    assert client.get("/api/v1/admin/groups").status_code == 200
    with client.session_transaction() as session:
        session["admin"] = {**session["admin"], "until": time.time() - 1}
    assert client.get("/api/v1/admin/groups").status_code == 401


def _cookie(response):
    return next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("session="))


def test_cookie_is_httponly_and_samesite_in_dev(client):
    cookie = _cookie(client.get("/api/v1/admin/session"))
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie


def test_cookie_is_secure_outside_dev_mode(make_app):
    client = https_client(make_app(AUTH_MODE="entra"))
    cookie = _cookie(client.get("/api/v1/admin/session"))
    assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie


def test_admin_answers_are_not_cached(admin):
    assert admin.get("/groups").headers["Cache-Control"] == "no-store"


def test_console_page_is_served_with_a_content_security_policy(client):
    response = client.get("/admin/")
    assert response.status_code == 200 and b"admin console" in response.data
    assert "frame-ancestors 'none'" in response.headers["Content-Security-Policy"]
    assert client.get("/admin").status_code in (301, 302, 308)
