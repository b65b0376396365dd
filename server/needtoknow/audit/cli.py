"""`needtoknow audit verify` and `needtoknow audit purge`."""
import sys

import click
from flask import current_app
from flask.cli import with_appcontext

from .. import db
from .purge import PurgeRefused, purge
from .verify import verify


@click.group("audit")
def audit():
    """The audit log's hash chain and retention."""


@audit.command("verify")
@with_appcontext
def verify_command():
    """Walk the chain: "intact, N rows, head <hash>", or the first row that breaks it (exit 1)."""
    with db.sessions(current_app)() as session:
        outcome, _ = verify(session)
    click.echo(str(outcome))
    sys.exit(0 if outcome.intact else 1)


@audit.command("purge")
@with_appcontext
def purge_command():
    """Remove rows past AUDIT_RETENTION_DAYS / EXPOSURE_RETENTION_DAYS; a checkpoint row keeps
    the chain verifiable. Refused (exit 1) when the chain is not intact."""
    config = current_app.config
    with db.sessions(current_app)() as session:
        try:
            ranges = purge(session, config["AUDIT_RETENTION_DAYS"], config["EXPOSURE_RETENTION_DAYS"])
        except PurgeRefused as exc:
            click.echo(str(exc), err=True)
            sys.exit(1)
    removed = sum(end - start + 1 for start, end, _hash in ranges)
    click.echo(f"purged {removed} chain positions in {len(ranges)} range(s)" if ranges else "nothing to purge")
