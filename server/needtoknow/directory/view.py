"""An in-memory, read-only view of the directory, built once per directory revision.

The check reads only this view: lookups by address and active links cost a dict access.
"""
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..inspect.directory_match import ClientRecord
from .addresses import normalise
from .models import Person, Relationship, Revision



@dataclass(frozen=True, slots=True)
class Entry:
    id: str
    kind: str
    email: str


@dataclass(frozen=True, slots=True)
class Link:
    client_id: str
    relationship: str
    valid_from: date | None
    valid_to: date | None

    def active(self, on):
        return (self.valid_from is None or self.valid_from <= on) and (
            self.valid_to is None or on <= self.valid_to)


@dataclass(frozen=True)
class DirectoryView:
    revision: int
    by_email: dict  # normalised address -> Entry
    links: dict  # person id -> tuple[Link]
    clients: tuple  # ClientRecord, one per client
    emails: tuple  # every directory address, for lookalike search
    client_ids: frozenset = frozenset()  # office staff are linked to all of them
    other_names: tuple = ()  # staff's and relatives' full names: a shared name names no client

    def lookup(self, address):
        return self.by_email.get(normalise(address))

    def linked_clients(self, entry, on):
        """Clients this person may receive data about on a day (office staff: all of them)."""
        if entry.kind == "office_staff":
            return self.client_ids
        return frozenset(l.client_id for l in self.links.get(entry.id, ()) if l.active(on))


def revision(session, name="directory"):
    row = session.get(Revision, name)
    return row.number if row else 0


def revisions(session, names):
    """Several revision numbers in one query (0 for one never bumped)."""
    found = dict(session.execute(select(Revision.name, Revision.number).where(Revision.name.in_(names))).all())
    return tuple(found.get(name, 0) for name in names)


def load_view(session):
    rev = revision(session)
    by_email, clients, others = {}, [], []
    for p in session.scalars(select(Person)):
        if p.email:
            by_email.setdefault(p.email, Entry(p.id, p.kind, p.email))
        if p.kind != "client" and p.full_name:
            others.append(p.full_name)
        if p.kind == "client":
            clients.append(ClientRecord(id=p.id, full_name=p.full_name, phone=p.phone or "",
                                        address=p.address or "", postcode=p.postcode or "",
                                        nhs_number=p.nhs_number or ""))
    links = defaultdict(list)
    for r in session.scalars(select(Relationship)):
        links[r.person_id].append(Link(r.client_id, r.relationship, r.valid_from, r.valid_to))
    return DirectoryView(revision=rev, by_email=by_email,
                         links={k: tuple(v) for k, v in links.items()},
                         clients=tuple(clients), emails=tuple(sorted(by_email)),
                         client_ids=frozenset(c.id for c in clients), other_names=tuple(others))
