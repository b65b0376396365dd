"""The synthetic directory: deterministic, shaped like an agency, valid for the importer."""
import csv
import os
import re
import subprocess
import sys
import time
from collections import Counter

import pytest

from needtoknow import db
from needtoknow.demo.generate import make_directory, write_csvs
from needtoknow.directory.importer import import_directory

DRAMA_PHONE = re.compile(
    r"07700 900\d{3}|01632 960\d{3}|01(1[3-8]|[2-6]1) 496 0\d{3}|0191 498 0\d{3}"
    r"|020 7946 0\d{3}|029 2018 0\d{3}|028 9649 6\d{3}")
POSTCODE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}")


def nhs_valid(number):
    """Mod 11, written out again here rather than imported from the code under test."""
    digits = [int(d) for d in number.replace(" ", "")]
    remainder = sum(d * w for d, w in zip(digits, range(10, 1, -1))) % 11
    return len(digits) == 10 and (11 - remainder) % 11 == digits[9] and remainder != 1


@pytest.fixture(scope="module")
def demo():
    return make_directory()


def test_csvs_are_byte_identical_on_rerun(tmp_path):
    first = write_csvs(tmp_path / "a")
    second = write_csvs(tmp_path / "b")
    other = write_csvs(tmp_path / "c", seed=8)
    for a, b, c in zip(first, second, other):
        assert open(a, "rb").read() == open(b, "rb").read() != open(c, "rb").read()


def test_same_bytes_in_another_process(tmp_path):
    """No dependence on hash order or anything else that differs between interpreter runs."""
    script = "import sys; from needtoknow.demo.generate import write_csvs; write_csvs(sys.argv[1])"
    subprocess.run([sys.executable, "-c", script, str(tmp_path / "other")], check=True,
                   env={**os.environ, "PYTHONHASHSEED": "12345"})
    for here in write_csvs(tmp_path / "here"):
        other = tmp_path / "other" / os.path.basename(here)
        assert open(here, "rb").read() == other.read_bytes()


def test_csv_format(tmp_path):
    people, relationships = write_csvs(tmp_path)
    raw = open(people, "rb").read()
    assert raw.startswith(b"id,kind,full_name,email,phone,address,postcode,nhs_number\r\n")
    assert raw.count(b"\r\n") == raw.count(b"\n") and b'"' in raw  # CRLF; quoted addresses
    assert open(relationships, "rb").read().startswith(
        b"person_id,client_id,relationship,valid_from,valid_to\r\n")
    with open(people, newline="", encoding="utf-8") as stream:
        rows = list(csv.DictReader(stream))
    assert all(", " in r["address"] for r in rows if r["kind"] == "client")


def test_agency_shape(demo):
    kinds = Counter(p["kind"] for p in demo.people)
    assert (kinds["client"], kinds["office_staff"], kinds["care_worker"]) == (40, 4, 10)
    assert 40 <= kinds["relative"] <= 50 and kinds["professional"] >= 3
    names = " ".join(p["full_name"] for p in demo.clients)
    assert "'" in names and re.search(r"\w-\w", names)
    domains = Counter(p["email"].split("@")[1] for p in demo.people if p["email"])
    assert all(d.endswith(".example") for d in domains)
    assert domains["agency.example"] >= 4 + 1 and domains["nhs.example"] and domains[
        "council.example"] and domains["homemail.example"]
    assert not any(p["email"] for p in demo.clients)


def test_relationships(demo):
    kind = {p["id"]: p["kind"] for p in demo.people}
    links = demo.relationships
    assert all(kind[link["client_id"]] == "client" for link in links)
    per_person = Counter(link["person_id"] for link in links)
    relatives = [p["id"] for p in demo.of_kind("relative")]
    assert all(per_person[r] == 1 for r in relatives)
    assert all(per_person[w["id"]] >= 2 for w in demo.of_kind("care_worker"))
    assert all(per_person[p["id"]] >= 2 for p in demo.of_kind("professional"))
    expired = [link for link in links if link["valid_to"]]
    assert 1 <= sum(kind[link["person_id"]] == "relative" for link in expired) <= 10
    assert all(link["valid_from"] <= link["valid_to"] < "2024" for link in expired)
    assert {"assigned_carer", "gp", "social_worker"} <= {link["relationship"] for link in links}


def test_client_details(demo):
    for client in demo.clients:
        assert nhs_valid(client["nhs_number"]), client["id"]
        assert POSTCODE.fullmatch(client["postcode"])
        assert re.fullmatch(r"\d+ [A-Z][\w ]+, [A-Z][\w -]+", client["address"])
        assert client["phone"].startswith("01632 960")
    assert all(DRAMA_PHONE.fullmatch(p["phone"]) for p in demo.people)
    assert len({c["nhs_number"] for c in demo.clients}) == 40


def test_generated_files_import_cleanly(app, tmp_path):
    session = db.sessions(app)()
    try:
        report = import_directory(session, *write_csvs(tmp_path, n_clients=120))
    finally:
        session.close()
    assert report.people["client"] == 120 and report.relationships > 300


def test_scales_to_ten_thousand_clients():
    started = time.perf_counter()
    big = make_directory(10_000)
    assert time.perf_counter() - started < 10
    assert len(big.clients) == 10_000
    assert len({p["email"] for p in big.people if p["email"]}) == sum(
        1 for p in big.people if p["email"])
    assert len({c["nhs_number"] for c in big.clients}) == 10_000
    assert all(nhs_valid(c["nhs_number"]) for c in big.clients[::97])
