"""A fresh deployment as docs/deploy.md tells it: infra/compose/env.example filled in with
AUTH_MODE=entra, `needtoknow db upgrade`, `needtoknow doctor` passes, and /admin/ offers a working
Microsoft sign-in (Microsoft faked at the HTTP level, as tests/admin/test_entra_signin.py does).
The database is a new PostgreSQL database and Redis the local server, both real."""
import os
import re
import secrets
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import requests
import sqlalchemy
import yaml
from admin_helpers import https_client
from fake_entra import CLIENT_ID, SECRET, TENANT, FakeEntra

from needtoknow import create_app
from needtoknow.config import DEFAULTS

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "infra" / "compose"
PG_ADMIN_URL = os.environ.get("NEEDTOKNOW_TEST_PG",
                              "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
API_CLIENT = "3f2504e0-4f89-41d3-9a0c-0305e82c3301"
NEEDTOKNOW = str(Path(sys.executable).parent / "needtoknow")


def env_example():
    pairs = {}
    for line in (COMPOSE / "env.example").read_text().splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            key, _, value = line.partition("=")
            pairs[key.strip()] = value.strip()
    return pairs


def filled_in(database_url):
    """env.example with its blanks filled as docs/deploy.md says, and what compose.yaml adds
    (the database URL it builds from POSTGRES_PASSWORD, Redis, one trusted proxy)."""
    env = env_example()
    env.update({
        "NEEDTOKNOW_SECRET_KEY": secrets.token_hex(32),
        "NEEDTOKNOW_ENTRA_CLIENT_ID": API_CLIENT, "NEEDTOKNOW_ENTRA_TENANTS": TENANT,
        "NEEDTOKNOW_ADMIN_TENANT_ID": TENANT, "NEEDTOKNOW_ADMIN_CLIENT_ID": CLIENT_ID,
        "NEEDTOKNOW_ADMIN_CLIENT_SECRET": SECRET,
        "NEEDTOKNOW_DATABASE_URL": database_url, "NEEDTOKNOW_REDIS_URL": "redis://127.0.0.1:6379/13",
        "NEEDTOKNOW_TRUSTED_PROXIES": "1",
    })
    return {k: v for k, v in env.items() if k.startswith("NEEDTOKNOW_")}


@pytest.fixture
def database_url():
    name = f"nk_deploy_{uuid.uuid4().hex[:12]}"
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


def run(tmp_path, env, *args):
    return subprocess.run([NEEDTOKNOW, *args], capture_output=True, text=True, timeout=120, env={
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path),
        "NEEDTOKNOW_INSTANCE_PATH": str(tmp_path / "instance"), **env})


def test_env_example_is_complete():
    """Every setting in env.example is one the app knows and one compose.yaml passes on."""
    compose = yaml.safe_load((COMPOSE / "compose.yaml").read_text())
    passed = set(compose["x-app"]["environment"])
    for key in env_example():
        if key.startswith("NEEDTOKNOW_"):
            assert key[len("NEEDTOKNOW_"):] in DEFAULTS, key
            assert key in passed, f"compose.yaml does not pass {key} to the app"
    needed = {"SECRET_KEY", "PUBLIC_BASE_URL", "ORG_DOMAINS", "AUTH_MODE", "ENTRA_CLIENT_ID",
              "ENTRA_TENANTS", "ADMIN_TENANT_ID", "ADMIN_CLIENT_ID", "ADMIN_CLIENT_SECRET",
              "ADMIN_ROLE", "GMAIL_BASE_URL", "GMAIL_SERVICE_ACCOUNT"}
    assert {f"NEEDTOKNOW_{k}" for k in needed} <= set(env_example())
    assert env_example()["NEEDTOKNOW_AUTH_MODE"] == "entra"


def test_deploy_guide_names_every_blank_and_step():
    guide = (ROOT / "docs" / "deploy.md").read_text()
    for key, value in env_example().items():
        if key.startswith("NEEDTOKNOW_") and (not value or "change-me" in value):
            assert key in guide, f"docs/deploy.md never says how to fill {key}"
    for step in ("needtoknow db upgrade", "needtoknow doctor", "needtoknow directory import",
                 "pg_dump", "--allow-removals"):
        assert step in guide
    assert "docs/deploy.md" in (ROOT / "README.md").read_text()


@pytest.mark.postgres
def test_a_fresh_entra_deployment_passes_doctor_and_signs_in(tmp_path, database_url,
                                                             monkeypatch):
    example = {k: v for k, v in env_example().items() if k.startswith("NEEDTOKNOW_")}
    untouched = run(tmp_path, {**example, "NEEDTOKNOW_SECRET_KEY": "change-me-to-64-hex-characters",
                               "NEEDTOKNOW_DATABASE_URL": database_url}, "doctor")
    assert untouched.returncode == 1, untouched.stdout + untouched.stderr
    for problem in ("MISSING  secret key", "MISSING  database: the database is not at the newest",
                    "MISSING  Outlook add-in tokens", "MISSING  admin console sign-in",
                    "MISSING  redis"):
        assert problem in untouched.stdout

    no_key = run(tmp_path, {**example, "NEEDTOKNOW_SECRET_KEY": "",
                            "NEEDTOKNOW_DATABASE_URL": database_url}, "doctor")
    assert no_key.returncode == 1 and "Traceback" not in no_key.stderr, no_key.stderr
    assert "MISSING  secret key: NEEDTOKNOW_SECRET_KEY is not set" in no_key.stdout

    env = filled_in(database_url)
    upgraded = run(tmp_path, env, "db", "upgrade")
    assert upgraded.returncode == 0, upgraded.stderr
    doctor = run(tmp_path, env, "doctor")
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert doctor.stdout.splitlines()[-1] == "Ready for production."
    assert not re.search(r"^(MISSING|warning)", doctor.stdout, re.M)
    assert env["NEEDTOKNOW_ADMIN_CLIENT_SECRET"] not in doctor.stdout + doctor.stderr

    for key, value in env.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setenv("NEEDTOKNOW_INSTANCE_PATH", str(tmp_path / "instance"))
    idp = FakeEntra()
    monkeypatch.setattr(requests.adapters.HTTPAdapter, "send",
                        lambda adapter, request, **kw: idp.send(request))
    browser = https_client(create_app())
    page = browser.get("/admin/")
    assert page.status_code == 200 and b'id="signin-entra"' in page.data
    session = browser.get("/api/v1/admin/session").json
    assert (session["auth_mode"], session["entra_sign_in"], session["signed_in"]) == (
        "entra", True, False)
    assert browser.post("/api/v1/admin/session").status_code in (403, 404)  # no local admin
    start = browser.get("/admin/signin")
    assert start.status_code == 302
    path, form = idp.authorize(start.headers["Location"], roles=["NeedToKnow.Admin"])
    assert browser.post(path, data=form).status_code == 302
    signed_in = browser.get("/api/v1/admin/session").json
    assert signed_in["admin"] and signed_in["username"] == "nina@agency.example"
    assert browser.get("/api/v1/admin/groups").status_code == 200
