"""ZIP: members read through the dispatcher; bombs, lies and nesting refused before inflating."""
import struct
import zipfile

import pytest

from needtoknow.inspect.extract import Limits, extract

from .conftest import CLIENTS, all_text, make_docx, make_pdf, make_zip, problem_kinds

CENTRAL = b"PK\x01\x02"


def patch_central(data, offset, fmt, value, entry=0):
    """Change one field of the `entry`-th central directory record (what zipfile trusts)."""
    at = -1
    for _ in range(entry + 1):
        at = data.index(CENTRAL, at + 1)
    return data[:at + offset] + struct.pack(fmt, value) + data[at + offset + struct.calcsize(fmt):]


def duplicate_entry(data):
    """A second central directory record pointing at the first member's data: overlap."""
    start = data.index(CENTRAL)
    end_at = data.index(b"PK\x05\x06")
    record = data[start:end_at]
    name_len = struct.unpack("<H", record[28:30])[0]
    copy = record[:46] + b"x" * name_len + record[46 + name_len:]
    eocd = bytearray(data[end_at:])
    count = struct.unpack("<H", eocd[10:12])[0] + 1
    eocd[8:12] = struct.pack("<HH", count, count)
    eocd[12:16] = struct.pack("<I", len(record) * 2)
    return data[:end_at] + copy + bytes(eocd)


def nest(depth, inner=b"Key safe 9357"):
    data, name = inner, "note.txt"
    for level in range(depth):
        data, name = make_zip({name: data}), f"level{level}.zip"
    return data


def test_members_are_read_with_their_path(limits):
    data = make_zip({"rota.docx": make_docx(rows=CLIENTS[:2]),
                     "keys/list.pdf": make_pdf(CLIENTS[:2])})
    result = extract("pack.zip", data, limits)
    by_location = {}
    for part in result.parts:
        by_location[part.location] = by_location.get(part.location, "") + part.text
    assert result.problems == ()
    assert "Key safe: 9357" in by_location["pack.zip/rota.docx"]
    assert "Key safe: 9357" in by_location["pack.zip/keys/list.pdf"]
    assert by_location["pack.zip"] == "rota.docx\nkeys/list.pdf"  # names carry data too


@pytest.mark.parametrize("depth, kinds", [(3, []), (4, ["too_deep"]), (6, ["too_deep"])])
def test_nesting_beyond_the_depth_limit(depth, kinds, limits):
    result = extract("pack.zip", nest(depth), limits)
    assert problem_kinds(result) == kinds
    assert ("Key safe 9357" in all_text(result)) == (not kinds)


def test_zip_bomb_is_refused_before_inflating(limits):
    bomb = make_zip({f"part{i}.txt": b"\0" * (20 * 1024 * 1024) for i in range(5)})
    assert len(bomb) < 200_000
    result = extract("invoices.zip", bomb, limits)
    assert problem_kinds(result) == ["bomb"]


def test_nested_bomb_is_refused(limits):
    inner = make_zip({"zeros.bin": b"\0" * (30 * 1024 * 1024)})
    outer = make_zip({f"copy{i}.zip": inner for i in range(10)})
    assert set(problem_kinds(extract("pack.zip", outer, limits))) == {"bomb"}


@pytest.mark.parametrize("data, limits_, kind", [
    (make_zip({f"{i}.txt": b"x" for i in range(5)}), Limits(max_archive_members=3), "too_large"),
    (make_zip({f"{i}.txt": bytes(range(256)) * 4000 for i in range(3)}),
     Limits(max_uncompressed_bytes=2_000_000), "too_large"),
    (duplicate_entry(make_zip({"a.txt": b"Key safe 9357 " * 100})), Limits(), "bomb"),
], ids=["members", "inflated-total", "overlapping"])
def test_central_directory_limits(data, limits_, kind):
    result = extract("pack.zip", data, limits_)
    assert problem_kinds(result)[-1:] == [kind]
    assert "9357" not in all_text(result)


@pytest.mark.parametrize("offset, fmt, value, kind", [
    (8, "<H", 0x1, "encrypted"),  # general purpose flag bit 0: password-protected
    (24, "<I", 5, "corrupt"),  # declares 5 bytes: reading stops there and the CRC fails
    (10, "<H", 9, "unsupported"),  # Deflate64, which zipfile can't inflate
])
def test_members_that_cannot_be_read(offset, fmt, value, kind, limits):
    data = make_zip({"codes.txt": b"Key safe 9357 " * 50, "other.txt": b"fine"})
    result = extract("pack.zip", patch_central(data, offset, fmt, value), limits)
    assert [(p.location, p.kind) for p in result.problems] == [("pack.zip/codes.txt", kind)]
    assert "fine" in all_text(result)  # the other member is still read


def test_stored_members_and_empty_archive(limits):
    stored = make_zip({"a.txt": b"Key safe 9357"}, compression=zipfile.ZIP_STORED)
    assert "Key safe 9357" in all_text(extract("a.zip", stored, limits))
    empty = extract("e.zip", make_zip({}), limits)
    assert empty.parts == () and empty.problems == ()
