"""Sign-in callback errors — a nonce that doesn't match, a provider error, a network failure, a
missing state or code — answer the console's clean refusal, never a 500 (issue 11, finding 12)."""
import pytest
import requests
from admin_helpers import https_client
from fake_entra import CLIENT_ID, SECRET, TENANT, FakeEntra

FAILED = "/admin/?signin=failed"


@pytest.fixture
def idp(monkeypatch):
    fake = FakeEntra()
    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send",
                        lambda adapter, request, **kw: fake.send(request))
    return fake


@pytest.fixture
def browser(make_app):
    app = make_app(AUTH_MODE="entra", ADMIN_TENANT_ID=TENANT, ADMIN_CLIENT_ID=CLIENT_ID,
                   ADMIN_CLIENT_SECRET=SECRET)
    return https_client(app)


def signed_in(browser):
    return browser.get("/api/v1/admin/session").json["signed_in"]


def test_a_nonce_mismatch_is_a_clean_refusal(browser, idp):
    idp.claim_overrides = {"nonce": "someone-elses-nonce"}
    path, form = idp.authorize(browser.get("/admin/signin").headers["Location"],
                               roles=["NeedToKnow.Admin"])
    response = browser.post(path, data=form)
    assert response.status_code == 302 and response.headers["Location"] == FAILED
    assert not signed_in(browser)


@pytest.mark.parametrize("form", [
    lambda f: {"error": "access_denied", "error_description": "Kowalski said no", "state": f["state"]},
    lambda f: {"state": f["state"]},  # no code
    lambda f: {"code": f["code"]},  # no state
    lambda f: {},
])
def test_a_malformed_or_refused_response_is_a_clean_refusal(browser, idp, form):
    path, good = idp.authorize(browser.get("/admin/signin").headers["Location"],
                               roles=["NeedToKnow.Admin"])
    response = browser.post(path, data=form(good))
    assert response.status_code == 302 and response.headers["Location"] == FAILED
    assert not signed_in(browser)


def test_a_network_failure_at_the_code_exchange_is_a_clean_refusal(browser, idp, monkeypatch):
    path, form = idp.authorize(browser.get("/admin/signin").headers["Location"],
                               roles=["NeedToKnow.Admin"])

    def unreachable(adapter, request, **kw):
        if request.url.endswith("/token"):
            raise requests.ConnectionError("login.microsoftonline.com unreachable")
        return idp.send(request)

    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send", unreachable)
    response = browser.post(path, data=form)
    assert response.status_code == 302 and response.headers["Location"] == FAILED
