"""Findings cache integrity (issue 11, finding 6): a by-hash request finds findings only when the
caller's own tenant uploaded the file; entries planted in Redis without the server's key are
ignored, so a file full of codes is never turned into an allow."""
import base64
import hashlib
import importlib.util
from pathlib import Path

import pytest
import redis

from needtoknow import redis_cache
from needtoknow.inspect.evidence import Evidence

from conftest import CLIENT, OTHER_TENANT, TENANT, USER

CODES = b"Key safe code 4821 for the front door. Key safe 7390 at the back."
SHA = hashlib.sha256(CODES).hexdigest()


def body(by_hash=False):
    attachment = {"name": "notes.txt", "sha256": SHA} if by_hash else \
        {"name": "notes.txt", "content_base64": base64.b64encode(CODES).decode()}
    return {"sender": USER, "to": ["someone@elsewhere.example"], "body": "See attached.",
            "attachments": [attachment]}


def post(client, token, by_hash=False):
    return client.post("/api/v1/check", json=body(by_hash), headers={"Authorization": f"Bearer {token}"})


def app_for(make_app, jwks, **config):
    return make_app(AUTH_MODE="entra", ENTRA_CLIENT_ID=CLIENT, ENTRA_TENANTS=(TENANT, OTHER_TENANT),
                    ENTRA_JWKS_URL=jwks.url, **config)


def test_a_by_hash_request_from_another_tenant_is_unknown(make_app, jwks, make_token):
    client = app_for(make_app, jwks).test_client()
    ours, theirs = make_token(), make_token(tid=OTHER_TENANT)
    assert post(client, ours).get_json()["decision"] == "block"
    assert post(client, make_token(oid="00000000-0000-0000-0000-0000000000c3"), by_hash=True) \
        .get_json()["decision"] == "block"  # the same tenant: known
    response = post(client, theirs, by_hash=True)
    assert response.status_code == 409 and response.get_json()["missing"] == [SHA]


@pytest.fixture
def throwaway_redis():
    path = Path(__file__).resolve().parents[1] / "ops" / "conftest.py"
    spec = importlib.util.spec_from_file_location("ops_servers", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    server = module.Redis()
    server.start()
    yield server
    server.stop()


def test_a_planted_cache_entry_is_ignored(make_app, jwks, make_token, throwaway_redis):
    token = make_token()
    first = app_for(make_app, jwks, REDIS_URL=throwaway_redis.url).test_client()
    assert post(first, token).get_json()["decision"] == "block"
    store = redis.Redis.from_url(throwaway_redis.url)
    keys = store.keys(redis_cache.PREFIX + "*")
    assert keys
    clean = redis_cache.dumps((Evidence(), ()))  # "nothing found", written by someone without the key
    for key in keys:
        store.set(key, clean)
    fresh = app_for(make_app, jwks, REDIS_URL=throwaway_redis.url).test_client()  # empty local LRU
    response = post(fresh, token, by_hash=True)
    assert response.status_code == 409  # the planted entry is not believed: send the content
    assert post(fresh, token).get_json()["decision"] == "block"
