"""The import guard and the forgiving parts of an import: removals above the threshold need
confirming; UK dates; `;`/tab delimiters; swapped files; one hint for a column of bad dates."""
import io

import pytest

from needtoknow.directory.import_guard import Removals, confirmed
from needtoknow.directory.import_schemas import DATE_HINT
from needtoknow.directory.importer import (DirectoryImportError, RemovalsNotConfirmed,
                                           import_directory)

from test_importer import (HEADER, LINK_HEADER, LINKS, PEOPLE, files, load, session_of,
                           snapshot, text)


def test_an_import_that_removes_most_people_is_refused_unless_confirmed(any_app):
    load(any_app)
    before = snapshot(any_app)
    few_people, few_links = PEOPLE[:1], ()  # a cut-short export: one client, no links
    with pytest.raises(RemovalsNotConfirmed) as caught:
        load(any_app, few_people, few_links)
    found = caught.value.removals
    assert (found.people, found.people_before, found.links, found.links_before) == (5, 6, 5, 5)
    assert found.flagged and found.confirm_number == 5
    assert "5 of 6 people (83%)" in str(caught.value) and "5 of 5 links" in str(caught.value)
    assert snapshot(any_app) == before
    with pytest.raises(RemovalsNotConfirmed):
        load(any_app, few_people, few_links, confirm_removals=4)  # the wrong number
    assert snapshot(any_app) == before
    report = load(any_app, few_people, few_links, confirm_removals=5)
    assert report.revision == 2 and report.removals.flagged


def test_a_dry_run_reports_the_removals_without_refusing(app):
    load(app)
    report = load(app, PEOPLE[:1], (), dry_run=True)
    assert report.removals.flagged and report.removals.people == 5


def test_small_removals_and_a_first_import_pass(app):
    first = load(app)
    assert not first.removals.flagged  # nothing to remove from an empty directory
    report = load(app, (PEOPLE[0].replace("960001", "960009"),) + PEOPLE[1:])  # a change
    assert not report.removals.flagged


def test_the_threshold_is_a_setting(app):
    load(app)
    with pytest.raises(RemovalsNotConfirmed):
        load(app, PEOPLE[:-1], LINKS[:3])  # 1 of 6 people, 2 of 5 links
    load(app, PEOPLE[:-1], LINKS[:3], removal_threshold=0.5)


@pytest.mark.parametrize("removed_people, removed_links, confirm, ok", [
    (0, 0, None, True), (50, 0, None, False), (50, 0, 50, True), (50, 0, "50", False),
    (50, 0, True, True), (0, 20, 20, True), (0, 20, 0, False), (10, 0, None, True),
    (11, 0, None, False),
])
def test_confirmed(removed_people, removed_links, confirm, ok):
    found = Removals(removed_people, 100, removed_links, 100, 0.10)
    assert confirmed(found, confirm) is ok


@pytest.mark.parametrize("written, day", [
    ("15/05/2023", "2023-05-15"), ("5/3/2023", "2023-03-05"), ("15-05-2023", "2023-05-15"),
    ("15.05.2023", "2023-05-15"), ("2023-05-15", "2023-05-15"),
])
def test_uk_dates_are_read_day_first(app, written, day):
    links = (f"W1,C1,assigned_carer,{written},",) + LINKS[1:]
    with session_of(app) as session:
        import_directory(session, *files(links=links))
    _, links_now, _ = snapshot(app)
    assert ("W1", "C1", "assigned_carer") in {row[:3] for row in links_now}
    assert {str(row[3]) for row in links_now if row[:2] == ("W1", "C1")} == {day}


def test_a_column_of_unreadable_dates_is_one_hint(app):
    links = tuple(f"W1,C{n},assigned_carer,05/15/23," for n in (1, 2)) + LINKS[2:]
    with pytest.raises(DirectoryImportError) as caught, session_of(app) as session:
        import_directory(session, *files(links=links))
    assert [str(e) for e in caught.value.errors] == [
        f"relationships.csv line 2: valid_from {DATE_HINT}; the same on 2 lines, the first shown"]


@pytest.mark.parametrize("delimiter", [";", "\t", "|"])
def test_other_delimiters_are_recognised(app, delimiter):
    def swap(line):  # every row here is quote-free but one address; quote it the same way
        return line.replace(",", delimiter).replace(f'"58 Albemarle Road{delimiter} Lordswood"',
                                                    '"58 Albemarle Road, Lordswood"').replace(
            f'"12 Mill Lane{delimiter} Kingsmere"', '"12 Mill Lane, Kingsmere"')
    people = io.StringIO(text(swap(HEADER), tuple(map(swap, PEOPLE))))
    links = io.StringIO(text(swap(LINK_HEADER), tuple(map(swap, LINKS))))
    with session_of(app) as session:
        report = import_directory(session, people, links)
    assert report.total_people == 6 and report.relationships == 5


def test_swapped_files_are_named_as_such(app):
    people, links = files()
    with pytest.raises(DirectoryImportError) as caught, session_of(app) as session:
        import_directory(session, links, people)
    assert [str(e) for e in caught.value.errors] == [
        "people.csv: holds relationships (person_id, client_id), not people: the two files were "
        "swapped",
        "relationships.csv: holds people (id, kind, full_name), not relationships: the two files "
        "were swapped"]
