"""Fixtures for the Gmail add-on: a locally generated Google-style signing key whose certificate is
served over HTTP on 127.0.0.1 (so google-auth's own fetch-and-verify path runs), token minting,
and an app configured for the add-on with the 40-client demo directory loaded."""
import time

import pytest
from gmail_fakes import BASE, KID, SERVICE_ACCOUNT, CertsServer, SigningKey

from needtoknow.demo.load import load_demo
from needtoknow.gmail.runtime import EXTENSION


@pytest.fixture(scope="session")
def signing_key():
    return SigningKey(KID)


@pytest.fixture(scope="session")
def other_key():
    """A key Google never published (same kid as ours: a forgery)."""
    return SigningKey(KID)


@pytest.fixture(scope="session")
def certs_server(signing_key):
    server = CertsServer([signing_key])
    yield server
    server.close()


@pytest.fixture
def claims():
    """Claims of a valid system ID token for an endpoint; pass `aud`."""
    def make(aud, **over):
        now = int(time.time())
        out = {"iss": "https://accounts.google.com", "aud": aud, "azp": "1234567890",
               "email": SERVICE_ACCOUNT, "email_verified": True, "sub": "1234567890",
               "iat": now, "exp": now + 3600}
        out.update(over)
        return out
    return make


@pytest.fixture
def token(signing_key, claims):
    """A valid bearer token for a path of the add-on."""
    return lambda path, **over: signing_key.mint(**claims(BASE + path, **over))


@pytest.fixture
def gmail_app(make_app, certs_server):
    """An app configured for the add-on, content check on, demo directory loaded."""
    app = make_app(GMAIL_BASE_URL=BASE, GMAIL_SERVICE_ACCOUNT=SERVICE_ACCOUNT,
                   GMAIL_CERTS_URL=certs_server.url, GMAIL_CONTENT_CHECK=True)
    load_demo(app)
    return app


@pytest.fixture
def runtime(gmail_app):
    return gmail_app.extensions[EXTENSION]


@pytest.fixture
def post(gmail_app, token):
    """POST an event to an add-on path with a valid token (or the headers given)."""
    client = gmail_app.test_client()

    def send(path, event, headers=None):
        headers = {"Authorization": "Bearer " + token(path)} if headers is None else headers
        return client.post(path, json=event, headers=headers)
    return send
