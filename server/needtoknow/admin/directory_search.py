"""Reading the directory for the console: search people, and one person with their links."""
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import aliased

from ..directory.models import Person, Relationship

PERSON_FIELDS = ("id", "kind", "full_name", "email", "phone", "address", "postcode", "nhs_number")


def person_dict(p):
    return {k: getattr(p, k) for k in PERSON_FIELDS}


def search_people(session, q="", kind=None, limit=50, offset=0):
    """(people ordered by name, total matching): `q` is part of a name, address or id."""
    where = []
    if q.strip():
        needle = q.strip().lower()
        where.append(or_(*(func.lower(column).contains(needle, autoescape=True)
                           for column in (Person.full_name, Person.email, Person.id))))
    if kind:
        where.append(Person.kind == kind)
    total = session.scalar(select(func.count(Person.id)).where(*where))
    rows = session.scalars(select(Person).where(*where).order_by(Person.full_name, Person.id)
                           .limit(limit).offset(offset))
    return [person_dict(p) for p in rows], total


def person_detail(session, person_id, today=None):
    """The person with the clients they are linked to and, for a client, who is linked to them."""
    person = session.get(Person, person_id)
    if person is None:
        return None
    today = today or date.today()
    return {**person_dict(person),
            "clients": _links(session, Relationship.person_id, Relationship.client_id,
                              person_id, today),
            "linked_people": _links(session, Relationship.client_id, Relationship.person_id,
                                    person_id, today)}


def _links(session, this_side, other_side, person_id, today):
    other = aliased(Person)
    rows = session.execute(select(Relationship, other.full_name, other.kind)
                           .join(other, other.id == other_side).where(this_side == person_id)
                           .order_by(other.full_name))
    return [{"person_id": r.person_id, "client_id": r.client_id, "other_name": name,
             "other_kind": kind, "relationship": r.relationship, "valid_from": r.valid_from,
             "valid_to": r.valid_to, "active": _active(r, today)} for r, name, kind in rows]


def _active(link, today):
    return ((link.valid_from is None or link.valid_from <= today)
            and (link.valid_to is None or today <= link.valid_to))
