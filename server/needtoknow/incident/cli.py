"""`needtoknow report incident`: whose data reached whom, as CSV (default) or PDF."""
import sys
from datetime import datetime, timezone

import click
from flask import current_app
from flask.cli import with_appcontext

from .. import db
from .csv_out import csv_text
from .pdf import render
from .query import IncidentFilter, IncidentQueryError, gather


@click.group("report")
def report():
    """Reports from the audit log."""


@report.command("incident")
@click.option("--check", "check_id", help="One check's id (from the audit log).")
@click.option("--from", "since", type=click.DateTime(["%Y-%m-%d"]), help="First day (UTC).")
@click.option("--to", "until", type=click.DateTime(["%Y-%m-%d"]), help="Last day (UTC), included.")
@click.option("--client", "client_id", help="Only this directory client id.")
@click.option("--recipient", help="Only this recipient address.")
@click.option("--format", "fmt", type=click.Choice(["csv", "pdf"]), default="csv", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True),
              help="Write to this file (a PDF needs one unless stdout is redirected).")
@with_appcontext
def incident(check_id, since, until, client_id, recipient, fmt, output):
    """Which clients' data reached which recipients not linked to them: when, from whom, with
    which categories, under which decision and justification. Names come from the directory now."""
    if not check_id and not (since and until):
        raise click.UsageError("give --check ID, or --from DATE and --to DATE")
    filters = IncidentFilter(check_id=check_id, since=since and since.date(), until=until and until.date(),
                             client_id=client_id, recipient=recipient)
    try:
        with db.sessions(current_app)() as session:
            found = gather(session, filters, with_names=True)
    except IncidentQueryError as exc:
        raise click.UsageError(str(exc))
    if fmt == "pdf":
        data = render(found, datetime.now(timezone.utc))
    else:
        data = csv_text(found, with_names=True).encode("utf-8")
    if output:
        with open(output, "wb") as f:
            f.write(data)
        click.echo(f"{len(found.pairs)} (recipient, client) pairs; written to {output}", err=True)
    elif fmt == "pdf" and sys.stdout.isatty():
        raise click.UsageError("a PDF goes to a file: give --output FILE or redirect stdout")
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
