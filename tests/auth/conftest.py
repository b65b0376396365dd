"""Entra ID tokens signed with a locally generated RSA key, whose JWKS a local HTTP server
serves, and an app in `entra` mode that trusts it."""
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt
import pytest
from cryptography.hazmat.primitives.asymmetric import rsa
from jwt.algorithms import RSAAlgorithm

CLIENT = "6e1e7a4c-3f0b-4a5e-9d7e-0c1b2a3d4e5f"
TENANT = "0a1b2c3d-0000-4000-8000-00000000aaaa"
OTHER_TENANT = "0a1b2c3d-0000-4000-8000-00000000bbbb"
USER = "office@agency.example"


def _jwk(private_key, kid):
    jwk = json.loads(RSAAlgorithm.to_jwk(private_key.public_key()))
    return {**jwk, "kid": kid, "use": "sig", "alg": "RS256"}


@pytest.fixture(scope="session")
def signing_key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def stranger_key():
    """A key the JWKS does not publish."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="session")
def jwks(signing_key):
    """A local JWKS endpoint; `.hits` counts its requests (the verifier should cache)."""
    body = json.dumps({"keys": [_jwk(signing_key, "key-1")]}).encode()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802
            server.hits += 1
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.hits = 0
    server.url = f"http://127.0.0.1:{server.server_address[1]}/discovery/v2.0/keys"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()


@pytest.fixture
def make_token(signing_key):
    """A v2 access token for USER in TENANT; keyword arguments override or (None) drop claims."""
    def make(key=None, kid="key-1", **claims):
        now = int(time.time())
        tenant = claims.get("tid", TENANT)
        body = {"aud": CLIENT, "iss": f"https://login.microsoftonline.com/{tenant}/v2.0",
                "tid": TENANT, "iat": now, "nbf": now, "exp": now + 3600, "scp": "access_as_user",
                "preferred_username": USER, "oid": "00000000-0000-0000-0000-0000000000a1", "ver": "2.0"}
        body.update(claims)
        body = {k: v for k, v in body.items() if v is not None}
        return jwt.encode(body, key or signing_key, algorithm="RS256", headers={"kid": kid})
    return make


@pytest.fixture
def entra_app(make_app, jwks):
    return make_app(AUTH_MODE="entra", ENTRA_CLIENT_ID=CLIENT, ENTRA_TENANTS=(TENANT,),
                    ENTRA_JWKS_URL=jwks.url, SEND_AS=("*>shared@agency.example",))


@pytest.fixture
def entra_client(entra_app):
    return entra_app.test_client()
