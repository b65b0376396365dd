"""`needtoknow apikey create|list|revoke`: keys for scripted callers of the check API."""
import click
from flask import current_app
from flask.cli import with_appcontext

from .. import db
from . import apikeys


@click.group("apikey")
def apikey():
    """API keys for scripts that call the check API (stored hashed)."""


@apikey.command("create")
@click.argument("name")
@with_appcontext
def create(name):
    """Create a key and print it (it is shown once)."""
    db.upgrade(current_app)
    with db.sessions(current_app)() as session:
        try:
            key = apikeys.create(session, name)
        except apikeys.DuplicateKeyName:
            raise click.ClickException(f"a key named {name!r} exists; revoke it or pick another name")
    click.echo(key)
    click.echo(f"Send it as `Authorization: Bearer <key>`. It is not stored and can't be shown again.", err=True)


@apikey.command("list")
@with_appcontext
def list_keys():
    """Names, ids and state of the keys (never the keys)."""
    db.upgrade(current_app)
    with db.sessions(current_app)() as session:
        for row in apikeys.listing(session):
            state = f"revoked {row.revoked_at:%Y-%m-%d}" if row.revoked_at else "active"
            click.echo(f"{row.name}\tntk_{row.id}_…\tcreated {row.created_at:%Y-%m-%d}\t{state}")


@apikey.command("revoke")
@click.argument("name")
@with_appcontext
def revoke(name):
    """Revoke the key named NAME."""
    db.upgrade(current_app)
    with db.sessions(current_app)() as session:
        if not apikeys.revoke(session, name):
            raise click.ClickException(f"no active key named {name!r}")
    click.echo(f"revoked {name}")
