"""The `needtoknow` command: serve, db, directory, check, doctor, apikey, manifest, audit, report,
milter.

Start-up is kept short: this module imports click only. The app (and Flask, the database, the
recognizers) is built when a command needs it, and the command groups that live beside their
features are imported only when they run. To add a command, either decorate a function here
with `@main.command()` (import what it needs inside it), or add one line to `LAZY`:

    "doctor": ("needtoknow.doctor:doctor", "Check a production environment and say what to fix."),

Commands written for Flask's CLI work unchanged: `flask.cli.with_appcontext` and `AppGroup` find
the app through the ScriptInfo this group puts in `ctx.obj`.
"""
import functools
import importlib
import json
import os
import sys

import click

# name -> ("module:attribute", one-line help shown by `needtoknow --help` without importing it)
LAZY = {
    "apikey": ("needtoknow.auth.cli:apikey", "API keys for scripts that call the check API."),
    "directory": ("needtoknow.directory.cli:directory",
                  "Import or generate the care-relationship directory."),
    "manifest": ("needtoknow.cli:_manifest", "Generate the Outlook and Gmail add-in manifests."),
    "audit": ("needtoknow.audit.cli:audit", "Verify the audit log's hash chain; purge by retention."),
    "report": ("needtoknow.incident.cli:report", "Incident reports: whose data reached whom."),
    "milter": ("needtoknow.gateway.cli:milter", "Serve the mail gateway's milter for Postfix."),
}


class LazyGroup(click.Group):
    """A group whose LAZY commands are imported on first use, not to print the help."""

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(LAZY))

    def get_command(self, ctx, name):
        if name in self.commands or name not in LAZY:
            return super().get_command(ctx, name)
        module, _, attribute = LAZY[name][0].partition(":")
        found = getattr(importlib.import_module(module), attribute)
        return found() if attribute.startswith("_") else found

    def format_commands(self, ctx, formatter):
        rows = [(name, LAZY[name][1] if name in LAZY and name not in self.commands
                 else self.commands[name].get_short_help_str(80)) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


# Commands that only run checks: their app has no HTTP layer (create_app(http=False)).
CHECKS_ONLY = {"check"}


def _create_app(http=True):
    from . import create_app

    return create_app(http=http)


@click.group(cls=LazyGroup)
@click.version_option(package_name="needtoknow", prog_name="Need to Know",
                      message="%(prog)s %(version)s")
@click.pass_context
def main(ctx):
    """Need to Know: checks outgoing email for care clients' data before it is sent."""
    from flask.cli import ScriptInfo  # only when a command runs, not for --help

    if ctx.obj is None:  # a test runner may hand its own app in
        factory = functools.partial(_create_app, http=ctx.invoked_subcommand not in CHECKS_ONLY)
        ctx.obj = ScriptInfo(create_app=factory, set_debug_flag=False, load_dotenv_defaults=False)


def with_appcontext(f):
    """Run `f` inside the app's context, building the app on first use."""
    @click.pass_context
    def run(ctx, *args, **kwargs):
        from flask import current_app

        if not current_app:
            ctx.with_resource(ctx.obj.load_app().app_context())
        return ctx.invoke(f, *args, **kwargs)
    return functools.update_wrapper(run, f)


def _app():
    from flask import current_app

    return current_app._get_current_object()


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True, type=int)
@click.option("--demo", is_flag=True, help="Load the synthetic demo directory if the directory is empty.")
@click.option("--production", is_flag=True,
              help="Serve with gunicorn and infra/gunicorn.conf.py; run `db upgrade` first.")
@with_appcontext
def serve(host, port, demo, production):
    """Migrate the database and serve the API, demo page and admin console."""
    from . import db

    app = _app()
    if not production:  # in production migrating is the deploy step's job, done once
        db.upgrade(app)
    if demo:
        _prepare_demo(app)
    if production:
        from . import _project_root
        from .observability.serving import run

        run(app, os.path.join(_project_root(), "infra", "gunicorn.conf.py"), f"{host}:{port}")
    _warm(app)
    click.echo(f"Need to Know is running: http://{host}:{port}/  (API: /api/v1/check, "
               f"OpenAPI: /api/openapi.json)", err=True)
    from werkzeug.serving import run_simple

    run_simple(host, port, app, threaded=True, use_reloader=False, use_debugger=False)


def _warm(app):
    """As a gunicorn worker does before taking traffic: the attachment helpers started (a second
    or two), the snapshot built and the recognizers compiled, so the first check, not least the
    first with an attachment, is not the one that waits for them."""
    from . import db
    from .services import get_services

    services = get_services(app)
    with db.sessions(app)() as session:
        services.snapshot(session)
    services.warm()


def _prepare_demo(app):
    from . import db
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
    from . import db

    db.upgrade(_app())
    click.echo("database is at the newest migration")


def _addresses(values):
    """Each --to/--cc/--bcc value may hold several addresses, split at commas or semicolons."""
    from .directory.addresses import split

    return [part for value in values for part in split(value)]


def _read_body(body):
    if not body.startswith("@"):
        return body
    try:
        with open(body[1:], encoding="utf-8") as f:
            return f.read()
    except OSError as exc:
        raise click.BadParameter(f"can't read {body[1:]!r}: {exc.strerror or exc}", param_hint="--body")
    except UnicodeDecodeError:
        raise click.BadParameter(f"{body[1:]!r} is not UTF-8 text", param_hint="--body") from None


@main.command("check")
@click.option("--sender", default="")
@click.option("--to", "to", multiple=True, help="Recipients; repeat, or separate with commas or semicolons.")
@click.option("--cc", multiple=True)
@click.option("--bcc", multiple=True)
@click.option("--subject", default="")
@click.option("--body", default="", help="Body text, or @FILE to read it from a file.")
@click.option("--attach", multiple=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the API's JSON response.")
@with_appcontext
def check_command(sender, to, cc, bcc, subject, body, attach, as_json):
    """Check a message from the command line and print the decision (not audited)."""
    from . import db
    from .api.check import perform, present
    from .check import Addressee, Attachment, CheckInput

    body = _read_body(body)
    addressees = tuple(Addressee(e, f) for f, emails in (("to", to), ("cc", cc), ("bcc", bcc))
                       for e in _addresses(emails))
    if not addressees:
        raise click.UsageError("give at least one of --to, --cc, --bcc")
    app = _app()
    db.upgrade(app)
    app.config["EXTRACT_PROCESSES"] = 0  # a one-shot check reads its files here: no helper pool to start
    attachments = tuple(Attachment(os.path.basename(p), open(p, "rb").read()) for p in attach)
    result = present(perform(CheckInput(sender, addressees, subject, body, "text", attachments),
                             record=False))
    if as_json:
        click.echo(json.dumps(result, indent=2))
    else:  # every reason, in full: a terminal has no 500-character dialog to fit
        click.echo(f"{result['decision'].upper()}: {result['title']}")
        for line in [r["message"] for r in result["reasons"]] or [result["message"]]:
            click.echo(f"- {line}")
    sys.exit({"allow": 0, "warn": 1, "block": 2}[result["decision"]])


@main.command("doctor")
def doctor_command():
    """Check this server's production settings and say what is missing and how to fix it."""
    import secrets

    from . import create_app
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


def _manifest():
    """The `manifest` group with the Outlook and Gmail commands that register on it."""
    from .manifest_cli import manifest
    from .outlook import cli as _outlook_cli  # noqa: F401  (adds `manifest outlook`)
    from .gmail import deployment as _gmail_deployment  # noqa: F401  (adds `manifest gmail`)

    return manifest
