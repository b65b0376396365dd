"""API keys: created by the CLI, stored hashed, accepted as bearer tokens until revoked."""
import pytest
from sqlalchemy import select

from needtoknow import db
from needtoknow.auth import apikeys
from needtoknow.auth.models import ApiKey

BODY = {"sender": "anyone@agency.example", "to": ["carer@agency.example"], "body": "Rota attached."}


@pytest.fixture
def keyed_app(entra_app):
    return entra_app


def create(app, name="rota-script"):
    with db.sessions(app)() as session:
        return apikeys.create(session, name)


def test_a_key_is_stored_only_as_a_hash(keyed_app):
    key = create(keyed_app)
    with db.sessions(keyed_app)() as session:
        row = session.scalars(select(ApiKey)).one()
    assert key.startswith(f"ntk_{row.id}_") and key not in (row.key_hash, row.id)
    assert len(row.key_hash) == 64


@pytest.mark.parametrize("mangle, status", [
    (lambda key: key, 200),
    (lambda key: key[:-2] + ("AA" if not key.endswith("AA") else "BB"), 401),
    (lambda key: "ntk_000000000000_" + key.rsplit("_", 1)[1], 401),
    (lambda key: "ntk_", 401),
])
def test_keys_are_checked_whole(keyed_app, mangle, status):
    key = create(keyed_app)
    response = keyed_app.test_client().post("/api/v1/check", json=BODY,
                                            headers={"Authorization": f"Bearer {mangle(key)}"})
    assert response.status_code == status
    if status == 401:
        assert response.get_json() == {"error": "The API key is unknown or was revoked."}


def test_a_revoked_key_is_refused(keyed_app):
    key = create(keyed_app)
    with db.sessions(keyed_app)() as session:
        assert apikeys.revoke(session, "rota-script")
        assert not apikeys.revoke(session, "rota-script")
    response = keyed_app.test_client().post("/api/v1/check", json=BODY, headers={"Authorization": f"Bearer {key}"})
    assert response.status_code == 401


def test_names_are_unique(keyed_app):
    create(keyed_app)
    with pytest.raises(apikeys.DuplicateKeyName):
        create(keyed_app)


def test_the_cli_creates_lists_and_revokes(keyed_app):
    from needtoknow.auth.cli import apikey

    runner = keyed_app.test_cli_runner()
    created = runner.invoke(apikey, ["create", "nightly-export"])
    assert created.exit_code == 0, created.output
    key = created.stdout.strip().splitlines()[0]
    assert key.startswith("ntk_")
    listed = runner.invoke(apikey, ["list"])
    assert "nightly-export" in listed.output and key not in listed.output and "active" in listed.output
    assert runner.invoke(apikey, ["create", "nightly-export"]).exit_code != 0
    assert runner.invoke(apikey, ["revoke", "nightly-export"]).exit_code == 0
    assert "revoked" in runner.invoke(apikey, ["list"]).output
    assert runner.invoke(apikey, ["revoke", "nightly-export"]).exit_code != 0
