"""Throwaway servers for the operations tests: a PostgreSQL cluster (initdb + pg_ctl) and a Redis on
free loopback ports, and gunicorn instances of the app (`needtoknow serve --production`). The
machine's own PostgreSQL and Redis are never stopped."""
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NEEDTOKNOW = str(Path(sys.executable).parent / "needtoknow")
SHORT = {"sender": "office@agency.example", "to": ["chidi.roberts@agency.example"],
         "subject": "Tuesday", "body": "Could you cover the 9am call on Tuesday?"}
KEY_SAFE = dict(SHORT, to=["someone@elsewhere.example"], body="The key safe code is 4821.")


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_postgres(args):
    """initdb and postgres refuse root: run them as the postgres user when we are root."""
    return (["runuser", "-u", "postgres", "--"] + args) if os.geteuid() == 0 else args


class Postgres:
    def __init__(self, folder):
        self.folder, self.port = Path(folder), free_port()
        self.data = self.folder / "data"
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres?connect_timeout=2"

    def init(self):
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres", "postgres")
        subprocess.run(_as_postgres(["initdb", "-D", str(self.data), "-A", "trust", "-U", "postgres",
                                     "--no-sync"]), check=True, capture_output=True)

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        subprocess.run(_as_postgres(["pg_ctl", "-D", str(self.data), "-o", options, "-l",
                                     str(self.folder / "log"), "-w", "-t", "60", "start"]),
                       check=True, capture_output=True)

    def stop(self, mode="fast"):
        subprocess.run(_as_postgres(["pg_ctl", "-D", str(self.data), "-m", mode, "-w", "stop"]),
                       check=False, capture_output=True)


class Redis:
    def __init__(self):
        self.port, self.process = free_port(), None
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def start(self):
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _wait(lambda: socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close())

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def _wait(probe, seconds=30):
    deadline = time.time() + seconds
    while True:
        try:
            return probe()
        except Exception:  # noqa: BLE001 — retry until the deadline
            if time.time() > deadline:
                raise
            time.sleep(0.1)


@pytest.fixture
def throwaway_postgres():
    folder = tempfile.mkdtemp(prefix="nk-pg-")
    pg = Postgres(folder)
    pg.init()
    pg.start()
    yield pg
    pg.stop("immediate")
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def throwaway_redis():
    redis = Redis()
    redis.start()
    yield redis
    redis.stop()


class Instance:
    """`needtoknow serve --production` on a free port, as an operator would run it."""

    def __init__(self, env, demo=False, workers=2):
        self.port = free_port()
        self.log = tempfile.NamedTemporaryFile(prefix="nk-gunicorn-", suffix=".log", delete=False)
        args = [NEEDTOKNOW, "serve", "--production", "--host", "127.0.0.1", "--port", str(self.port)]
        env = dict(os.environ, **env, NEEDTOKNOW_WORKERS=str(workers), NEEDTOKNOW_THREADS="4")
        self.process = subprocess.Popen(args + (["--demo"] if demo else []), env=env,
                                        stdout=self.log, stderr=subprocess.STDOUT, cwd=ROOT)
        _wait(lambda: self.get("/readyz"), seconds=90)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def get(self, path):
        with urllib.request.urlopen(self.url(path), timeout=10) as response:
            return response.read().decode()

    def stop(self):
        self.process.terminate()
        return self.process.wait(timeout=120)

    def output(self):
        return Path(self.log.name).read_text(errors="replace")


@pytest.fixture
def instances():
    """Start gunicorn instances with `instances(env, demo=...)`; all are stopped at the end."""
    started = []

    def start(env, **kwargs):
        instance = Instance(env, **kwargs)
        started.append(instance)
        return instance

    yield start
    for instance in started:
        if instance.process.poll() is None:
            instance.stop()


@pytest.fixture
def pg_url(pg_database):
    """A fresh PostgreSQL database on the machine's server (`pg_database`: tests/conftest.py)."""
    import sqlalchemy

    engine = sqlalchemy.create_engine(pg_database)
    with engine.begin() as conn:
        conn.execute(sqlalchemy.text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    return pg_database
