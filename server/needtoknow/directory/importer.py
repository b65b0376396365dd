"""Directory import: validate people.csv + relationships.csv, then replace the directory whole.

Every problem in both files is collected before anything is written; with any problem nothing
changes. Otherwise one transaction bumps the `directory` revision (which also serialises two
imports), deletes the old rows and bulk-inserts the new ones.
"""
import time
from collections import Counter
from dataclasses import dataclass

from marshmallow import ValidationError
from sqlalchemy import delete, insert, select, update

from .import_csv import ImportProblem, read_table
from .import_diff import Changes, diff
from .import_guard import (DEFAULT_THRESHOLD, Removals, RemovalsNotConfirmed, confirmed,
                           removals)
from .import_schemas import (DATE_HINT, PEOPLE_COLUMNS, PEOPLE_REQUIRED, RELATIONSHIP_COLUMNS,
                             RELATIONSHIP_REQUIRED, PersonSchema, RelationshipSchema)
from .models import KINDS, Person, Relationship, bump_revision

REVISION = "directory"

__all__ = ["DirectoryImportError", "ImportProblem", "ImportReport", "RemovalsNotConfirmed",
           "import_directory", "parse_directory"]


class DirectoryImportError(Exception):
    """The files have problems; `errors` lists every `ImportProblem`, in file and line order."""

    def __init__(self, errors):
        self.errors = list(errors)
        shown = "; ".join(map(str, self.errors[:5])) + ("; …" if len(self.errors) > 5 else "")
        super().__init__(f"{len(self.errors)} problem(s) in the directory import: {shown}")


@dataclass(frozen=True)
class ImportReport:
    people: dict  # kind -> count, every kind present
    relationships: int
    changes: Changes  # versus the directory before the import
    dry_run: bool
    revision: int | None  # the directory revision after the import; None on a dry run
    seconds: float
    removals: Removals | None = None  # what the import guard found

    @property
    def total_people(self):
        return sum(self.people.values())


def import_directory(session, people_file, relationships_file, *, dry_run=False,
                     confirm_removals=None, removal_threshold=DEFAULT_THRESHOLD):
    """Validate both files (paths or streams) and replace the directory in one transaction.

    Raises `DirectoryImportError` with every problem found, having changed nothing. An import
    that removes more than `removal_threshold` of the people or links raises
    `RemovalsNotConfirmed` unless `confirm_removals` is True or the number removed (see
    `import_guard`). Commits the session on success (unless `dry_run`); rolls it back on any
    failure.
    """
    started = time.perf_counter()
    people, links = parse_directory(people_file, relationships_file)
    try:
        # the revision goes up first: its lock keeps a concurrent import out while we read
        revision = None if dry_run else bump_revision(session, REVISION)
        changes = diff(session, people, links)
        found = removals(changes, changes.people_before, changes.links_before, removal_threshold)
        if not dry_run and not confirmed(found, confirm_removals):
            raise RemovalsNotConfirmed(found)
        if dry_run:
            session.rollback()  # end the read transaction; nothing was written
        else:
            _replace(session, people, links)
    except BaseException:
        session.rollback()
        raise
    kinds = Counter(p["kind"] for p in people)
    return ImportReport(people={k: kinds.get(k, 0) for k in KINDS}, relationships=len(links),
                        changes=changes, dry_run=dry_run, revision=revision,
                        seconds=time.perf_counter() - started, removals=found)


def parse_directory(people_file, relationships_file):
    """Validated rows `(people, links)` as dicts in import column order, or raise."""
    people_table = read_table(people_file, "people.csv", PEOPLE_COLUMNS, PEOPLE_REQUIRED)
    links_table = read_table(relationships_file, "relationships.csv", RELATIONSHIP_COLUMNS,
                             RELATIONSHIP_REQUIRED)
    people, kinds, known = _load_people(people_table)
    links = _load_links(links_table, kinds, known if people_table.complete else None,
                        people_table.file)
    swapped = _swapped(people_table, links_table)
    if swapped:
        raise DirectoryImportError(swapped)
    problems = (_summarised(sorted(people_table.problems, key=_line))
                + _summarised(sorted(links_table.problems, key=_line)))
    if problems:
        raise DirectoryImportError(problems)
    return people, links


def _line(problem):
    return problem.line


def _swapped(people_table, links_table):
    """One problem per file when the people file has the relationships' columns and vice versa."""
    if people_table.header_ok or links_table.header_ok:
        return []
    if not (set(RELATIONSHIP_REQUIRED) <= set(people_table.columns)
            and set(PEOPLE_REQUIRED) <= set(links_table.columns)):
        return []
    return [ImportProblem(people_table.file, 0, "holds relationships (person_id, client_id), "
                                                "not people: the two files were swapped"),
            ImportProblem(links_table.file, 0, "holds people (id, kind, full_name), not "
                                               "relationships: the two files were swapped")]


def _summarised(problems):
    """A date column wrong on many lines (often dates written another way) is one hint."""
    by_message = Counter(p.message for p in problems if p.message.endswith(DATE_HINT))
    out, said = [], set()
    for p in problems:
        n = by_message.get(p.message, 0)
        if n < 2:
            out.append(p)
        elif p.message not in said:
            said.add(p.message)
            column = p.message.split(" ", 1)[0]
            out.append(ImportProblem(p.file, p.line, f"{column} {DATE_HINT}; the same on {n} "
                                                     f"lines, the first shown"))
    return out


def _problems(table, line, messages, columns):
    """Marshmallow's {column: [message]} as problems, in column order."""
    rank = {c: i for i, c in enumerate(columns)}
    for column in sorted(messages, key=lambda c: rank.get(c, len(rank))):
        for message in messages[column]:
            table.problem(line, message if column == "_schema" else f"{column} {message}")


def _load_people(table):
    """Valid people rows; kinds of valid rows by id; line of every id seen (valid or not)."""
    schema, people, kinds, known, emails = PersonSchema(), [], {}, {}, {}
    for line, raw in table.rows:
        person_id = raw.get("id")
        if person_id in known:
            table.problem(line, f"id is already used on line {known[person_id]}")
            continue
        if person_id:
            known[person_id] = line
        if line in table.misshapen:
            continue
        try:
            person = schema.load(raw)
        except ValidationError as exc:
            _problems(table, line, exc.messages, PEOPLE_COLUMNS)
            continue
        if person["email"] and person["email"] in emails:
            table.problem(line, f"email is already used on line {emails[person['email']]}")
            continue
        if person["email"]:
            emails[person["email"]] = line
        kinds[person_id] = person["kind"]
        people.append(person)
    return people, kinds, known


def _load_links(table, kinds, known, people_file):
    """Valid relationship rows. `known` is None when people.csv could not be read at all."""
    schema, links = RelationshipSchema(), []
    for line, raw in table.rows:
        if line in table.misshapen:
            continue
        try:
            link = schema.load(raw)
        except ValidationError as exc:
            _problems(table, line, exc.messages, RELATIONSHIP_COLUMNS)
            continue
        if known is None or not _linked_ids_ok(table, line, link, kinds, known, people_file):
            continue
        links.append(link)
    return links


def _linked_ids_ok(table, line, link, kinds, known, people_file):
    ok = True
    for column in ("person_id", "client_id"):
        if link[column] not in known:
            table.problem(line, f"{column} is not an id in {people_file}")
            ok = False
        elif link[column] not in kinds:
            ok = False  # that person's row is invalid and already reported
    client_kind = kinds.get(link["client_id"])
    if client_kind and client_kind != "client":
        table.problem(line, f"client_id is not a client ({people_file} line "
                            f"{known[link['client_id']]} has another kind)")
        ok = False
    return ok


def _replace(session, people, links):
    """Delete and bulk-insert in the session's transaction, then commit."""
    session.execute(delete(Relationship))
    session.execute(delete(Person))
    _bulk_insert(session, Person.__table__, PEOPLE_COLUMNS, people)
    _bulk_insert(session, Relationship.__table__, RELATIONSHIP_COLUMNS, links)
    session.commit()


def _bulk_insert(session, table, columns, rows):
    """Executemany everywhere; COPY on PostgreSQL, which is several times faster at 50,000 rows."""
    if not rows:
        return
    connection = session.connection()
    if connection.dialect.name != "postgresql" or connection.dialect.driver != "psycopg":
        session.execute(insert(table), rows)
        return
    cursor = connection.connection.driver_connection.cursor()
    with cursor, cursor.copy(f'COPY {table.name} ({", ".join(columns)}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([row[c] for c in columns])

