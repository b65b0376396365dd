"""Is this instance ready for traffic: the database answers and its schema is at Alembic's head."""
import functools

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from .. import db


@functools.lru_cache(maxsize=8)
def head_revisions(url):
    """The newest migrations this code ships (read from disk once per process)."""
    return tuple(sorted(ScriptDirectory.from_config(db.alembic_config(url)).get_heads()))


def readiness(app):
    """(ready, details): details name what is wrong, never a connection string or error text."""
    url = app.config["DATABASE_URL"]
    head = head_revisions(url)
    try:
        with db.sessions(app)() as session:
            connection = session.connection()
            connection.execute(text("SELECT 1"))
            current = tuple(sorted(MigrationContext.configure(connection).get_current_heads()))
    except SQLAlchemyError as exc:
        return False, {"database": "unreachable", "error": type(exc).__name__,
                       "migrations": {"head": list(head)}}
    at_head = current == head
    return at_head, {"database": "ok", "migrations": {
        "current": list(current), "head": list(head), "at_head": at_head}}
