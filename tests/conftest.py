"""Shared fixtures: a fresh app per test on SQLite, and on a throwaway PostgreSQL database; one
headless Chromium (Debian's) per test worker for every browser test.

PostgreSQL is the server on 127.0.0.1:5432 (trust auth). A run creates one database for itself and
drops it at the end; if the server can't be reached the postgres-marked tests fail (never skip).
"""
import os
import sys
import uuid

import pathlib

import pytest
import sqlalchemy

from needtoknow import create_app, db

sys.path.insert(0, os.path.dirname(__file__))  # tests/world.py, shared test data helpers

PG_ADMIN_URL = os.environ.get("NEEDTOKNOW_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="session")
def pg_database():
    """A throwaway PostgreSQL database for this test run (per xdist worker)."""
    name = f"nk_test_{uuid.uuid4().hex[:12]}"
    admin = sqlalchemy.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
    except sqlalchemy.exc.OperationalError as exc:
        pytest.fail(f"PostgreSQL at {PG_ADMIN_URL} is required and unreachable: {exc}")
    yield PG_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def _reset_postgres(url):
    """An empty schema; connections that earlier tests' apps left open (pools, queue threads)
    are ended first, or one idle in a transaction would hold DROP SCHEMA's lock for ever."""
    name = url.rsplit("/", 1)[1]
    admin = sqlalchemy.create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sqlalchemy.text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                     "WHERE datname = :name AND pid <> pg_backend_pid()"), {"name": name})
    admin.dispose()
    engine = sqlalchemy.create_engine(url)
    with engine.begin() as conn:
        conn.execute(sqlalchemy.text("SET lock_timeout = '30s'"))
        conn.execute(sqlalchemy.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path):
    """Each test that takes this runs on both databases."""
    if request.param == "sqlite":
        return "sqlite:///" + str(tmp_path / "nk.sqlite")
    url = request.getfixturevalue("pg_database")
    _reset_postgres(url)
    return url


@pytest.fixture
def make_app(tmp_path):
    """Factory: an app on a migrated database with the given config overrides."""
    def make(**overrides):
        config = {"TESTING": True, "SECRET_KEY": "test-secret-key",
                  "DATABASE_URL": "sqlite:///" + str(tmp_path / "nk.sqlite"), "ORG_DOMAINS": ("agency.example",)}
        config.update(overrides)
        app = create_app(config)
        db.upgrade(app)
        return app
    return make


@pytest.fixture
def app(make_app):
    return make_app()


@pytest.fixture
def any_app(make_app, database_url):
    """An app on SQLite, then on PostgreSQL."""
    return make_app(DATABASE_URL=database_url)


@pytest.fixture
def client(app):
    return app.test_client()


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def chromium():
    if not pathlib.Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `bash scripts/setup --browser`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
