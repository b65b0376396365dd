"""`needtoknow milter --socket SOCKET`: serve the gateway's milter for Postfix."""
import click
from flask import current_app
from flask.cli import with_appcontext

from .. import db


@click.command("milter")
@click.option("--socket", "socket_", default=None,
              help="libmilter notation: inet:PORT@HOST or unix:PATH (default NEEDTOKNOW_MILTER_SOCKET).")
@click.option("--timeout", default=600, show_default=True, type=int,
              help="Seconds to wait for Postfix before giving up a connection.")
@with_appcontext
def milter(socket_, timeout):
    """Check every message Postfix relays, with the same engine, directory and policy as the API."""
    from .milter import serve

    app = current_app._get_current_object()
    socket_ = socket_ or app.config["MILTER_SOCKET"]
    _warm(app)
    click.echo(f"Need to Know milter on {socket_}", err=True)
    serve(app, socket_, timeout)


def _warm(app):
    """Build the directory snapshot now, not on the first message (a database that is down is
    the fail mode's business, per message)."""
    from ..services import get_services

    try:
        with db.sessions(app)() as session:
            get_services(app).snapshot(session)
    except Exception as exc:  # noqa: BLE001
        click.echo(f"directory not loaded yet ({type(exc).__name__}); the fail mode applies until it is",
                   err=True)
