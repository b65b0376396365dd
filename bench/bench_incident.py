"""The incident report for the incident replica (120 clients with key safe codes to 198
recipients, recorded as a Gmail check so its ~23k exposure pairs are stored): gathering the
exposure rows, the CSV, the ICO-shaped PDF, the whole CLI-equivalent report; and the cost the
chain and the exposure rows add to recording that check, and to recording a short check.

    .venv/bin/python bench/bench_incident.py [--runs 10] [--database-url postgresql+psycopg://…]
"""
import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests"))
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests", "api"))

from needtoknow import create_app, db  # noqa: E402
from needtoknow.audit.verify import verify  # noqa: E402
from needtoknow.incident.csv_out import csv_text  # noqa: E402
from needtoknow.incident.pdf import render  # noqa: E402
from needtoknow.incident.query import IncidentFilter, gather  # noqa: E402
from test_incident import incident_request  # noqa: E402
from world import load, message  # noqa: E402

ORG = "agency.example"


def timed(fn, runs):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def show(label, result):
    print(f"{label:<52} median {result[0]:8.2f} ms   p95 {result[1]:8.2f} ms")
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--database-url", default="", help="a new, empty database to fill (default: a temporary SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite:///{folder}/nk.sqlite"
        app = create_app({"DATABASE_URL": url, "ORG_DOMAINS": (ORG,), "SECRET_KEY": "bench"})
        db.upgrade(app)
        world = load(app, n_clients=120)
        body, _clients, _relatives = incident_request(world)
        client = app.test_client()
        gmail = {**body, "client": {"host": "gmail", "version": "1"}}
        outlook = {**body, "client": {"host": "outlook", "version": "1"}}  # blocked: no exposures
        show("incident check, Outlook (blocked, no exposure rows)", timed(lambda: client.post("/api/v1/check", json=outlook), args.runs))
        show("incident check, Gmail (+ ~23k exposure pairs)", timed(lambda: client.post("/api/v1/check", json=gmail), args.runs))
        short = message([f"anne@{ORG}"], "Team meeting at ten")
        show("short check (allow, one chained row)", timed(lambda: client.post("/api/v1/check", json=short), args.runs * 5))
        check_id = client.post("/api/v1/check", json=gmail).get_json()["check_id"]
        started = time.perf_counter()
        app.extensions["needtoknow.audit_queue"].drain()  # records are written off the request thread
        print(f"audit queue drained (the checks above and their exposure rows) in "
              f"{(time.perf_counter() - started) * 1000:.0f} ms")
        sessions = db.sessions(app)

        def report(fmt):
            with sessions() as session:
                found = gather(session, IncidentFilter(check_id=check_id), with_names=True)
            return render(found, datetime.now(timezone.utc)) if fmt == "pdf" else csv_text(found, True)

        with sessions() as session:
            found = gather(session, IncidentFilter(check_id=check_id), with_names=True)
        print(f"pairs in the report: {len(found.pairs)}")
        show("gather exposure rows + names", timed(lambda: gather(sessions(), IncidentFilter(check_id=check_id), True), args.runs))
        show("incident report, CSV (gather + write)", timed(lambda: report("csv"), args.runs))
        pdf = show("incident report, PDF (gather + render)", timed(lambda: report("pdf"), args.runs))
        print(f"PDF under 2 s: {'yes' if pdf[0] < 2000 else 'NO'}")
        with sessions() as session:
            start = time.perf_counter()
            outcome, _ = verify(session)
            print(f"audit verify: {outcome}  ({(time.perf_counter() - start) * 1000:.0f} ms)")


if __name__ == "__main__":
    main()
