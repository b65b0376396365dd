"""What auditing costs: on the request thread, the spool append; on the writer thread, the CPU
each record takes to reach PostgreSQL (chain link, insert, commit, spool fsync), by batch size —
at 300 checks/s over two workers the writer thread sees batches of one to a few records.

    .venv/bin/python bench/bench_audit_path.py [--runs 200] [--pg postgresql+psycopg://postgres@127.0.0.1/postgres]

CPU is the writer thread's own (time.thread_time), so the database server's work and other load
on the machine are not counted; wall time is printed beside it.
"""
import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone

import sqlalchemy

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests"))

from needtoknow import create_app, db  # noqa: E402
from needtoknow.audit.queue import AuditQueue  # noqa: E402
from needtoknow.audit.spool import Spool  # noqa: E402

BATCHES = (1, 2, 4, 16, 100)


def row():
    """A short allowed check's record, as the check captures it."""
    return {"kind": "check", "check_id": uuid.uuid4().hex[:26], "created_at": datetime.now(timezone.utc),
            "actor": "office@agency.example", "decision": "allow", "rules": [],
            "recipients": [{"email": "carer@agency.example", "field": "to", "role": "care_worker"}],
            "counts": {"client": 0}, "attachments": [], "elapsed_ms": 2.5,
            "details": {"draft_id": None, "client": {"host": "outlook"}}}


def writer_cost(queue, batch, runs):
    """Median (CPU ms, wall ms) per record of one writer-thread flush of `batch` records."""
    cpu, wall = [], []
    for _ in range(max(5, runs // batch)):
        queue.enqueue([row() for _ in range(batch)])
        started_cpu, started = time.thread_time(), time.perf_counter()
        queue.flush()
        cpu.append((time.thread_time() - started_cpu) * 1000 / batch)
        wall.append((time.perf_counter() - started) * 1000 / batch)
    return statistics.median(cpu), statistics.median(wall)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    name = f"nk_bench_{uuid.uuid4().hex[:8]}"
    admin = sqlalchemy.create_engine(args.pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
    try:
        app = create_app({"DATABASE_URL": args.pg.rsplit("/", 1)[0] + "/" + name}, http=False)
        with app.app_context():
            db.upgrade(app)
        spool_dir = tempfile.mkdtemp(prefix="nk-bench-spool-")
        spool = Spool(os.path.join(spool_dir, "append"))
        for sync, setting in ((False, "batch"), (True, "each")):
            samples = []
            for _ in range(args.runs):
                started = time.perf_counter()
                spool.append([row()], sync=sync)
                samples.append((time.perf_counter() - started) * 1000)
            print(f"request thread, spool append (AUDIT_SPOOL_SYNC={setting}): "
                  f"median {statistics.median(samples):.3f} ms")
        queue = AuditQueue(db.sessions(app), os.path.join(spool_dir, "queue"), background=False)
        writer_cost(queue, 4, 20)  # connections opened, statements cached
        for batch in BATCHES:
            cpu, wall = writer_cost(queue, batch, args.runs)
            print(f"writer thread, batches of {batch:>3}: {cpu:.3f} ms CPU, {wall:.3f} ms wall per record")
    finally:
        with admin.connect() as conn:
            conn.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
