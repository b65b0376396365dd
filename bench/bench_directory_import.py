"""Benchmark: directory import of the synthetic agency at 1,000 and 10,000 clients.

Run: .venv/bin/python bench/bench_directory_import.py [repeats] [clients ...]
Prints medians for generating the CSVs, parsing + validating them, a first import into an empty
directory, a re-import that replaces it, and a dry run, on SQLite and on PostgreSQL
(NEEDTOKNOW_TEST_PG, default postgres@127.0.0.1:5432; skipped if unreachable).
"""
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))

import sqlalchemy  # noqa: E402

from needtoknow import create_app, db  # noqa: E402
from needtoknow.demo.generate import write_csvs  # noqa: E402
from needtoknow.directory.importer import import_directory, parse_directory  # noqa: E402

PG_ADMIN = os.environ.get("NEEDTOKNOW_TEST_PG",
                          "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


def median_seconds(action, repeats):
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def imports(url, files, repeats):
    app = create_app({"DATABASE_URL": url, "TESTING": True})
    db.upgrade(app)

    def run(dry_run=False):
        with db.sessions(app)() as session:
            return import_directory(session, *files, dry_run=dry_run)
    first = run()
    return {"first import": first.seconds,
            "re-import": median_seconds(run, repeats),
            "dry run": median_seconds(lambda: run(dry_run=True), repeats)}, first


def postgres_url():
    name = f"nk_bench_{uuid.uuid4().hex[:8]}"
    admin = sqlalchemy.create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
    except sqlalchemy.exc.OperationalError:
        return None, None
    return PG_ADMIN.rsplit("/", 1)[0] + "/" + name, lambda: _drop(admin, name)


def _drop(admin, name):
    with admin.connect() as conn:
        conn.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


def bench(n_clients, repeats, folder):
    files = []
    generate = median_seconds(lambda: files.__setitem__(
        slice(None), write_csvs(os.path.join(folder, str(n_clients)), n_clients)), repeats)
    parse = median_seconds(lambda: parse_directory(*files), repeats)
    print(f"\n{n_clients} clients: generate {generate:.3f} s, parse+validate {parse:.3f} s")
    databases = [("sqlite", "sqlite:///" + os.path.join(folder, f"{n_clients}.sqlite"), None)]
    url, drop = postgres_url()
    databases += [("postgresql", url, drop)] if url else []
    for label, url, drop in databases:
        timings, report = imports(url, files, repeats)
        print(f"  {label:10} {report.total_people} people, {report.relationships} links: "
              + ", ".join(f"{k} {v:.3f} s" for k, v in timings.items()))
        if drop:
            drop()


def main(argv):
    repeats = int(argv[0]) if argv else 3
    sizes = [int(a) for a in argv[1:]] or [1000, 10_000]
    with tempfile.TemporaryDirectory() as folder:
        for n_clients in sizes:
            bench(n_clients, repeats, folder)


if __name__ == "__main__":
    main(sys.argv[1:])
