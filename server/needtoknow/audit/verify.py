"""Walk the audit chain and say whether it is intact, or where it first breaks.

Rows of both tables are read in `seq` order. A gap in `seq` is allowed only where a checkpoint
row (written by `purge`, itself chained) says which rows were removed and gives the hash the
chain continues from; any other gap is a deleted row. A row whose hash doesn't match the
previous hash and its own content was altered, or moved (its seq is in its hash). Last, the
chain-head row must name the last row: rows cut from the end are caught there.
"""
import heapq
from dataclasses import dataclass

from sqlalchemy import select

from .chain import GENESIS, HEAD_ID, TABLES, link, values_of
from .models import AuditRecord, ChainHead


@dataclass(frozen=True)
class Outcome:
    intact: bool
    rows: int
    head: str
    seq: int | None = None  # where it breaks
    table: str | None = None
    row_id: int | None = None
    problem: str = ""

    def __str__(self):
        if self.intact:
            return f"intact, {self.rows} rows, head {self.head}"
        where = f" ({self.table} id {self.row_id})" if self.table else ""
        return f"broken at seq {self.seq}{where}: {self.problem}"


def purged_ranges(session):
    """{first seq: (last seq, hash of the last)} of every range a checkpoint says was purged."""
    ranges = {}
    for details in session.scalars(select(AuditRecord.details).where(AuditRecord.kind == "checkpoint")):
        for start, end, row_hash in (details or {}).get("purged", []):
            if start not in ranges or ranges[start][0] < end:
                ranges[start] = (end, row_hash)
    return ranges


def _rows(session, batch):
    return heapq.merge(*(_stream(session, model, batch) for model in TABLES), key=lambda item: item[0])


def _stream(session, model, batch):
    for row in session.scalars(select(model).order_by(model.seq).execution_options(yield_per=batch)):
        yield row.seq, TABLES[model], row


def verify(session, batch=1000, hashes_at=()):
    """The Outcome; with `hashes_at`, also {seq: row hash} for those seqs (purge needs them)."""
    ranges, wanted, found = purged_ranges(session), set(hashes_at), {}
    expected, previous, count = 1, GENESIS, 0
    for seq, table, row in _rows(session, batch):
        while seq > expected and expected in ranges:
            end, previous = ranges[expected]
            if end in wanted:
                found[end] = previous
            expected = end + 1
        if seq > expected:  # reported where the missing rows were
            return Outcome(False, count, "", expected, None, None, f"rows {expected}–{seq - 1} are missing"), found
        if seq < expected:
            return _broken(seq, table, row, "seq repeated", count), found
        if link(previous, type(row), values_of(row)) != row.row_hash:
            return _broken(seq, table, row, "the row does not match its hash (altered or moved)", count), found
        previous, expected, count = row.row_hash, seq + 1, count + 1
        if seq in wanted:
            found[seq] = previous
        session.expunge(row)
    return _against_head(session, expected - 1, previous, count), found


def _broken(seq, table, row, problem, count):
    return Outcome(False, count, "", seq, table, row.id, problem)


def _against_head(session, last, previous, count):
    head = session.get(ChainHead, HEAD_ID)
    if head is None:
        return Outcome(count == 0, count, previous, None if count == 0 else last, None, None,
                       "" if count == 0 else "the chain-head row is missing")
    if head.seq != last:
        return Outcome(False, count, "", last + 1, None, None,
                       f"the head is at seq {head.seq}: rows {last + 1}–{head.seq} are missing")
    if head.row_hash != previous:
        return Outcome(False, count, "", last, None, None, "the chain-head row was altered")
    return Outcome(True, count, previous)
