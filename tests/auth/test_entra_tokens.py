"""Entra ID access tokens on /api/v1/check: each failure is the right 401/403 with its reason."""
import time

import pytest

from conftest import OTHER_TENANT, TENANT, USER

BODY = {"sender": USER, "to": ["carer@agency.example"], "subject": "Rota", "body": "See you Monday."}
HOUR = 3600


def post(client, token=None, body=BODY, header=None):
    headers = {"Authorization": header or f"Bearer {token}"} if (token or header) else {}
    return client.post("/api/v1/check", json=body, headers=headers)


def test_a_valid_token_is_accepted(entra_client, make_token):
    response = post(entra_client, make_token())
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["decision"] == "allow"


@pytest.mark.parametrize("claims, status, reason", [
    ({"exp": int(time.time()) - HOUR, "iat": int(time.time()) - 2 * HOUR}, 401, "The token has expired."),
    ({"nbf": int(time.time()) + HOUR}, 401, "The token is not valid yet."),
    ({"aud": "api://someone-else"}, 401, "The token is for another audience."),
    ({"tid": OTHER_TENANT}, 403, "The token's tenant is not allowed to use this service."),
    ({"iss": f"https://login.microsoftonline.com/{OTHER_TENANT}/v2.0"}, 401,
     "The token's issuer does not match its tenant."),
    ({"scp": "User.Read"}, 403, "The token lacks the `access_as_user` scope."),
    ({"scp": None, "roles": ["Check.All"]}, 403, "The token lacks the `access_as_user` scope."),
    ({"tid": None}, 401, "The token has no `tid` claim."),
    ({"exp": None}, 401, "The token has no `exp` claim."),
    ({"oid": None}, 401, "The token has no `oid` claim."),  # the user is oid + tid (issue 14)
])
def test_claims_that_fail(entra_client, make_token, claims, status, reason):
    response = post(entra_client, make_token(**claims))
    assert (response.status_code, response.get_json()) == (status, {"error": reason})


def test_a_wrong_signature_is_refused(entra_client, make_token, stranger_key):
    response = post(entra_client, make_token(key=stranger_key))  # claims key-1, signed by another
    assert (response.status_code, response.get_json()) == (401, {"error": "The token's signature is not valid."})


def test_an_unknown_key_is_refused(entra_client, make_token, stranger_key):
    response = post(entra_client, make_token(key=stranger_key, kid="key-9"))
    assert (response.status_code, response.get_json()) == (401, {"error": "The token is signed with an unknown key."})


@pytest.mark.parametrize("header, reason", [
    (None, "Authorization: Bearer <token> is required."),
    ("Basic b2ZmaWNlOnNlY3JldA==", "The Authorization header must read `Bearer <token>`."),
    ("Bearer", "The Authorization header must read `Bearer <token>`."),
    ("Bearer not-a-jwt", "The token is malformed."),
    ("Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.", "The token is not signed with RS256."),
])
def test_absent_or_unusable_authorization(entra_client, header, reason):
    response = post(entra_client, header=header)
    assert (response.status_code, response.get_json()) == (401, {"error": reason})
    assert response.headers["WWW-Authenticate"].startswith('Bearer error="invalid_token"')


def test_a_missing_scope_says_insufficient_scope(entra_client, make_token):
    response = post(entra_client, make_token(scp="User.Read"))
    assert response.headers["WWW-Authenticate"].startswith('Bearer error="insufficient_scope"')


@pytest.mark.parametrize("claims", [
    {"preferred_username": None, "upn": USER.upper()},
    {"iss": f"https://sts.windows.net/{TENANT}/", "aud": "api://6e1e7a4c-3f0b-4a5e-9d7e-0c1b2a3d4e5f", "ver": "1.0"},
])
def test_v1_tokens_and_upn_are_accepted(entra_client, make_token, claims):
    assert post(entra_client, make_token(**claims)).status_code == 200


@pytest.mark.parametrize("sender, status", [
    (USER, 200),
    (USER.upper(), 200),
    ("shared@agency.example", 200),  # SEND_AS "*>shared@agency.example"
    ("manager@agency.example", 403),
    ("", 403),
])
def test_the_token_user_must_be_the_sender(entra_client, make_token, sender, status):
    response = post(entra_client, make_token(), body={**BODY, "sender": sender})
    assert response.status_code == status
    if status == 403:
        assert response.get_json()["error"].startswith(f"{USER} may not send as")


def test_signing_keys_are_fetched_once(entra_client, make_token, jwks):
    before = jwks.hits
    for _ in range(3):
        assert post(entra_client, make_token()).status_code == 200
    assert jwks.hits - before <= 1


def test_unreachable_signing_keys_are_a_503(make_app, make_token):
    app = make_app(AUTH_MODE="entra", ENTRA_CLIENT_ID="6e1e7a4c-3f0b-4a5e-9d7e-0c1b2a3d4e5f",
                   ENTRA_TENANTS=(TENANT,), ENTRA_JWKS_URL="http://127.0.0.1:9/keys")
    response = post(app.test_client(), make_token())
    assert (response.status_code, response.get_json()) == (503, {"error": "The token's signing keys could not be fetched."})


def test_dev_mode_needs_no_token(client):
    assert post(client).status_code == 200


def test_entra_tenants_must_be_named(make_app):
    with pytest.raises(ValueError, match="ENTRA_TENANTS"):
        make_app(AUTH_MODE="entra", ENTRA_CLIENT_ID="x")
