"""Alembic environment: runs migrations on the URL set by `db.alembic_config`."""
from alembic import context
from sqlalchemy import create_engine, pool

from needtoknow import all_models  # noqa: F401  (registers every table on the metadata)
from needtoknow.models import Base

config = context.config


def run_migrations_online():
    url = config.get_main_option("sqlalchemy.url")
    engine = create_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=Base.metadata,
                          render_as_batch=url.startswith("sqlite"))
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=Base.metadata,
                      literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
