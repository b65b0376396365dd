"""Server-side console sessions (issue 11, finding 4): the cookie is an opaque id, a cookie replayed
after sign-out does nothing, an admin can end every session, and a removed admin role takes effect
at the next re-check (ADMIN_RECHECK_SECONDS), not at the session's end."""
import re
import time

import pytest
import requests
from admin_helpers import https_client
from fake_entra import CLIENT_ID, SECRET, TENANT, FakeEntra

GROUP = {"name": "Kent", "domains": ["kent.gov.uk"]}


def dev_sign_in(client):
    token = client.get("/api/v1/admin/session").json["csrf_token"]
    assert client.post("/api/v1/admin/session", headers={"X-CSRF-Token": token}).status_code == 201
    return client.get("/api/v1/admin/session").json["csrf_token"]


def test_the_cookie_holds_only_an_opaque_id(app):
    client = app.test_client()
    dev_sign_in(client)
    value = client.get_cookie("session").value
    assert re.fullmatch(r"[A-Za-z0-9_-]{43}", value), "the cookie carries the session's content"


def test_a_cookie_replayed_after_sign_out_is_refused(app):
    client = app.test_client()
    token = dev_sign_in(client)
    stolen = client.get_cookie("session").value
    assert client.delete("/api/v1/admin/session", headers={"X-CSRF-Token": token}).status_code == 204
    replay = app.test_client()
    replay.set_cookie("session", stolen)
    response = replay.post("/api/v1/admin/groups", json=GROUP, headers={"X-CSRF-Token": token})
    assert response.status_code in (401, 403) and response.status_code != 201
    assert replay.get("/api/v1/admin/session").json["signed_in"] is False


def test_an_admin_can_sign_out_every_session(app):
    one, two = app.test_client(), app.test_client()
    token, _ = dev_sign_in(one), dev_sign_in(two)
    assert two.get("/api/v1/admin/groups").status_code == 200
    assert one.delete("/api/v1/admin/sessions", headers={"X-CSRF-Token": token}).status_code == 204
    assert two.get("/api/v1/admin/groups").status_code == 401
    assert one.get("/api/v1/admin/groups").status_code == 401


@pytest.fixture
def idp(monkeypatch):
    fake = FakeEntra()
    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send",
                        lambda adapter, request, **kw: fake.send(request))
    return fake


def test_a_removed_admin_role_takes_effect_at_the_next_recheck(make_app, idp):
    app = make_app(AUTH_MODE="entra", ADMIN_TENANT_ID=TENANT, ADMIN_CLIENT_ID=CLIENT_ID,
                   ADMIN_CLIENT_SECRET=SECRET, ADMIN_RECHECK_SECONDS=1)
    browser = https_client(app)

    def sign_in(**claims):
        path, form = idp.authorize(browser.get("/admin/signin").headers["Location"], **claims)
        return browser.post(path, data=form)

    sign_in(roles=["NeedToKnow.Admin"])
    assert browser.get("/api/v1/admin/groups").status_code == 200
    time.sleep(1.2)  # the role was removed in Entra meanwhile
    assert browser.get("/api/v1/admin/groups").status_code == 401  # sign in again to go on
    sign_in(roles=[])
    assert browser.get("/api/v1/admin/groups").status_code == 403
