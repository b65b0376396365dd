"""What auditing costs the request thread: the spool append (fsync'd, then handed to the writer
thread) against the synchronous single-row insert it replaces, on PostgreSQL; and the writer's
batched insert per record.

    .venv/bin/python bench/bench_audit_path.py [--runs 300] [--pg postgresql+psycopg://postgres@127.0.0.1/postgres]
"""
import argparse
import statistics
import tempfile
import time
import uuid
from datetime import datetime, timezone

import sqlalchemy
from sqlalchemy.orm import sessionmaker

from needtoknow import db
from needtoknow.audit import writer
from needtoknow.audit.models import AuditRecord
from needtoknow.audit.spool import Spool


def row():
    return {"kind": "check", "check_id": uuid.uuid4().hex, "created_at": datetime.now(timezone.utc),
            "actor": "office@agency.example", "decision": "allow", "rules": [],
            "recipients": [{"email": "carer@agency.example", "field": "to", "role": "care_worker"}],
            "counts": {"client": 0}, "attachments": [], "details": {}}


def timed(fn, runs):
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=300)
    parser.add_argument("--pg", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    args = parser.parse_args()
    name = f"nk_bench_{uuid.uuid4().hex[:8]}"
    admin = sqlalchemy.create_engine(args.pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
    url = args.pg.rsplit("/", 1)[0] + "/" + name
    try:
        engine = db.make_engine(url)
        AuditRecord.metadata.create_all(engine, tables=[AuditRecord.__table__])
        sessions = sessionmaker(bind=engine)
        spool = Spool(tempfile.mkdtemp(prefix="nk-bench-spool-"))

        def insert_one():
            with sessions() as session:
                writer.record_batch(session, [row()])

        batch = [row() for _ in range(100)]

        def insert_batch():
            for r in batch:
                r["check_id"] = uuid.uuid4().hex
            with sessions() as session:
                writer.record_batch(session, batch)

        append = timed(lambda: spool.append([row()]), args.runs)
        single = timed(insert_one, args.runs)
        batched = timed(insert_batch, max(10, args.runs // 30)) / len(batch)
        print(f"request thread, spool append (fsync): median {append:.3f} ms")
        print(f"request thread before, one-row insert: median {single:.3f} ms "
              f"({single / append:.1f}x the append)")
        print(f"writer thread, batch of 100: {batched:.3f} ms per record "
              f"({single / batched:.1f}x cheaper than one-row inserts)")
        engine.dispose()
    finally:
        with admin.connect() as conn:
            conn.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
