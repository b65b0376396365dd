"""The per-user rate limit is keyed on the verified principal, after authentication (issue 11,
finding 5): spelling "Bearer" ten ways or fetching fresh tokens buys no extra budget; another
user or API key has its own; unauthenticated requests count against their address."""
import pytest

from needtoknow import db
from needtoknow.auth import apikeys

from conftest import CLIENT, TENANT, USER

BODY = {"sender": USER, "to": ["carer@agency.example"], "body": "Rota attached."}
SCHEMES = ["Bearer", "bearer", "BEARER", "BeArEr", "Bearer ", "bEARER", "beaRer", "BEAREr",
           "bEaReR", "bearER"]


@pytest.fixture
def limited(make_app, jwks):
    return make_app(AUTH_MODE="entra", ENTRA_CLIENT_ID=CLIENT, ENTRA_TENANTS=(TENANT,),
                    ENTRA_JWKS_URL=jwks.url, RATE_LIMIT="on", RATE_LIMIT_PER_USER="3/day",
                    RATE_LIMIT_PER_IP="1000/day")


def post(client, authorization, ip="10.0.0.1"):
    return client.post("/api/v1/check", json=BODY, headers={"Authorization": authorization},
                       environ_base={"REMOTE_ADDR": ip}).status_code


def test_spellings_and_fresh_tokens_share_one_users_budget(limited, make_token):
    client = limited.test_client()
    codes = [post(client, f"{scheme} {make_token(jti=str(i))}") for i, scheme in enumerate(SCHEMES)]
    assert codes == [200, 200, 200] + [429] * 7
    other = make_token(oid="00000000-0000-0000-0000-0000000000b2", preferred_username="ann@agency.example")
    assert post(client, f"Bearer {other}") == 403  # own budget: refused for the sender, not 429


def test_each_api_key_has_its_own_budget_whatever_its_spelling(limited):
    with db.sessions(limited)() as session:
        one, two = apikeys.create(session, "one"), apikeys.create(session, "two")
    client = limited.test_client()
    assert [post(client, f"{s} {one}") for s in SCHEMES[:5]] == [200, 200, 200, 429, 429]
    assert [post(client, f"bearer {two}") for _ in range(3)] == [200, 200, 200]


def test_unauthenticated_requests_are_limited_per_address(make_app, jwks):
    app = make_app(AUTH_MODE="entra", ENTRA_CLIENT_ID=CLIENT, ENTRA_TENANTS=(TENANT,),
                   ENTRA_JWKS_URL=jwks.url, RATE_LIMIT="on", RATE_LIMIT_PER_USER="1000/day",
                   RATE_LIMIT_PER_IP="3/day")
    client = app.test_client()
    assert [post(client, f"Bearer forged-{i}") for i in range(4)] == [401, 401, 401, 429]
    assert post(client, "Bearer forged", ip="10.0.0.2") == 401  # another address, its own budget


def test_a_verified_credential_is_counted_per_user_not_per_address(make_app, jwks, make_token):
    """An office behind one NAT address: once a key or token is verified, its requests count
    against its own user budget only (one Redis call a check); forged ones still count per address."""
    app = make_app(AUTH_MODE="entra", ENTRA_CLIENT_ID=CLIENT, ENTRA_TENANTS=(TENANT,),
                   ENTRA_JWKS_URL=jwks.url, RATE_LIMIT="on", RATE_LIMIT_PER_USER="1000/day",
                   RATE_LIMIT_PER_IP="3/day")
    with db.sessions(app)() as session:
        key = apikeys.create(session, "office")
    client = app.test_client()
    token = make_token()
    assert [post(client, f"Bearer {key}") for _ in range(5)] == [200] * 5  # the first one counted
    assert [post(client, f"Bearer {token}") for _ in range(5)] == [200] * 5  # likewise
    assert [post(client, f"Bearer forged-{i}") for i in range(2)] == [401, 429]


def test_a_verified_token_is_remembered_until_it_expires():
    from needtoknow.auth.entra import VerifiedTokens

    now = [1000.0]
    tokens = VerifiedTokens(max_entries=2, clock=lambda: now[0])
    tokens.put("a", "principal-a", expires=1010.0)
    assert tokens.get("a") == "principal-a" and tokens.get("b") is None
    now[0] = 1010.0
    assert tokens.get("a") is None  # expired: verified afresh
    for name in "xyz":
        tokens.put(name, name, expires=2000.0)
    assert tokens.get("x") is None and tokens.get("z") == "z"  # bounded, oldest first out
