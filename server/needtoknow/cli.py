"""The `needtoknow` command: serve, db, directory, check (and the add-ins' manifest commands)."""
import json
import os
import sys

import click
from flask import current_app
from flask.cli import FlaskGroup, with_appcontext

from . import create_app, db


@click.group(cls=FlaskGroup, create_app=lambda: create_app(), add_default_commands=False,
             load_dotenv=False)
def main():
    """Need to Know: checks outgoing email for care clients' data before it is sent."""


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--demo", is_flag=True, help="Load the synthetic demo directory if the directory is empty.")
@click.option("--production", is_flag=True,
              help="Serve with gunicorn and infra/gunicorn.conf.py; run `db upgrade` first.")
@with_appcontext
def serve(host, port, demo, production):
    """Migrate the database and serve the API, demo page and admin console."""
    app = current_app._get_current_object()
    if not production:  # in production migrating is the deploy step's job, done once
        db.upgrade(app)
    if demo:
        _prepare_demo(app)
    if production:
        from . import _project_root
        from .observability.serving import run

        run(app, os.path.join(_project_root(), "infra", "gunicorn.conf.py"), f"{host}:{port}")
    click.echo(f"Need to Know is running: http://{host}:{port}/  (API: /api/v1/check, "
               f"OpenAPI: /api/openapi.json)", err=True)
    from werkzeug.serving import run_simple

    run_simple(host, port, app, threaded=True, use_reloader=False, use_debugger=False)


def _prepare_demo(app):
    from .demo.load import load_demo
    from .directory.view import revision

    app.config["DEMO"] = True
    if not app.config["ORG_DOMAINS"]:
        app.config["ORG_DOMAINS"] = ("agency.example",)
    with db.sessions(app)() as session:
        empty = revision(session) == 0
    if empty:
        load_demo(app)
        click.echo("Loaded the synthetic demo directory (40 clients, domain agency.example).", err=True)


@main.group("db")
def db_group():
    """Database migrations."""


@db_group.command("upgrade")
@with_appcontext
def db_upgrade():
    """Bring the database to the newest migration."""
    db.upgrade(current_app)
    click.echo("database is at the newest migration")


@main.command("check")
@click.option("--sender", default="")
@click.option("--to", "to", multiple=True)
@click.option("--cc", multiple=True)
@click.option("--bcc", multiple=True)
@click.option("--subject", default="")
@click.option("--body", default="", help="Body text, or @FILE to read it from a file.")
@click.option("--attach", multiple=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON response.")
@with_appcontext
def check_command(sender, to, cc, bcc, subject, body, attach, as_json):
    """Check a message from the command line and print the decision (not audited)."""
    from .api.check import perform, present
    from .check import Addressee, Attachment, CheckInput

    db.upgrade(current_app)
    if body.startswith("@"):
        with open(body[1:], encoding="utf-8") as f:
            body = f.read()
    addressees = tuple(Addressee(e, f) for f, emails in (("to", to), ("cc", cc), ("bcc", bcc))
                       for e in emails)
    if not addressees:
        raise click.UsageError("give at least one of --to, --cc, --bcc")
    attachments = tuple(Attachment(os.path.basename(p), open(p, "rb").read()) for p in attach)
    result = present(perform(CheckInput(sender, addressees, subject, body, "text", attachments),
                             record=False))
    if as_json:
        click.echo(json.dumps(result, indent=2))
    else:
        click.echo(f"{result['decision'].upper()}: {result['title']}\n{result['message']}")
        for reason in result["reasons"]:
            click.echo(f"  [{reason['severity']}] {reason['rule']}")
    sys.exit({"allow": 0, "warn": 1, "block": 2}[result["decision"]])


@main.command("doctor", with_appcontext=False)
def doctor_command():
    """Check this server's production settings and say what is missing and how to fix it."""
    import secrets

    from .config import from_environment
    from .doctor import lines, run_checks

    # without a secret key outside dev mode the app refuses to start: check the rest anyway
    overrides = {} if from_environment()["SECRET_KEY"] else {
        "SECRET_KEY": secrets.token_hex(32), "SECRET_KEY_GENERATED": True}
    app = create_app(overrides)
    with app.app_context():
        out, passed = lines(run_checks(app))
    for line in out:
        click.secho(line, fg="red" if line.startswith("MISSING") else None)
    sys.exit(0 if passed else 1)


def _register_optional():
    """Command groups that live beside their features."""
    from .auth.cli import apikey
    from .directory.cli import directory
    from .outlook import cli as _outlook_cli  # noqa: F401  (adds `manifest outlook`)
    from .gmail import deployment as _gmail_deployment  # noqa: F401  (adds `manifest gmail`)
    from .manifest_cli import manifest

    main.add_command(apikey)
    main.add_command(directory)
    main.add_command(manifest)


_register_optional()
