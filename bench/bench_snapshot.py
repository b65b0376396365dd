"""Benchmark: the first check after a directory change, at 1,000 / 10,000 / 50,000 clients.

Run: .venv/bin/python bench/bench_snapshot.py [clients ...]   (default 1000 10000 50000)
On a throwaway PostgreSQL database (NEEDTOKNOW_TEST_PG, default postgres@127.0.0.1:5432) it
imports the synthetic directory, starts the app as a gunicorn worker would (snapshot built,
helpers started), re-imports the directory (a new revision: the nightly import), then sends checks
straight away and prints the first check's latency and the slowest of the next ones, how long
until the new snapshot was in use, and the same first-check latency with the old behaviour
(SNAPSHOT_REFRESH_SECONDS=0: the revision read in the check, the snapshot rebuilt inside it).
Target: first check after a change <= 100 ms at 50,000 clients.
"""
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))

from needtoknow import create_app, db  # noqa: E402
from needtoknow.demo.generate import write_csvs  # noqa: E402
from needtoknow.directory.importer import import_directory  # noqa: E402
from needtoknow.services import get_services  # noqa: E402
from throwaway_db import database, url_of  # noqa: E402

CHECK = {"sender": "office@agency.example", "to": ["someone@elsewhere.example"],
         "subject": "Tuesday", "body": "Could you cover the 9am call on Tuesday?"}


def first_checks(app, files, seconds=1.0):
    """(first check ms, slowest other check ms, s until the new snapshot is used)."""
    services = get_services(app)
    before = services.snapshots.current
    with db.sessions(app)() as session:
        import_directory(session, *files)
    client, latencies, changed_at, started = app.test_client(), [], None, time.perf_counter()
    while time.perf_counter() - started < seconds or (changed_at is None and services.snapshots.refresh):
        t = time.perf_counter()
        assert client.post("/api/v1/check", json=CHECK).status_code == 200
        latencies.append((time.perf_counter() - t) * 1000)
        if changed_at is None and services.snapshots.current is not before:
            changed_at = time.perf_counter() - started
        if time.perf_counter() - started > 120:
            break
    return latencies[0], max(latencies[1:] or [0]), changed_at


def bench(clients, folder):
    files = write_csvs(os.path.join(folder, str(clients)), clients)
    results = {}
    for refresh in (1.0, 0.0):
        name = f"nk_bench_{uuid.uuid4().hex[:8]}"
        database(name, "create")
        try:
            url = url_of(name)
            app = create_app({"DATABASE_URL": url, "SNAPSHOT_REFRESH_SECONDS": refresh,
                              "ORG_DOMAINS": ("agency.example",), "LOG_LEVEL": "WARNING"})
            db.upgrade(app)
            with db.sessions(app)() as session:
                import_directory(session, *files)
            get_services(app).warm()
            results[refresh] = first_checks(app, files)
            app.extensions["needtoknow.audit_queue"].drain(timeout=60)  # before the database goes
            get_services(app).snapshots.stop()
            db.sessions(app).kw["bind"].dispose()
        finally:
            database(name, "drop")
    (first, slowest, swapped), (old_first, _, _) = results[1.0], results[0.0]
    print(f"{clients:>8} clients: first check after the change {first:7.1f} ms, slowest next "
          f"{slowest:7.1f} ms, new snapshot in use after {swapped:5.2f} s | inline rebuild (old): "
          f"first check {old_first:8.1f} ms  ({old_first / max(first, 0.001):.0f}x)")


def main(sizes):
    import logging

    logging.disable(logging.INFO)
    with tempfile.TemporaryDirectory() as folder:
        for clients in sizes:
            bench(clients, folder)


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 10_000, 50_000])
