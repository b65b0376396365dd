"""Reading one import CSV into numbered rows, with header checks.

Line numbers are physical lines of the file (the header is line 1), so a quoted field that spans
lines still points the admin at the right place. No message ever quotes a cell: cells hold names,
phone numbers and NHS numbers.
"""
import csv
import io
import itertools
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass, field

# A header cell is echoed back only if it looks like a column name; a headerless file would
# otherwise put a client's name into the error message.
_COLUMN_NAME = re.compile(r"[a-z_][a-z0-9_]{0,39}")


@dataclass(frozen=True, slots=True)
class ImportProblem:
    file: str
    line: int  # 0: the file as a whole
    message: str

    def __str__(self):
        where = f"{self.file} line {self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass
class Table:
    file: str
    rows: list = field(default_factory=list)  # (line, {column: non-empty stripped value})
    misshapen: set = field(default_factory=set)  # lines with the wrong number of fields
    problems: list = field(default_factory=list)
    header_ok: bool = False  # the rows could be checked
    damaged: bool = False  # reading stopped at broken CSV or bad encoding
    columns: tuple = ()  # the header's column names as read (lower case)
    delimiter: str = ","

    @property
    def complete(self):
        """Every row was read and checked, so a missing id really is missing."""
        return self.header_ok and not self.damaged

    def problem(self, line, message):
        self.problems.append(ImportProblem(self.file, line, message))


def read_table(source, default_name, columns, required):
    """Parse `source` (a path, a text stream, or a binary stream of UTF-8) into a `Table`."""
    with _opened(source, default_name) as (stream, name):
        table = Table(name)
        try:
            first = stream.readline()
        except UnicodeDecodeError:
            table.problem(0, "is not UTF-8 text (save it as CSV UTF-8)")
            table.damaged = True
            return table
        table.delimiter = sniff_delimiter(first)
        lines = itertools.chain([first], stream)
        records = _records(csv.reader(lines, strict=True, delimiter=table.delimiter), table)
        header = next(records, None)
        if header is None:
            if not table.damaged:
                table.problem(0, "is empty (no header row)")
            return table
        table.columns = tuple(c.strip().lstrip("\ufeff").strip().lower() for c in header[1])
        names = _check_header(table, header[0], header[1], columns, required)
        if table.header_ok:
            for line, cells in records:
                _add_row(table, line, cells, names)
        else:
            for _ in records:  # still report unreadable CSV further down
                pass
        return table


DELIMITERS = (",", ";", "\t", "|")


def sniff_delimiter(header_line):
    """The delimiter a header row uses: Excel in some locales saves CSV with `;`, and exports
    from other systems use tabs or `|`. A comma wins any tie (column names hold none of these)."""
    counts = {d: header_line.count(d) for d in DELIMITERS}
    best = max(DELIMITERS, key=lambda d: (counts[d], d == ","))
    return best if counts[best] else ","


@contextmanager
def _opened(source, default_name):
    if isinstance(source, (str, os.PathLike)):
        with open(source, encoding="utf-8-sig", newline="") as stream:
            yield stream, os.path.basename(source)
        return
    name = getattr(source, "name", None)
    name = os.path.basename(name) if isinstance(name, str) and name else default_name
    binary = "b" in str(getattr(source, "mode", ""))  # e.g. an upload's SpooledTemporaryFile
    if binary or isinstance(source, (io.RawIOBase, io.BufferedIOBase)):
        stream = io.TextIOWrapper(source, encoding="utf-8-sig", newline="")
        try:
            yield stream, name
        finally:
            stream.detach()  # the caller owns the binary stream
        return
    yield source, name


def _records(reader, table):
    """(first physical line, cells) for each non-blank record; CSV damage becomes a problem."""
    end = 0
    try:
        for cells in reader:
            start, end = end + 1, reader.line_num
            if any(c.strip() for c in cells):
                yield start, cells
    except csv.Error as exc:
        table.problem(end + 1, f"is not valid CSV ({exc})")
        table.damaged = True
    except UnicodeDecodeError:
        table.problem(0, "is not UTF-8 text (save it as CSV UTF-8)")  # decoded in blocks: no line
        table.damaged = True


def _check_header(table, line, cells, columns, required):
    names = [c.strip().lstrip("\ufeff").strip().lower() for c in cells]
    if not any(n in columns for n in names):
        table.problem(line, "the header row is missing or names none of the columns "
                            + ", ".join(columns))
        return names
    repeated = False
    for index, name in enumerate(names):
        if name in columns and names.index(name) != index:
            table.problem(line, f"column {name} appears more than once")
            repeated = True
        elif name not in columns:
            table.problem(line, _unknown(index, name))
    missing = [name for name in required if name not in names]
    for name in missing:
        table.problem(line, f"required column {name} is missing")
    # an unknown column fails the import, but the rows can still be checked meanwhile
    table.header_ok = not missing and not repeated
    return names


def _unknown(index, name):
    if not name:
        return f"column {index + 1} has no name"
    if _COLUMN_NAME.fullmatch(name):
        return f"unknown column {name}"
    return f"unknown column {index + 1} (its name is not shown)"


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _add_row(table, line, cells, names):
    if len(cells) != len(names):
        # kept, so its id still counts as present, but never loaded
        table.problem(line, f"has {len(cells)} fields but the header has {len(names)}")
        table.misshapen.add(line)
    row = {}
    for name, cell in zip(names, cells):
        value = " ".join(cell.split())  # trims and folds runs of spaces and line breaks
        if _CONTROL.search(value):  # PostgreSQL refuses NUL; no name, number or address has them
            table.problem(line, f"{name or 'a field'} holds control characters")
            table.misshapen.add(line)
        elif value:
            row[name] = value
    table.rows.append((line, row))
