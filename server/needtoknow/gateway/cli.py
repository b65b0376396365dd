"""`needtoknow milter --socket SOCKET`: serve the gateway's milter for Postfix."""
import os
import sys

import click
from flask import current_app
from flask.cli import with_appcontext


@click.command("milter")
@click.option("--socket", "socket_", default=None,
              help="libmilter notation: inet:PORT@HOST or unix:PATH (default NEEDTOKNOW_MILTER_SOCKET).")
@click.option("--timeout", default=600, show_default=True, type=int,
              help="Seconds to wait for Postfix before giving up a connection.")
@click.option("--processes", default=None, type=click.IntRange(min=1),
              help="Processes sharing the socket, each judging one message at a time "
                   "(default NEEDTOKNOW_MILTER_PROCESSES).")
@with_appcontext
def milter(socket_, timeout, processes):
    """Check every message Postfix relays, with the same engine, directory and policy as the API."""
    from .milter import serve

    app = current_app._get_current_object()
    socket_ = socket_ or app.config["MILTER_SOCKET"]
    processes = processes or max(1, int(app.config["MILTER_PROCESSES"]))
    _warm(app)
    click.echo(f"Need to Know milter on {socket_}, {processes} process(es)", err=True)
    sys.exit(serve(app, socket_, timeout, processes))


def _warm(app):
    """Build the directory snapshot now, once, before any fork: every process starts with it (a
    database that is down is the fail mode's business, per message). No thread is started here.

    As under gunicorn (infra/gunicorn.conf.py), a long-running milter keeps its snapshot fresh in
    the background (each process looks at the revisions every second, in a thread of its own
    started on its first message) unless NEEDTOKNOW_SNAPSHOT_REFRESH_SECONDS says otherwise,
    rather than reading the revisions in every message (1 ms of a message's CPU)."""
    from ..services import get_services

    snapshots = get_services(app).snapshots
    if "NEEDTOKNOW_SNAPSHOT_REFRESH_SECONDS" not in os.environ:
        snapshots.refresh = 1.0
    if not snapshots.prepare():
        click.echo("directory not loaded yet; the fail mode applies until it is", err=True)
