"""Database engine per app, one session per request (`get_session`), Alembic upgrades."""
import os

from flask import current_app, g
from sqlalchemy import create_engine, event
from sqlalchemy.orm import sessionmaker

EXTENSION = "needtoknow.db"


def make_engine(url):
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10, pool_timeout=5)


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
    engine = make_engine(url)
    app.extensions[EXTENSION] = sessionmaker(bind=engine, expire_on_commit=False)
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
    if session is not None:
        session.close()


def alembic_config(url):
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", os.path.join(os.path.dirname(__file__), "migrations"))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(app=None):
    """Bring the app's database to the newest migration."""
    from alembic import command

    command.upgrade(alembic_config((app or current_app).config["DATABASE_URL"]), "head")
