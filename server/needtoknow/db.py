"""Database engine per app, one session per request (`get_session`), Alembic upgrades.

PostgreSQL calls are bounded (docs/operations.md, "Database timeouts"): connecting by
DB_CONNECT_SECONDS, every statement by DB_STATEMENT_SECONDS and every lock wait by DB_LOCK_SECONDS
(server side), dead peers found by TCP keepalives, and — on request threads — every call
(statements, commit, rollback, the pool's ping) by DB_REQUEST_SECONDS on the client side
(`deadline.Watchdog`), which is what turns a frozen server into the fail mode in time.
"""
import ast
import functools
import logging
import os
import re

from flask import current_app, g
from sqlalchemy import create_engine, event, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from . import deadline

EXTENSION = "needtoknow.db"
DEFAULT_LIMITS = {"DB_CONNECT_SECONDS": 2, "DB_STATEMENT_SECONDS": 30.0, "DB_LOCK_SECONDS": 1.0,
                  "DB_REQUEST_SECONDS": 2.0}


def make_engine(url, limits=None):
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    limits = {**DEFAULT_LIMITS, **(limits or {})}
    engine = create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10, pool_timeout=2,
                           connect_args=postgres_connect_args(limits))
    deadline.bound_dialect(engine.dialect)
    return engine


def postgres_connect_args(limits):
    """libpq settings: connect timeout (libpq's least is 2 s), keepalives, and the server-side
    statement and lock timeouts of every session."""
    ms = lambda seconds: int(float(seconds) * 1000)  # noqa: E731
    return {
        "connect_timeout": max(2, int(limits["DB_CONNECT_SECONDS"])),
        "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 3, "keepalives_count": 3,
        "tcp_user_timeout": 10000,  # unacknowledged data: the network or the host is gone
        "options": f"-c statement_timeout={ms(limits['DB_STATEMENT_SECONDS'])} "
                   f"-c lock_timeout={ms(limits['DB_LOCK_SECONDS'])}",
    }


def _sqlite_pragmas(dbapi_connection, _record):
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def init_app(app):
    url = app.config["DATABASE_URL"]
    if url.startswith("sqlite:///"):
        os.makedirs(os.path.dirname(os.path.abspath(url[len("sqlite:///"):])) or ".", exist_ok=True)
    engine = make_engine(url, {k: app.config.get(k, v) for k, v in DEFAULT_LIMITS.items()})
    app.extensions[EXTENSION] = sessionmaker(bind=engine, expire_on_commit=False)
    seconds = float(app.config.get("DB_REQUEST_SECONDS", DEFAULT_LIMITS["DB_REQUEST_SECONDS"]))
    app.before_request(lambda: deadline.bound_this_thread(seconds))
    app.teardown_appcontext(close_session)


def sessions(app=None):
    """The session factory of an app (for work outside a request: CLI, caches, background)."""
    return (app or current_app).extensions[EXTENSION]


def get_session():
    if "db_session" not in g:
        g.db_session = sessions()()
    return g.db_session


def close_session(_exc=None):
    session = g.pop("db_session", None)
    try:
        if session is not None:
            session.close()
    except SQLAlchemyError as exc:  # ending a transaction on a connection that died: it is dropped
        logging.getLogger(__name__).warning("database session close failed (%s)", type(exc).__name__)
    finally:
        deadline.bound_this_thread(None)


def alembic_config(url):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", os.path.join(os.path.dirname(__file__), "migrations"))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(app=None):
    """Bring the app's database to the newest migration.

    A database already there is left alone without importing Alembic (about a quarter of a
    second: it loads every dialect's DDL), which `needtoknow check` would otherwise pay on every
    run (bench/bench_cli.py): the newest migration is read from the version files' headers, and
    Alembic decides whenever the database is anywhere else or the headers can't be read."""
    app = app or current_app
    revision = _revision(sessions(app).kw["bind"])
    if revision is not None and revision == shipped_head():
        return
    from alembic import command
    from alembic.script import ScriptDirectory

    config = alembic_config(app.config["DATABASE_URL"])
    if revision == ScriptDirectory.from_config(config).get_current_head():
        return
    command.upgrade(config, "head")


VERSIONS = os.path.join(os.path.dirname(__file__), "migrations", "versions")
_HEADER = re.compile(r"^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(.+?)\s*$", re.M)


@functools.cache
def shipped_head(folder=VERSIONS):
    """The newest migration this code ships, from the `revision` / `down_revision` lines of
    migrations/versions/*.py; None unless that is exactly one revision, plainly written."""
    revisions, parents = set(), set()
    for name in os.listdir(folder):
        if not name.endswith(".py"):
            continue
        with open(os.path.join(folder, name), encoding="utf-8") as f:
            found = dict(m.groups() for m in _HEADER.finditer(f.read()))
        try:
            revision, down = (ast.literal_eval(found[k]) for k in ("revision", "down_revision"))
        except (KeyError, ValueError, SyntaxError):
            return None
        down = down if isinstance(down, (tuple, list)) else (down,)
        if not all(isinstance(r, str) for r in (revision, *filter(None, down))):
            return None
        revisions.add(revision)
        parents.update(down)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _revision(engine):
    """The database's Alembic revision; None when it has none (or can't say)."""
    try:
        with engine.connect() as connection:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    except SQLAlchemyError:
        return None
