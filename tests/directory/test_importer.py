"""Directory import: good files on both databases, each kind of bad row, atomic replace, dry run."""
import csv
import io
from contextlib import contextmanager

import pytest
from sqlalchemy import select

from needtoknow import db
from needtoknow.directory.import_schemas import DATE_HINT
from needtoknow.directory import importer
from needtoknow.directory.importer import DirectoryImportError, import_directory
from needtoknow.directory.models import Person, Relationship, Revision

HEADER = "id,kind,full_name,email,phone,address,postcode,nhs_number"
PEOPLE = (  # the first row is line 2
    "C1,client,Kathleen O'Connor,,01632 960001,\"58 Albemarle Road, Lordswood\",ME5 6JW,"
    "943 476 5919",
    "C2,client,Amrit Fox-Lee,,01632 960002,\"12 Mill Lane, Kingsmere\",me23 4ab,1872446701",
    "W1,care_worker,Zara Cole,Zara.Cole@Agency.example,07700 900001,,,",
    "S1,office_staff,Roger MacKay,roger.mackay@agency.example,+44 (0)1632 960100,,,",
    "R1,relative,Wendy O'Connor,wendy.oconnor@homemail.example,07700 900002,,,",
    "P1,professional,Dr Brian Barnes,brian.barnes@nhs.example,01632 960200,,,",
)
LINK_HEADER = "person_id,client_id,relationship,valid_from,valid_to"
LINKS = (
    "W1,C1,assigned_carer,2023-05-15,",
    "W1,C2,assigned_carer,2023-05-15,",
    "R1,C1,Next of kin,2022-01-01,",
    "P1,C1,gp,,",
    "P1,C2,gp,2021-01-01,2023-12-31",
)
KIND_COUNTS = {"client": 2, "care_worker": 1, "office_staff": 1, "relative": 1, "professional": 1}


def text(header, rows, eol="\r\n"):
    return eol.join((header, *rows)) + eol


def files(people=PEOPLE, links=LINKS, header=HEADER, link_header=LINK_HEADER):
    return io.StringIO(text(header, people)), io.StringIO(text(link_header, links))


def changed(rows, line, row):
    """`rows` with the row on physical `line` (header = 1) replaced."""
    return rows[:line - 2] + (row,) + rows[line - 1:]


@contextmanager
def session_of(app):
    session = db.sessions(app)()
    try:
        yield session
    finally:
        session.close()


def load(app, people=PEOPLE, links=LINKS, **kwargs):
    with session_of(app) as session:
        return import_directory(session, *files(people, links), **kwargs)


def snapshot(app):
    with session_of(app) as session:
        people = session.execute(select(Person.id, Person.kind, Person.full_name, Person.email,
                                        Person.phone, Person.postcode, Person.nhs_number))
        links = session.execute(select(Relationship.person_id, Relationship.client_id,
                                       Relationship.relationship, Relationship.valid_from,
                                       Relationship.valid_to))
        revision = session.get(Revision, "directory")
        return sorted(people), sorted(links), revision.number if revision else 0


def test_good_import_on_both_databases(any_app):
    report = load(any_app)
    assert (report.people, report.relationships, report.revision) == (KIND_COUNTS, 5, 1)
    assert report.changes.added == KIND_COUNTS and report.changes.links_added == 5
    with session_of(any_app) as session:
        c1, c2, w1 = (session.get(Person, i) for i in ("C1", "C2", "W1"))
        links = {(r.person_id, r.client_id): r for r in session.scalars(select(Relationship))}
    assert (c1.full_name, c1.address) == ("Kathleen O'Connor", "58 Albemarle Road, Lordswood")
    assert (c2.postcode, c2.nhs_number, c2.email) == ("ME23 4AB", "187 244 6701", None)
    assert w1.email == "zara.cole@agency.example"
    assert links["R1", "C1"].relationship == "next_of_kin"
    assert str(links["P1", "C2"].valid_to) == "2023-12-31" and links["P1", "C1"].valid_from is None


def test_reimport_replaces_the_directory(any_app):
    load(any_app)
    people = changed(PEOPLE, 3, PEOPLE[1].replace("01632 960002", "01632 960009"))[:4] + PEOPLE[5:]
    links = LINKS[:2] + LINKS[3:]
    report = load(any_app, people, links, confirm_removals=1)  # 1 of 6 people: over 10 %
    assert report.revision == 2
    assert (report.changes.added, report.changes.removed, report.changes.changed) == (
        {}, {"relative": 1}, {"client": 1})
    assert (report.changes.links_added, report.changes.links_removed) == (0, 1)
    people_now, links_now, revision = snapshot(any_app)
    assert [p[0] for p in people_now] == ["C1", "C2", "P1", "S1", "W1"]
    assert len(links_now) == 4 and revision == 2


def test_failure_while_writing_changes_nothing(any_app, monkeypatch):
    load(any_app)
    before = snapshot(any_app)
    real = importer._bulk_insert

    def fail_on_links(session, table, columns, rows):
        real(session, table, columns, rows)
        if table.name == "relationships":
            raise RuntimeError("disk full")
    monkeypatch.setattr(importer, "_bulk_insert", fail_on_links)
    with pytest.raises(RuntimeError):
        load(any_app, PEOPLE[:3], LINKS[:1], confirm_removals=True)
    assert snapshot(any_app) == before


KINDS_MESSAGE = "kind must be one of client, care_worker, office_staff, relative, professional"
P, R = "people.csv", "relationships.csv"
BAD = [  # id, people rows, link rows, header, expected (file, line, message)
    ("bad kind", changed(PEOPLE, 3, PEOPLE[1].replace("client", "patient")), LINKS, HEADER,
     [(P, 3, KINDS_MESSAGE)]),
    ("duplicate id", PEOPLE + ("C1,client,Joan Smith,,,,,",), LINKS, HEADER,
     [(P, 8, "id is already used on line 2")]),
    ("missing id", PEOPLE + (",relative,Joan Smith,,,,,",), LINKS, HEADER,
     [(P, 8, "id is required")]),
    ("missing name", changed(PEOPLE, 4, "W1,care_worker,,zara@agency.example,,,,"), LINKS, HEADER,
     [(P, 4, "full_name is required")]),
    ("name too long", changed(PEOPLE, 5, "S1,office_staff," + "Roger" * 41 + ",,,,,"), LINKS,
     HEADER, [(P, 5, "full_name is longer than 200 characters")]),
    ("bad email", changed(PEOPLE, 4, PEOPLE[2].replace("Agency.example", "")), LINKS, HEADER,
     [(P, 4, "email is not a valid email address")]),
    ("duplicate email", PEOPLE + ("R2,relative,Joan Smith,ZARA.COLE@agency.example,,,,",), LINKS,
     HEADER, [(P, 8, "email is already used on line 4")]),
    ("bad phone", changed(PEOPLE, 2, PEOPLE[0].replace("01632 960001", "1632 96")), LINKS, HEADER,
     [(P, 2, "phone is not a UK phone number")]),
    ("bad postcode", changed(PEOPLE, 2, PEOPLE[0].replace("ME5 6JW", "ME5 JW6")), LINKS, HEADER,
     [(P, 2, "postcode is not a UK postcode")]),
    ("bad NHS number", changed(PEOPLE, 2, PEOPLE[0].replace("5919", "5918")), LINKS, HEADER,
     [(P, 2, "nhs_number is not a valid NHS number (10 digits, mod-11 check digit)")]),
    ("too many fields", changed(PEOPLE, 6, PEOPLE[4] + ",extra"), LINKS, HEADER,
     [(P, 6, "has 9 fields but the header has 8")]),
    ("broken quoting", changed(PEOPLE, 3, PEOPLE[1].replace(",\"12", ",1\"2")), LINKS, HEADER,
     [(P, 3, "has 9 fields but the header has 8")]),
    ("stray quote", changed(PEOPLE, 3, PEOPLE[1].replace("Amrit Fox-Lee", '"Amrit" Fox-Lee')),
     LINKS, HEADER, [(P, 3, "is not valid CSV (',' expected after '\"')")]),
    ("unknown column", tuple(p + "," for p in PEOPLE), LINKS, HEADER + ",date_of_birth",
     [(P, 1, "unknown column date_of_birth")]),
    ("repeated column", tuple(p + ",x" for p in PEOPLE), LINKS, HEADER + ",Phone",
     [(P, 1, "column phone appears more than once")]),
    ("missing column", tuple(p.rsplit(",", 1)[0] for p in PEOPLE), LINKS,
     HEADER.replace(",full_name", ""), [(P, 1, "required column full_name is missing")]),
    ("no header", PEOPLE[1:], LINKS, PEOPLE[0], [(P, 1, "the header row is missing or names none "
     "of the columns id, kind, full_name, email, phone, address, postcode, nhs_number")]),
    ("unknown person", PEOPLE, LINKS + ("W9,C1,assigned_carer,,",), HEADER,
     [(R, 7, "person_id is not an id in people.csv")]),
    ("not a client", PEOPLE, LINKS + ("R1,W1,relative,,",), HEADER,
     [(R, 7, "client_id is not a client (people.csv line 4 has another kind)")]),
    ("bad date", PEOPLE, changed(LINKS, 2, "W1,C1,assigned_carer,15/05/23,"), HEADER,
     [(R, 2, "valid_from " + DATE_HINT)]),
    ("no such day", PEOPLE, changed(LINKS, 2, "W1,C1,assigned_carer,31/02/2023,"), HEADER,
     [(R, 2, "valid_from " + DATE_HINT)]),
    ("dates reversed", PEOPLE, changed(LINKS, 6, "P1,C2,gp,2023-12-31,2021-01-01"), HEADER,
     [(R, 6, "valid_to is before valid_from")]),
    ("bad relationship", PEOPLE, changed(LINKS, 3, "W1,C2,carer!,,"), HEADER,
     [(R, 3, "relationship must be words like next_of_kin, assigned_carer or gp")]),
    ("missing relationship", PEOPLE, changed(LINKS, 3, "W1,C2,,,"), HEADER,
     [(R, 3, "relationship is required")]),
    ("all problems together", changed(PEOPLE, 2, PEOPLE[0].replace("01632", "0")) + (
        "C1,client,Joan Smith,,,,,",), LINKS + ("W9,C1,gp,,", "C2,W1,gp,2024-01-01,x"), HEADER,
     [(P, 2, "phone is not a UK phone number"), (P, 8, "id is already used on line 2"),
      (R, 7, "person_id is not an id in people.csv"),
      (R, 8, "valid_to " + DATE_HINT)]),
]


@pytest.mark.parametrize("people, links, header, expected", [b[1:] for b in BAD],
                         ids=[b[0] for b in BAD])
def test_bad_rows_are_reported_and_change_nothing(app, people, links, header, expected):
    load(app)
    before = snapshot(app)
    with pytest.raises(DirectoryImportError) as caught:
        with session_of(app) as session:
            import_directory(session, *files(people, links, header))
    assert [(e.file, e.line, e.message) for e in caught.value.errors] == expected
    assert snapshot(app) == before
    # no name, phone, address, postcode, email or NHS number is ever echoed back
    rows = list(csv.reader(io.StringIO(text(header, people))))
    rows = rows[1:] if header.startswith("id,") else rows
    sensitive = {cell for row in rows for cell in row[2:] if len(cell) >= 3}
    for message in map(str, caught.value.errors):
        assert not [s for s in sensitive if s in message], message


def test_empty_file(app):
    with pytest.raises(DirectoryImportError) as caught, session_of(app) as session:
        import_directory(session, io.StringIO(""), files()[1])
    assert [str(e) for e in caught.value.errors] == ["people.csv: is empty (no header row)"]


def test_not_utf8(app):
    people = io.BytesIO(text(HEADER, PEOPLE + ("R2,relative,Zoë Smith,,,,,",)).encode("cp1252"))
    with pytest.raises(DirectoryImportError) as caught, session_of(app) as session:
        import_directory(session, people, files()[1])
    assert [str(e) for e in caught.value.errors] == [
        "people.csv: is not UTF-8 text (save it as CSV UTF-8)"]


def test_line_numbers_count_physical_lines(app):
    multiline = PEOPLE[0].replace("Road, Lordswood", "Road,\r\nLordswood")
    people = (multiline, PEOPLE[1].replace("01632 960002", "12"), *PEOPLE[2:])
    with pytest.raises(DirectoryImportError) as caught, session_of(app) as session:
        import_directory(session, *files(people))
    assert [(e.line, e.message) for e in caught.value.errors] == [
        (4, "phone is not a UK phone number")]


def _bom_bytes(tmp_path):
    return (io.BytesIO(("\ufeff" + text(HEADER, PEOPLE)).encode()),
            io.BytesIO(text(LINK_HEADER, LINKS).encode()))


def _paths(tmp_path, encoding="utf-8-sig", eol="\r\n"):
    people, links = tmp_path / "export-people.csv", tmp_path / "export-links.csv"
    people.write_bytes(text(HEADER, PEOPLE, eol).encode(encoding))
    links.write_bytes(text(LINK_HEADER, LINKS, eol).encode(encoding))
    return people, str(links)


SOURCES = {
    "text with BOM": lambda _: (io.StringIO("\ufeff" + text(HEADER, PEOPLE)),
                                io.StringIO(text(LINK_HEADER, LINKS))),
    "bytes with BOM": _bom_bytes,
    "paths, BOM, CRLF": _paths,
    "paths, LF, no BOM": lambda tmp_path: _paths(tmp_path, "utf-8", "\n"),
    "blank lines and padded header": lambda _: (
        io.StringIO(text(" ID , Kind,full_name,email,phone,address,postcode,nhs_number", PEOPLE)
                    + "\r\n,,,,,,,\r\n"), io.StringIO("\n" + text(LINK_HEADER, LINKS, "\n"))),
}


@pytest.mark.parametrize("make", SOURCES.values(), ids=SOURCES.keys())
def test_file_formats(app, tmp_path, make):
    with session_of(app) as session:
        report = import_directory(session, *make(tmp_path))
        assert (report.people, report.relationships) == (KIND_COUNTS, 5)
        assert session.get(Person, "C1").address == "58 Albemarle Road, Lordswood"


def test_error_names_the_file_it_came_from(app, tmp_path):
    people, links = _paths(tmp_path)
    people.write_text(text(HEADER, PEOPLE + ("X1,robot,Joan Smith,,,,,",)))
    with pytest.raises(DirectoryImportError) as caught, session_of(app) as session:
        import_directory(session, people, links)
    assert [str(e) for e in caught.value.errors] == [f"export-people.csv line 8: {KINDS_MESSAGE}"]


def test_dry_run_reports_changes_and_writes_nothing(app):
    load(app)
    before = snapshot(app)
    people = (PEOPLE[0], PEOPLE[1].replace("Mill Lane", "Mill Road"), *PEOPLE[2:4], PEOPLE[5],
              "C3,client,Joan Smith,,,,,")
    links = LINKS[:2] + LINKS[3:] + ("W1,C3,assigned_carer,2024-01-01,",)
    report = load(app, people, links, dry_run=True)
    assert (report.dry_run, report.revision) == (True, None)
    assert report.people == {**KIND_COUNTS, "client": 3, "relative": 0}
    changes = report.changes
    assert (changes.added, changes.removed, changes.changed) == (
        {"client": 1}, {"relative": 1}, {"client": 1})
    assert (changes.links_added, changes.links_removed, changes.empty) == (1, 1, False)
    assert snapshot(app) == before
    assert load(app, dry_run=True).changes.empty


def test_control_characters_are_a_line_error_on_both_databases(any_app, tmp_path):
    """PostgreSQL refuses NUL in text: the import reports the line instead of failing."""
    from needtoknow import db
    from needtoknow.directory.importer import DirectoryImportError, import_directory

    people = tmp_path / "people.csv"
    people.write_text("id,kind,full_name,email,phone,address,postcode,nhs_number\r\n"
                      "C1,client,Ann\x00 Example,,,,,\r\n", encoding="utf-8")
    links = tmp_path / "relationships.csv"
    links.write_text("person_id,client_id,relationship,valid_from,valid_to\r\n", encoding="utf-8")
    with db.sessions(any_app)() as session:
        with pytest.raises(DirectoryImportError) as caught:
            import_directory(session, str(people), str(links))
    assert [str(e) for e in caught.value.errors] == ["people.csv line 2: full_name holds control characters"]
