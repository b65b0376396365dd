"""Directory tables. Storage only: the rest of the code reads a `DirectoryView` built from them."""
from datetime import date

from sqlalchemy import Date, ForeignKey, Integer, String, select, update
from sqlalchemy.orm import Mapped, mapped_column

from ..models import Base

KINDS = ("client", "care_worker", "office_staff", "relative", "professional")
INTERNAL_KINDS = frozenset({"office_staff", "care_worker"})


class Person(Base):
    __tablename__ = "people"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), index=True)
    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str | None] = mapped_column(String(320), index=True)  # normalised, lower case
    phone: Mapped[str | None] = mapped_column(String(40))
    address: Mapped[str | None] = mapped_column(String(300))
    postcode: Mapped[str | None] = mapped_column(String(10))
    nhs_number: Mapped[str | None] = mapped_column(String(12))


class Relationship(Base):
    __tablename__ = "relationships"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    client_id: Mapped[str] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    relationship: Mapped[str] = mapped_column(String(40))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)


class Revision(Base):
    """One row per named piece of shared state (`directory`, `policy`); its number goes up on every
    change, so each worker knows when its cached view is stale without being told."""

    __tablename__ = "revisions"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    number: Mapped[int] = mapped_column(Integer, default=0)


def bump_revision(session, name):
    """Increment a revision in the session's transaction (the caller commits); the new number.

    Incrementing first takes the row lock (PostgreSQL) or write lock (SQLite), which serialises
    concurrent changes of the same state."""
    bumped = session.execute(update(Revision).where(Revision.name == name).values(number=Revision.number + 1))
    if bumped.rowcount == 0:
        session.add(Revision(name=name, number=1))
        session.flush()
    return session.scalar(select(Revision.number).where(Revision.name == name))
