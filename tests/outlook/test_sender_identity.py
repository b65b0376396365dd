"""Who may check a draft for which sender (issue 14, point 6): the user is the token's `oid` in its
`tid`, their addresses come from Microsoft Graph, and the signing key's issuer is checked.

Entra ID, "Access tokens — claims": `preferred_username` "is mutable … it can't be used to make
authorization decisions"; `oid` is "the immutable identifier for the requestor"; apps should key
users on `oid` + `tid`. Graph: `GET /users/{id}?$select=mail,proxyAddresses` (User.Read.All,
application). Microsoft identity platform, "Validate the signing key issuer": a key's `issuer`
(`{tenantid}` templated in the common key set) must, with the token's `tid`, be its issuer.
Graph and the JWKS are answered at the transport level (a requests adapter, a local HTTP server)."""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
import pytest
import requests
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm
from test_graph import CONFIG, GRAPH, FakeHttp, login_routes

from needtoknow.outlook import graph

CLIENT = "6e1e7a4c-3f0b-4a5e-9d7e-0c1b2a3d4e5f"
TENANT = CONFIG["GRAPH_TENANT_ID"]
OTHER = "0a1b2c3d-0000-4000-8000-00000000bbbb"
OID = "5d7c6f1e-1111-4222-8333-444455556666"
UPN = "j.smith@agency.onmicrosoft.com"  # the sign-in name: not a mailbox
PRIMARY, ALIAS = "jo.smith@agency.example", "joanna.smith@agency.example"
KEYS = {"common": "https://login.microsoftonline.com/{tenantid}/v2.0",  # as the common JWKS has it
        "other": f"https://login.microsoftonline.com/{OTHER}/v2.0", "bare": None}


@pytest.fixture(scope="module")
def keys():
    return {kid: rsa.generate_private_key(public_exponent=65537, key_size=2048) for kid in KEYS}


@pytest.fixture(scope="module")
def jwks(keys):
    published = []
    for kid, issuer in KEYS.items():
        jwk = {**json.loads(RSAAlgorithm.to_jwk(keys[kid].public_key())), "kid": kid, "use": "sig"}
        published.append({**jwk, "issuer": issuer} if issuer else jwk)
    body = json.dumps({"keys": published}).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/common/discovery/v2.0/keys"
    server.shutdown()


def user_route(status=200):
    body = {"mail": PRIMARY, "proxyAddresses": [f"SMTP:{PRIMARY}", f"smtp:{ALIAS}", "X500:/o=Agency/cn=jsmith",
                                                "SIP:jo.smith@agency.example"]}
    return {f"/v1.0/users/{OID}": (status, body if status == 200 else {"error": {"code": "Forbidden"}})}


@pytest.fixture
def graph_http():
    return FakeHttp({**login_routes(), **user_route()})


@pytest.fixture
def client(make_app, jwks, graph_http):
    app = make_app(AUTH_MODE="entra", ENTRA_CLIENT_ID=CLIENT, ENTRA_TENANTS=(TENANT,), ENTRA_JWKS_URL=jwks,
                   SEND_AS=("*>shared@agency.example", f"{OID}>manager@agency.example"),
                   **{k: v for k, v in CONFIG.items() if k != "ENTRA_AUTHORITY_HOST"})
    session = requests.Session()
    session.mount("https://", graph_http)
    app.extensions["needtoknow.auth"].directory = graph.GraphUsers(
        graph.MsalTokens(tenant=TENANT, client_id="graph-app", secret="s3cret",
                         authority_host="https://login.microsoftonline.com", http=session),
        base_url=GRAPH, http=session)
    return app.test_client()


def test_graph_configured_means_addresses_from_graph(make_app, jwks):
    app = make_app(AUTH_MODE="entra", ENTRA_CLIENT_ID=CLIENT, ENTRA_TENANTS=(TENANT,), ENTRA_JWKS_URL=jwks,
                   **{k: v for k, v in CONFIG.items() if k != "ENTRA_AUTHORITY_HOST"})
    assert isinstance(app.extensions["needtoknow.auth"].directory, graph.GraphUsers)


def token(keys, kid="common", **claims):
    now = int(time.time())
    body = {"aud": CLIENT, "iss": f"https://login.microsoftonline.com/{TENANT}/v2.0", "tid": TENANT,
            "iat": now, "nbf": now, "exp": now + 3600, "scp": "access_as_user", "preferred_username": UPN,
            "oid": OID, "ver": "2.0", **claims}
    return jwt.encode({k: v for k, v in body.items() if v is not None}, keys[kid], algorithm="RS256",
                      headers={"kid": kid})


def check(client, bearer, sender):
    return client.post("/api/v1/check", headers={"Authorization": f"Bearer {bearer}"},
                       json={"sender": sender, "to": ["carer@agency.example"], "subject": "Rota", "body": "Monday."})


@pytest.mark.parametrize("sender, status", [
    (PRIMARY, 200),       # UPN ≠ primary SMTP address: allowed by Graph's `mail`
    (ALIAS.upper(), 200),  # a proxy address, any case
    ("shared@agency.example", 200),   # SEND_AS "*>shared@…"
    ("manager@agency.example", 200),  # SEND_AS "<oid>>manager@…"
    (UPN, 403),           # the sign-in name is no mailbox of theirs
    ("someone.else@agency.example", 403),
])
def test_the_sender_is_one_of_the_users_smtp_addresses(client, keys, graph_http, sender, status):
    response = check(client, token(keys), sender)
    assert response.status_code == status, response.get_json()
    assert [(c[1], c[2]) for c in graph_http.graph_calls()] == [
        (f"/v1.0/users/{OID}", {"$select": ["mail,proxyAddresses"]})]


def test_a_changed_preferred_username_grants_nothing(client, keys):
    """preferred_username is mutable: renaming oneself does not make another mailbox one's own."""
    assert check(client, token(keys, preferred_username="ceo@agency.example"), "ceo@agency.example").status_code == 403
    assert check(client, token(keys, preferred_username="ceo@agency.example"), PRIMARY).status_code == 200


def test_addresses_are_read_once_per_user(client, keys, graph_http):
    for _ in range(3):
        assert check(client, token(keys), PRIMARY).status_code == 200
    assert len(graph_http.graph_calls()) == 1


def test_graph_unavailable_is_a_503_not_a_refusal(client, keys, graph_http):
    graph_http.routes.update(user_route(500))
    response = check(client, token(keys), PRIMARY)
    assert response.status_code == 503
    assert response.get_json() == {"error": "Your email addresses could not be looked up just now. Try again in a minute."}


@pytest.mark.parametrize("kid, claims, status", [
    ("common", {}, 200),
    ("bare", {}, 200),  # a key with no issuer: nothing to compare
    ("common", {"iss": f"https://sts.windows.net/{TENANT}/", "ver": "1.0"}, 200),
    ("other", {}, 401),  # another tenant's key signing this tenant's token
])
def test_the_signing_keys_issuer_is_the_tokens(client, keys, kid, claims, status):
    response = check(client, token(keys, kid, **claims), PRIMARY)
    assert response.status_code == status, response.get_json()
    if status == 401:
        assert response.get_json() == {"error": "The token's signing key belongs to another issuer."}


def test_smtp_addresses_from_a_graph_user():
    assert graph.smtp_addresses({"mail": None, "proxyAddresses": ["smtp:A@x.example", "x500:/o=a", "SMTP:b@x.example"]}) \
        == frozenset({"a@x.example", "b@x.example"})
    assert graph.smtp_addresses({}) == frozenset()
