"""API keys during a database outage (issue 11, finding 3) and the in-process key cache (issue 9):
a key verified lately still works while PostgreSQL is down, and any API-key check gets the
fail-mode answer, audited through the spool — never a 503. A revoked key stops working within
APIKEY_CACHE_SECONDS."""
import time
from pathlib import Path

import pytest
import sqlalchemy
from sqlalchemy import select

from needtoknow import db
from needtoknow.audit.models import AuditRecord
from needtoknow.auth import apikeys

from conftest import CLIENT, TENANT


def _ops_conftest():
    """tests/ops/conftest.py (its throwaway PostgreSQL), under a name of its own."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "ops" / "conftest.py"
    spec = importlib.util.spec_from_file_location("ops_servers", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


Postgres = _ops_conftest().Postgres

BODY = {"sender": "anyone@agency.example", "to": ["carer@agency.example"], "body": "Rota attached."}


@pytest.fixture
def postgres(tmp_path):
    import shutil
    import tempfile

    folder = tempfile.mkdtemp(prefix="nk-pg-")
    pg = Postgres(folder)
    pg.init()
    pg.start()
    yield pg
    pg.stop("immediate")
    shutil.rmtree(folder, ignore_errors=True)


def keyed(make_app, jwks, url, **config):
    return make_app(AUTH_MODE="entra", ENTRA_CLIENT_ID=CLIENT, ENTRA_TENANTS=(TENANT,),
                    ENTRA_JWKS_URL=jwks.url, DATABASE_URL=url, AUDIT_RETRY_SECONDS=0.2, **config)


def post(app, key):
    return app.test_client().post("/api/v1/check", json=BODY, headers={"Authorization": f"Bearer {key}"})


def wait_stored(app, ids, seconds=30):
    deadline = time.monotonic() + seconds
    while True:
        with db.sessions(app)() as session:
            found = {r.check_id: r for r in session.scalars(select(AuditRecord)) if r.check_id in ids}
        if len(found) == len(ids) or time.monotonic() > deadline:
            return found
        time.sleep(0.1)


@pytest.mark.postgres
def test_api_key_checks_get_the_fail_mode_during_an_outage(postgres, make_app, jwks):
    app = keyed(make_app, jwks, postgres.url)
    with db.sessions(app)() as session:
        known, fresh = apikeys.create(session, "rota-script"), apikeys.create(session, "other-script")
    assert post(app, known).get_json()["decision"] == "allow"  # verified once, before the outage
    postgres.stop("immediate")
    answers = [post(app, known), post(app, fresh), post(app, "ntk_0000_forged")]
    assert [a.status_code for a in answers] == [200, 200, 200]
    bodies = [a.get_json() for a in answers]
    assert all([r["rule"] for r in b["reasons"]] == ["check-unavailable"] and b["audited"] for b in bodies)
    postgres.start()
    records = wait_stored(app, {b["check_id"] for b in bodies})
    assert len(records) == 3
    unverified = [r for r in records.values() if r.details.get("caller") == "unverified"]
    assert len(unverified) == 2  # the key nobody could check, and the forged one
    assert post(app, "ntk_0000_forged").status_code == 401  # back to normal: refused


def test_a_revoked_key_stops_working_within_the_cache_time(make_app, jwks, tmp_path):
    app = keyed(make_app, jwks, "sqlite:///" + str(tmp_path / "k.sqlite"), APIKEY_CACHE_SECONDS=0.5)
    with db.sessions(app)() as session:
        key = apikeys.create(session, "rota-script")
    assert post(app, key).status_code == 200
    # revoked by another process (the CLI, another worker): this one's cache doesn't know yet
    engine = sqlalchemy.create_engine(app.config["DATABASE_URL"])
    with engine.begin() as conn:
        conn.execute(sqlalchemy.text("UPDATE api_keys SET revoked_at = CURRENT_TIMESTAMP"))
    engine.dispose()
    assert post(app, key).status_code == 200  # verified from the cache, no database read
    time.sleep(0.6)
    assert post(app, key).status_code == 401
