"""A deterministic, synthetic care-agency directory in the import format.

`make_directory(n, seed)` gives the same rows for the same arguments on every run and platform
(one `random.Random(seed)` stream, drawn in a fixed order). It scales to tens of thousands of
clients for benchmarks. Every address, phone number and NHS number is made up; every email domain
ends in `.example`.
"""
import csv
import os
import random
from datetime import date
from typing import NamedTuple

from ..directory.import_schemas import PEOPLE_COLUMNS, RELATIONSHIP_COLUMNS
from . import names as N
from .book import Book

OFFICE_STAFF = 4


class DemoDirectory(NamedTuple):
    people: list  # dicts in people.csv column order, "" for empty
    relationships: list  # dicts in relationships.csv column order

    def of_kind(self, kind):
        return [p for p in self.people if p["kind"] == kind]

    @property
    def clients(self):
        return self.of_kind("client")


def _person(pid, kind, name, email="", phone="", address="", postcode="", nhs_number=""):
    return dict(zip(PEOPLE_COLUMNS, (pid, kind, name, email, phone, address, postcode, nhs_number)))


def _link(person_id, client_id, relationship, valid_from, valid_to=None):
    end = valid_to.isoformat() if valid_to else ""
    return dict(zip(RELATIONSHIP_COLUMNS,
                    (person_id, client_id, relationship, valid_from.isoformat(), end)))


def _dated_link(book, person_id, client_id, relationship, expire_chance):
    """Open-ended from 2021-24, or (by chance) a link that ended during 2023."""
    if book.rng.random() < expire_chance:
        start = book.day(date(2021, 1, 4), date(2022, 12, 30))
        return _link(person_id, client_id, relationship, start,
                     book.day(date(2023, 1, 2), date(2023, 12, 29)))
    return _link(person_id, client_id, relationship, book.day(date(2021, 1, 4), date(2024, 6, 28)))


def _clients(book, n):
    clients = []
    for i in range(1, n + 1):
        name = book.unique(book.name)
        address, postcode = book.unique(book.address)
        clients.append(_person(f"C{i:05d}", "client", name, "", book.landline(), address,
                               postcode, book.nhs_number()))
    return clients


def _office(book, clients):  # noqa: ARG001 - same shape as the others
    staff = []
    for i in range(1, OFFICE_STAFF + 1):
        name = book.unique(book.name)
        staff.append(_person(f"S{i:05d}", "office_staff", name, book.email(name, N.ORG_DOMAIN),
                             book.landline()))
    return staff, []


def _carers(book, clients):
    carers = []
    for i in range(1, max(2, round(len(clients) / 4)) + 1):
        name = book.unique(book.name)
        personal = book.rng.random() < 0.4
        email = (book.email(name, book.rng.choice(N.PERSONAL_DOMAINS), "short") if personal
                 else book.email(name, N.ORG_DOMAIN))
        carers.append(_person(f"W{i:05d}", "care_worker", name, email, book.mobile()))
    links = []
    for client in clients:
        for carer in book.rng.sample(carers, min(len(carers), book.rng.choice((2, 2, 3)))):
            links.append(_dated_link(book, carer["id"], client["id"], "assigned_carer", 0.04))
    return carers, links


def _relatives(book, clients):
    relatives, links = [], []
    for index, client in enumerate(clients):
        for _ in range(2 if index % 7 == 3 else 1):
            family = client["full_name"].split(" ", 1)[1] if book.rng.random() < 0.6 else None
            name = book.unique(lambda: book.name(family))
            pid = f"R{len(relatives) + 1:05d}"
            relatives.append(_person(pid, "relative", name,
                                     book.email(name, book.rng.choice(N.PERSONAL_DOMAINS)),
                                     book.mobile()))
            links.append(_dated_link(book, pid, client["id"], book.rng.choice(N.FAMILY_LINKS),
                                     0.08))
    return relatives, links


_PROFESSIONS = (  # relationship, domain, clients per professional, share of clients covered
    ("gp", N.GP_DOMAIN, 20, 1.0),
    ("social_worker", N.COUNCIL_DOMAIN, 20, 0.35),
    ("district_nurse", N.GP_DOMAIN, 40, 0.2),
)


def _professionals(book, clients):
    people, links = [], []
    for relationship, domain, per, share in _PROFESSIONS:
        team = []
        for _ in range(max(1, len(clients) // per)):
            name = book.unique(book.name)
            name = f"Dr {name}" if relationship == "gp" else name
            team.append(_person(f"P{len(people) + len(team) + 1:05d}", "professional", name,
                                book.email(name, domain), book.landline()))
        for client in clients:
            if share >= 1 or book.rng.random() < share:
                links.append(_dated_link(book, book.rng.choice(team)["id"], client["id"],
                                         relationship, 0.0))
        people += team
    return people, links


def make_directory(n_clients=40, seed=7):
    """A directory of `n_clients` clients and the people around them, as import rows."""
    book = Book(random.Random(seed))
    clients = _clients(book, n_clients)
    people, links = list(clients), []
    for make in (_office, _carers, _relatives, _professionals):
        more_people, more_links = make(book, clients)
        people += more_people
        links += more_links
    return DemoDirectory(people, links)


def write_csvs(folder, n_clients=40, seed=7):
    """Write people.csv and relationships.csv (UTF-8, CRLF) into `folder`; their paths."""
    os.makedirs(folder, exist_ok=True)
    directory = make_directory(n_clients, seed)
    paths = (os.path.join(folder, "people.csv"), os.path.join(folder, "relationships.csv"))
    for path, columns, rows in zip(paths, (PEOPLE_COLUMNS, RELATIONSHIP_COLUMNS), directory):
        with open(path, "w", encoding="utf-8", newline="") as stream:
            writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\r\n")
            writer.writeheader()
            writer.writerows(rows)
    return paths
