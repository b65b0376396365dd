"""`needtoknow directory …`: import the care-management export, or write a synthetic one.

The commands import what they need when they run: `needtoknow directory --help` needn't load the
database layer (bench/bench_cli.py)."""
import click
from flask import current_app
from flask.cli import AppGroup

directory = AppGroup("directory", help="Import or generate the care-relationship directory.")


@directory.command("import")
@click.argument("people", type=click.Path(exists=True, dir_okay=False))
@click.argument("relationships", type=click.Path(exists=True, dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Check the files and show what would change; "
                                              "write nothing.")
@click.option("--allow-removals", is_flag=True,
              help="Import even if it removes more than IMPORT_MAX_REMOVAL_PERCENT of the people "
                   "or links (without it such an import stops, exit 3).")
@click.pass_context
def import_command(ctx, people, relationships, dry_run, allow_removals):
    """Replace the directory with PEOPLE.csv and RELATIONSHIPS.csv, all or nothing."""
    from .. import db
    from .importer import DirectoryImportError, RemovalsNotConfirmed, import_directory

    db.upgrade(current_app)  # a fresh database works without a separate step
    session = db.sessions()()
    threshold = current_app.config["IMPORT_MAX_REMOVAL_PERCENT"] / 100
    try:
        report = import_directory(session, people, relationships, dry_run=dry_run,
                                  confirm_removals=allow_removals, removal_threshold=threshold)
    except DirectoryImportError as exc:
        for problem in exc.errors:
            click.echo(str(problem), err=True)
        click.echo(f"Nothing was imported: {len(exc.errors)} problem(s).", err=True)
        ctx.exit(2)
    except RemovalsNotConfirmed as exc:
        click.secho(f"{exc} If the files are right, run again with --allow-removals.",
                    fg="red", err=True)
        ctx.exit(3)
    finally:
        session.close()
    for line in summary(report):
        click.secho(line, fg="red" if line.startswith("WARNING") else None)


@directory.command("generate", with_appcontext=False)
@click.argument("folder", type=click.Path(file_okay=False))
@click.option("--clients", "n_clients", default=40, show_default=True, type=click.IntRange(1))
@click.option("--seed", default=7, show_default=True, help="Same seed, same files.")
def generate_command(folder, n_clients, seed):
    """Write a synthetic people.csv and relationships.csv into FOLDER."""
    from ..demo.generate import write_csvs

    people, relationships = write_csvs(folder, n_clients, seed)
    click.echo(f"Wrote {people} and {relationships} ({n_clients} clients, seed {seed}).")


def _by_kind(counts):
    return ", ".join(f"{kind} {n}" for kind, n in counts.items() if n) or "none"


def summary(report):
    """The lines the import command prints."""
    contents = (f"{report.total_people} people ({_by_kind(report.people)}) and "
                f"{report.relationships} relationships")
    flagged = report.removals is not None and report.removals.flagged
    if report.dry_run and flagged:
        first = (f"Dry run: the files can be read ({contents}), but importing them would remove "
                 f"too much. Nothing was written.")
    elif report.dry_run:
        first = f"Dry run: the files are valid: {contents}. Nothing was written."
    else:
        first = (f"Imported {contents} in {report.seconds:.2f} s; "
                 f"directory revision {report.revision}.")
    c = report.changes
    if c.empty:
        return [first, "No change from the current directory."]
    verb = "Would change" if report.dry_run else "Changed"
    warning = [f"WARNING: {report.removals.describe()}"] if flagged else []
    return [first, *warning, f"{verb}: people added {sum(c.added.values())} ({_by_kind(c.added)}), "
                   f"removed {sum(c.removed.values())} ({_by_kind(c.removed)}), "
                   f"changed {sum(c.changed.values())} ({_by_kind(c.changed)}); "
                   f"links added {c.links_added}, removed {c.links_removed}."]
