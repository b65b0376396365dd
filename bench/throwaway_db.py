"""A throwaway database on the local PostgreSQL for a benchmark (NEEDTOKNOW_TEST_PG, trust auth)."""
import os

import sqlalchemy

PG_ADMIN = os.environ.get("NEEDTOKNOW_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def database(name, action):
    """`action` "create" makes database `name` anew; anything else drops it."""
    admin = sqlalchemy.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        if action == "create":
            conn.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
    admin.dispose()


def url_of(name):
    return PG_ADMIN.rsplit("/", 1)[0] + "/" + name
