"""ID token verification through google-auth's own path: the certificate is fetched over HTTP from
a local server, the signature, issuer, audience, expiry and service account are checked."""
import base64
import json
import time

import pytest
from gmail_fakes import BASE, SERVICE_ACCOUNT

from needtoknow.gmail.settings import GmailSettings
from needtoknow.gmail.tokens import (CachedCertsRequest, Unverified, bearer, user_email,
                                     verify_system_token)

AUD = BASE + "/gmail/compose"


@pytest.fixture
def settings(certs_server):
    return GmailSettings(base_url=BASE, service_account=SERVICE_ACCOUNT, certs_url=certs_server.url,
                         oauth_client_id="client-1.apps.googleusercontent.com")


@pytest.fixture
def request_(settings):
    return CachedCertsRequest(settings.certs_seconds)


def _unsigned(claims):
    part = lambda d: base64.urlsafe_b64encode(json.dumps(d).encode()).rstrip(b"=").decode()
    return f"{part({'alg': 'none', 'typ': 'JWT'})}.{part(claims)}."


def test_valid_token_gives_its_claims(signing_key, claims, settings, request_):
    token = signing_key.mint(**claims(AUD))
    assert verify_system_token(token, [AUD], settings, request_)["email"] == SERVICE_ACCOUNT


@pytest.mark.parametrize("case, reason", [
    ("wrong audience", "wrong audience"),
    ("another endpoint", "wrong audience"),
    ("wrong service account", "another service account"),
    ("expired", "expired"),
    ("not yet valid", "not yet valid"),
    ("unsigned", "bad signature"),
    ("forged", "bad signature"),
    ("not google", "not issued by Google"),
    ("unverified email", "not verified"),
    ("garbage", "not valid"),
    ("empty", "no bearer token"),
])
def test_bad_tokens_are_refused(case, reason, signing_key, other_key, claims, settings, request_):
    now = int(time.time())
    token = {
        "wrong audience": lambda: signing_key.mint(**claims("https://evil.example/gmail/compose")),
        "another endpoint": lambda: signing_key.mint(**claims(BASE + "/gmail/homepage")),
        "wrong service account": lambda: signing_key.mint(**claims(AUD, email="someone@evil.example")),
        "expired": lambda: signing_key.mint(**claims(AUD, iat=now - 7200, exp=now - 3600)),
        "not yet valid": lambda: signing_key.mint(**claims(AUD, iat=now + 600, exp=now + 4200)),
        "unsigned": lambda: _unsigned(claims(AUD)),
        "forged": lambda: other_key.mint(**claims(AUD)),
        "not google": lambda: signing_key.mint(**claims(AUD, iss="https://evil.example")),
        "unverified email": lambda: signing_key.mint(**claims(AUD, email_verified=False)),
        "garbage": lambda: "not.a.token",
        "empty": lambda: "",
    }[case]()
    with pytest.raises(Unverified) as caught:
        verify_system_token(token, [AUD], settings, request_)
    assert reason in caught.value.reason
    assert token[:20] not in caught.value.reason or not token


def test_unconfigured_add_on_verifies_nothing(signing_key, claims, certs_server, request_):
    with pytest.raises(Unverified, match="not configured"):
        verify_system_token(signing_key.mint(**claims(AUD)), [AUD],
                            GmailSettings(certs_url=certs_server.url), request_)


def test_certificates_are_fetched_once_and_kept(signing_key, claims, settings, certs_server):
    request = CachedCertsRequest(3600)
    before = certs_server.fetches
    for _ in range(3):
        verify_system_token(signing_key.mint(**claims(AUD)), [AUD], settings, request)
    assert certs_server.fetches - before == 1
    assert request.fetches == 1


def test_certificates_are_fetched_again_when_expired(signing_key, claims, settings, certs_server):
    now = [1000.0]
    request = CachedCertsRequest(60, clock=lambda: now[0])
    verify_system_token(signing_key.mint(**claims(AUD)), [AUD], settings, request)
    now[0] += 61  # the server said max-age=21600, our cap is 60 s
    verify_system_token(signing_key.mint(**claims(AUD)), [AUD], settings, request)
    assert request.fetches == 2


def test_unreachable_certificates_refuse(signing_key, claims, settings):
    unreachable = GmailSettings(base_url=BASE, service_account=SERVICE_ACCOUNT,
                                certs_url="http://127.0.0.1:9/certs")
    with pytest.raises(Unverified, match="certificates could not be fetched"):
        verify_system_token(signing_key.mint(**claims(AUD)), [AUD], unreachable,
                            CachedCertsRequest(60, timeout=2))


def test_user_email_from_the_user_id_token(signing_key, claims, settings, request_):
    user = signing_key.mint(**claims(settings.oauth_client_id, email="Ann.Office@agency.example"))
    assert user_email(user, settings, request_) == "ann.office@agency.example"
    other_client = signing_key.mint(**claims("someone-else", email="ann@agency.example"))
    assert user_email(other_client, settings, request_) == ""
    assert user_email("", settings, request_) == ""


@pytest.mark.parametrize("header, token", [
    ("Bearer abc.def.ghi", "abc.def.ghi"), ("bearer  abc ", "abc"), ("Basic abc", ""), ("", ""),
    (None, ""),
])
def test_bearer(header, token):
    assert bearer(header) == token
