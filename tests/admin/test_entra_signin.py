"""Sign-in with Entra ID through msal, the identity provider mocked at the HTTP level."""
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from admin_helpers import https_client
from fake_entra import CLIENT_ID, SECRET, TENANT, FakeEntra


@pytest.fixture
def idp(monkeypatch):
    fake = FakeEntra()
    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send",
                        lambda adapter, request, **kw: fake.send(request))
    return fake


@pytest.fixture
def entra_app(make_app):
    return make_app(AUTH_MODE="entra", ADMIN_TENANT_ID=TENANT, ADMIN_CLIENT_ID=CLIENT_ID,
                    ADMIN_CLIENT_SECRET=SECRET, ADMIN_GROUPS=("9999aaaa-0000-0000-0000-000000000000",))


@pytest.fixture
def browser(entra_app):
    return https_client(entra_app)


def _sign_in(browser, idp, **claims):
    start = browser.get("/admin/signin")
    assert start.status_code == 302
    path, form = idp.authorize(start.headers["Location"], **claims)
    return browser.post(path, data=form)


def _session(browser):
    return browser.get("/api/v1/admin/session").json


def test_authorize_redirect_uses_the_code_flow_with_pkce(browser, idp):
    location = browser.get("/admin/signin").headers["Location"]
    query = {k: v[0] for k, v in parse_qs(urlsplit(location).query).items()}
    assert location.startswith(f"https://login.microsoftonline.com/{TENANT}/oauth2/v2.0/authorize")
    assert query["client_id"] == CLIENT_ID and query["response_type"] == "code"
    assert query["redirect_uri"] == "https://localhost/admin/auth/callback"
    assert query["code_challenge_method"] == "S256" and len(query["code_challenge"]) >= 43
    assert "openid" in query["scope"].split() and query["state"] and query["nonce"]
    assert all(url.startswith("https://login.microsoftonline.com/") for _, url in idp.requests)


def test_the_admin_role_signs_in_as_admin(browser, idp):
    done = _sign_in(browser, idp, roles=["NeedToKnow.Admin"])
    assert done.status_code == 302 and done.headers["Location"] == "/admin/"
    state = _session(browser)
    assert state["signed_in"] and state["admin"]
    assert (state["name"], state["username"]) == ("Nina Admin", "nina@agency.example")
    assert browser.get("/api/v1/admin/groups").status_code == 200
    assert any(m == "POST" and url.endswith("/oauth2/v2.0/token") for m, url in idp.requests)


def test_an_admin_group_claim_signs_in_as_admin(browser, idp):
    _sign_in(browser, idp, groups=["9999AAAA-0000-0000-0000-000000000000"])
    assert _session(browser)["admin"]


def test_without_the_role_the_api_answers_403(browser, idp):
    _sign_in(browser, idp, roles=["Reader"], groups=["1234"])
    state = _session(browser)
    assert state["signed_in"] and not state["admin"]
    assert browser.get("/api/v1/admin/groups").status_code == 403
    token = state["csrf_token"]
    response = browser.post("/api/v1/admin/groups", json={"name": "x", "roles": ["client"]},
                            headers={"X-CSRF-Token": token})
    assert response.status_code == 403


def test_the_session_is_new_after_sign_in(browser, idp):
    before = _session(browser)["csrf_token"]
    _sign_in(browser, idp, roles=["NeedToKnow.Admin"])
    assert _session(browser)["csrf_token"] != before


@pytest.mark.parametrize("claims", [
    {"aud": "another-app"}, {"tid": "66666666-7777-8888-9999-000000000000"}, {"exp": 1000},
])
def test_an_id_token_for_elsewhere_is_refused(browser, idp, claims):
    idp.claim_overrides = claims
    done = _sign_in(browser, idp, roles=["NeedToKnow.Admin"])
    assert done.headers["Location"] == "/admin/?signin=failed"
    assert not _session(browser)["signed_in"]


def test_a_refused_code_exchange_fails_the_sign_in(browser, idp):
    idp.token_error = "invalid_grant"
    assert _sign_in(browser, idp, roles=["NeedToKnow.Admin"]).headers["Location"] == "/admin/?signin=failed"
    assert not _session(browser)["signed_in"]


def test_a_forged_state_fails_the_sign_in(browser, idp):
    path, form = idp.authorize(browser.get("/admin/signin").headers["Location"],
                               roles=["NeedToKnow.Admin"])
    response = browser.post(path, data={**form, "state": "x" + form["state"]})
    assert response.headers["Location"] == "/admin/?signin=failed"
    assert not _session(browser)["signed_in"]


def test_a_response_in_another_browser_is_refused(entra_app, browser, idp):
    """Login CSRF: a code posted to a browser that did not start the sign-in does nothing."""
    path, form = idp.authorize(browser.get("/admin/signin").headers["Location"],
                               roles=["NeedToKnow.Admin"])
    victim = https_client(entra_app)
    assert victim.post(path, data=form).headers["Location"] == "/admin/?signin=expired"
    assert not _session(victim)["signed_in"]


def test_the_flow_cookie_is_signed_and_scoped_to_the_callback(browser, idp):
    response = browser.get("/admin/signin")
    cookie = next(h for h in response.headers.getlist("Set-Cookie")
                  if h.startswith("needtoknow_signin="))
    assert "Path=/admin/auth/callback" in cookie and "Secure" in cookie and "HttpOnly" in cookie
    assert "SameSite=None" in cookie and "Max-Age=600" in cookie
    browser.set_cookie("needtoknow_signin", "tampered", path="/admin/auth/callback")
    assert browser.post("/admin/auth/callback", data={"code": "c", "state": "s"}).headers[
        "Location"] == "/admin/?signin=expired"


def test_the_flow_cannot_be_replayed(browser, idp):
    path, form = idp.authorize(browser.get("/admin/signin").headers["Location"],
                               roles=["NeedToKnow.Admin"])
    browser.post(path, data=form)
    browser.delete("/api/v1/admin/session", headers={"X-CSRF-Token": _session(browser)["csrf_token"]})
    again = browser.post(path, data=form)
    assert again.headers["Location"] == "/admin/?signin=expired"
    assert not _session(browser)["signed_in"]


def test_sign_in_is_unavailable_when_not_configured(make_app):
    browser = https_client(make_app(AUTH_MODE="entra"))
    assert browser.get("/admin/signin").headers["Location"] == "/admin/?signin=unavailable"
    assert _session(browser)["entra_sign_in"] is False


def test_discovery_failure_is_reported_not_raised(browser, monkeypatch):
    def down(adapter, request, **kw):
        raise requests.ConnectionError("down")
    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", down)
    assert browser.get("/admin/signin").headers["Location"] == "/admin/?signin=unavailable"


def test_the_redirect_uri_can_be_configured(make_app, idp):
    app = make_app(AUTH_MODE="entra", ADMIN_TENANT_ID=TENANT, ADMIN_CLIENT_ID=CLIENT_ID,
                   ADMIN_CLIENT_SECRET=SECRET, ADMIN_REDIRECT_URI="https://nk.agency.example/admin/auth/callback")
    location = https_client(app).get("/admin/signin").headers["Location"]
    assert "redirect_uri=https%3A%2F%2Fnk.agency.example%2Fadmin%2Fauth%2Fcallback" in location
