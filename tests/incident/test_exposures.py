"""Exposure rows and the incident report for the incident replica (120 clients with key safe
codes to 198 recipients), on SQLite and PostgreSQL: every (recipient, client) pair the
unlinked-client rule counted is stored, with no name or value anywhere in the table; the report
(CLI CSV and PDF, admin JSON/CSV/PDF, the client view) lists them."""
import csv
import io
import json
import re

import pypdfium2
import pytest
from sqlalchemy import select

from needtoknow import db
from needtoknow.audit.models import AuditExposure, AuditRecord
from needtoknow.audit.verify import verify
from needtoknow.cli import main
from needtoknow.demo.documents import key_safe_code
from needtoknow.incident.pdf import SECTIONS
from world import ORG, load, message

from admin_helpers import AdminClient
from test_incident import incident_request

CATEGORIES = ["access_code", "address", "phone", "postcode", "name"]  # what the client list holds


def settle(app):
    """Audit records are written off the request thread: wait for this process's queue."""
    app.extensions["needtoknow.audit_queue"].drain()


def exposures(app):
    settle(app)
    with db.sessions(app)() as session:
        return list(session.scalars(select(AuditExposure).order_by(AuditExposure.seq)))


def stored_pairs(rows):
    return {(r.recipient, c) for r in rows for g in r.clients for c in g["ids"]}


def pdf_text(data):
    pdf = pypdfium2.PdfDocument(data)
    text = " ".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    return " ".join(text.split())  # lines wrap anywhere


@pytest.fixture
def replica(any_app):
    """The incident's message, checked through the Gmail add-on (the card can't stop a send)."""
    world = load(any_app, n_clients=120)
    body, clients, relatives = incident_request(world)
    body["client"] = {"host": "gmail", "version": "1"}
    answer = any_app.test_client().post("/api/v1/check", json=body).get_json()
    assert answer["decision"] == "block"
    settle(any_app)
    return any_app, world, answer, clients, relatives


def test_every_pair_the_rule_counted_is_stored(replica):
    app, world, answer, clients, relatives = replica
    rows = exposures(app)
    by_recipient = {r.recipient: r for r in rows}
    # the API's per-recipient count of unlinked clients is what the rule counted
    for recipient in answer["recipients"]:
        row = by_recipient.get(recipient["email"])
        assert (row.client_count if row else 0) == recipient["unlinked_clients"]
    ids = [c["id"] for c in clients]
    for rel in relatives:  # each relative got everyone's data but their own client's
        own = world.linked(rel["id"])
        assert {c for g in by_recipient[rel["email"]].clients for c in g["ids"]} == set(ids) - own
        assert by_recipient[rel["email"]].role == "relative" and not by_recipient[rel["email"]].internal
    assert len(stored_pairs(rows)) == sum(r["unlinked_clients"] for r in answer["recipients"]) > 20000
    assert {(r.check_id, r.trigger, r.decision) for r in rows} == {(answer["check_id"], "gmail-card", "block")}
    for row in rows:
        assert all(g["categories"] == CATEGORIES and g["where"] == ["Client list.pdf"] for g in row.clients)
    with db.sessions(app)() as session:
        assert verify(session)[0].intact  # the check and its exposure rows are one chained run


def test_no_name_or_value_is_stored(replica):
    app, world, _answer, clients, _relatives = replica
    with db.sessions(app)() as session:
        # every column but the machine-made ones (hashes, times, check ids hold digits of any kind)
        columns = [c.key for c in AuditExposure.__table__.columns
                   if c.key not in ("id", "seq", "row_hash", "created_at", "check_id")]
        stored = json.dumps([[getattr(r, c) for c in columns]
                             for r in session.scalars(select(AuditExposure))], default=str)
        stored += json.dumps([r.details for r in session.scalars(select(AuditRecord))], default=str)
    lowered = stored.lower()
    for client in clients:
        for value in (client["full_name"], client["phone"], client["address"], client["postcode"],
                      client.get("nhs_number") or "\x00"):
            assert value.lower() not in lowered
        assert re.search(rf"(?<!\d){key_safe_code(client)}(?!\d)", stored) is None


def test_the_cli_report_lists_every_pair_as_csv_and_pdf(replica, tmp_path):
    app, world, answer, clients, relatives = replica
    cli = app.test_cli_runner()
    out = tmp_path / "incident.csv"
    result = cli.invoke(main, ["report", "incident", "--check", answer["check_id"], "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert {(r["recipient"], r["client_id"]) for r in lines} == stored_pairs(exposures(app))
    names = {c["id"]: c["full_name"] for c in clients}
    assert all(r["client_name"] == names[r["client_id"]] for r in lines)  # resolved from the directory
    assert {r["how_it_could_leave"] for r in lines} == {"gmail-card"}
    one = relatives[0]["email"]
    result = cli.invoke(main, ["report", "incident", "--from", "2000-01-01", "--to", "2100-01-01",
                               "--recipient", one.upper(), "--client", clients[5]["id"]])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    wanted = [] if clients[5]["id"] in world.linked(relatives[0]["id"]) else [(one, clients[5]["id"])]
    assert [(r["recipient"], r["client_id"]) for r in rows] == wanted

    pdf = tmp_path / "incident.pdf"
    result = cli.invoke(main, ["report", "incident", "--check", answer["check_id"], "--format", "pdf", "-o", str(pdf)])
    assert result.exit_code == 0, result.output
    text = pdf_text(pdf.read_bytes())
    for heading in SECTIONS:
        assert heading in text
    assert "Data subjects: 120 client(s)" in text and f"Records: {len(lines)}" in text
    assert "Relatives of other clients: 16" in text
    assert "change these key safes" in text and clients[0]["full_name"] in text
    assert text.count("To be completed:") >= 4  # discovery, measures, telling people, …
    assert cli.invoke(main, ["report", "incident", "--to", "2020-01-01"]).exit_code == 2


def test_admins_see_the_incident_and_a_clients_view(replica):
    app, world, answer, clients, relatives = replica
    admin = AdminClient(app.test_client())
    view = admin.get(f"/incidents?check_id={answer['check_id']}&limit=5").json
    assert view["summary"]["clients"] == 120 and view["summary"]["relatives"] == 16
    assert len(view["summary"]["key_safes"]) == 120 and view["entries_total"] == len(exposures(app))
    assert len(view["entries"]) == 5 and view["entries"][0]["clients"][0]["name"]
    assert admin.get("/incidents").status_code == 400  # no check id and no dates
    assert admin.get("/incidents?since=2026-01-02&until=2026-01-01").status_code == 400
    csv_text = admin.get(f"/incidents/export.csv?check_id={answer['check_id']}").get_data(as_text=True)
    assert len(csv_text.strip().splitlines()) == 1 + len(stored_pairs(exposures(app)))
    pdf = admin.get(f"/incidents/report.pdf?check_id={answer['check_id']}")
    assert pdf.mimetype == "application/pdf" and SECTIONS[4] in pdf_text(pdf.data)

    rel = relatives[0]
    client = next(c for c in clients if c["id"] not in world.linked(rel["id"]))
    mine = admin.get(f"/incidents/clients/{client['id']}").json
    assert mine["name"] == client["full_name"] and [c["check_id"] for c in mine["checks"]] == [answer["check_id"]]
    assert rel["email"] in {r["email"] for r in mine["checks"][0]["recipients"]}
    rows = list(csv.reader(io.StringIO(admin.get(f"/incidents/clients/{client['id']}/export.csv")
                                       .get_data(as_text=True).lstrip("\ufeff"))))
    assert len(rows) - 1 == len(mine["checks"][0]["recipients"])
    assert app.test_client().get(f"/api/v1/admin/incidents/clients/{client['id']}").status_code == 401


def test_which_decisions_record_exposures(any_app):
    world = load(any_app)
    client = any_app.test_client()
    carer = next(p for p in world.of_kind("care_worker") if p["email"].endswith(ORG))
    other = world.unlinked_client(carer["id"])
    warn = client.post("/api/v1/check", json=message([carer["email"]], f"Visit on {other['phone']}")).get_json()
    assert warn["decision"] == "warn"
    assert client.post(f"/api/v1/checks/{warn['check_id']}/override",
                       json={"justification": "Covering the round today"}).status_code == 201
    block = client.post("/api/v1/check", json=message(["x@else.example"], f"Call {other['phone']}")).get_json()
    allow = client.post("/api/v1/check", json=message([carer["email"]], "Team meeting at ten")).get_json()
    assert (block["decision"], allow["decision"]) == ("block", "allow")
    rows = exposures(any_app)
    assert [(r.check_id, r.recipient, r.trigger) for r in rows] == [(warn["check_id"], carer["email"], "warned")]
    assert rows[0].clients == [{"ids": [other["id"]], "categories": ["phone"], "where": ["body"]}]
    result = any_app.test_cli_runner().invoke(main, ["report", "incident", "--check", warn["check_id"]])
    line = next(csv.DictReader(io.StringIO(result.output)))
    assert line["justification"] == "Covering the round today" and line["decision"] == "warn"


def test_the_bound_per_check_counts_what_it_leaves_out(make_app):
    app = make_app(EXPOSURE_MAX_PAIRS=500)
    world = load(app, n_clients=120)
    body, _clients, _relatives = incident_request(world)
    body["client"] = {"host": "gmail", "version": "1"}
    app.test_client().post("/api/v1/check", json=body)
    rows = exposures(app)
    assert sum(r.client_count for r in rows) <= 500 and rows[-1].omitted == 194 - len(rows)
