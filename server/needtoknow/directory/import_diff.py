"""What an import changes compared with the directory now in the database (counts only)."""
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import select

from .import_schemas import PEOPLE_COLUMNS, RELATIONSHIP_COLUMNS
from .models import KINDS, Person, Relationship


@dataclass(frozen=True)
class Changes:
    added: dict  # kind -> people whose id is new
    removed: dict  # kind -> people whose id is gone
    changed: dict  # kind -> people whose id stays but whose row differs
    links_added: int
    links_removed: int
    people_before: int = 0  # the directory before the import
    links_before: int = 0

    @property
    def empty(self):
        return not (self.added or self.removed or self.changed
                    or self.links_added or self.links_removed)


def _current_people(session):
    columns = [getattr(Person, c) for c in PEOPLE_COLUMNS]
    return {row[0]: tuple(row) for row in session.execute(select(*columns))}


def _current_links(session):
    columns = [getattr(Relationship, c) for c in RELATIONSHIP_COLUMNS]
    return Counter(tuple(row) for row in session.execute(select(*columns)))


def _by_kind(counter):
    """Non-zero counts in the usual order of kinds (any unexpected kind from the table last)."""
    order = {kind: i for i, kind in enumerate(KINDS)}
    return {k: counter[k] for k in sorted(counter, key=lambda k: (order.get(k, len(order)), k))}


def diff(session, people, links):
    """Compare new rows (dicts in import column order) with the tables; kind is index 1."""
    old = _current_people(session)
    new = {p["id"]: tuple(p[c] for c in PEOPLE_COLUMNS) for p in people}
    added, removed, changed = Counter(), Counter(), Counter()
    for person_id, row in new.items():
        before = old.get(person_id)
        if before is None:
            added[row[1]] += 1
        elif before != row:
            changed[row[1]] += 1
    for person_id in old.keys() - new.keys():
        removed[old[person_id][1]] += 1
    old_links = _current_links(session)
    new_links = Counter(tuple(link[c] for c in RELATIONSHIP_COLUMNS) for link in links)
    return Changes(added=_by_kind(added), removed=_by_kind(removed), changed=_by_kind(changed),
                   links_added=sum((new_links - old_links).values()),
                   links_removed=sum((old_links - new_links).values()),
                   people_before=len(old), links_before=sum(old_links.values()))
