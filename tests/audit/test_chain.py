"""The audit hash chain, on SQLite and PostgreSQL: verify passes on a clean log; an UPDATE, a
DELETE and a swap made with plain SQL are each found at the right row; two app instances
appending at once keep one chain; a purge leaves a chain that still verifies."""
import os
import threading
import uuid
from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import sessionmaker

from needtoknow import db
from needtoknow.audit import writer
from needtoknow.audit.chain import GENESIS, link, values_of
from needtoknow.audit.models import AuditExposure, AuditRecord
from needtoknow.audit.purge import PurgeRefused, purge
from needtoknow.audit.verify import verify
from needtoknow.cli import main


def rows(n, prefix="r", exposures=0, when=None):
    out = []
    for i in range(n):
        details = {"client": {"host": "test"}}
        if exposures:
            details["exposures"] = {"trigger": "warned", "rows": [
                {"recipient": f"p{j}@else.example", "role": "relative", "internal": False, "client_count": 2,
                 "clients": [{"ids": ["C1", "C2"], "categories": ["phone"], "where": ["body"]}]}
                for j in range(exposures)]}
        out.append({"kind": "check", "check_id": f"{prefix}{i}", "decision": "warn", "actor": "office@agency.example",
                    "created_at": when or datetime.now(timezone.utc), "rules": ["unlinked-client"],
                    "recipients": [{"email": "p@else.example"}], "counts": {"client": 2}, "details": details})
    return out


def append(app, batch):
    with db.sessions(app)() as session:
        writer.write_records(session, batch)


def check(app):
    with db.sessions(app)() as session:
        return verify(session)[0]


def sql(app, statement, **params):
    with db.sessions(app)() as session:
        session.execute(text(statement), params)
        session.commit()


def seq_of(app, table, check_id):
    with db.sessions(app)() as session:
        return session.execute(text(f"SELECT seq FROM {table} WHERE check_id = :c ORDER BY seq"),
                               {"c": check_id}).scalars().all()


@pytest.fixture
def logged(any_app):
    append(any_app, rows(5, exposures=2))  # seq 1..15: each check followed by its 2 exposure rows
    writer.record_admin_change(db.sessions(any_app)(), "admin@agency.example", "settings", {"a": 1}, {"a": 2})
    return any_app


def test_a_clean_chain_verifies_and_the_cli_says_so(logged):
    outcome = check(logged)
    assert outcome.intact and outcome.rows == 16
    with db.sessions(logged)() as session:
        head = session.execute(text("SELECT row_hash FROM audit_chain_head")).scalar()
        records = session.query(AuditRecord).order_by(AuditRecord.seq).all()
        exposures = session.query(AuditExposure).order_by(AuditExposure.seq).all()
        # the hash is SHA-256(previous ‖ canonical row), recomputed here from the stored rows
        ordered = sorted(records + exposures, key=lambda r: r.seq)
        previous = GENESIS
        for row in ordered:
            assert row.row_hash == link(previous, type(row), values_of(row))
            previous = row.row_hash
    assert outcome.head == head == previous
    assert [r.seq for r in ordered] == list(range(1, 17))
    assert records[0].details["exposures"] == {"trigger": "warned", "recipients": 2, "pairs": 4, "omitted": 0}
    result = logged.test_cli_runner().invoke(main, ["audit", "verify"])
    assert result.exit_code == 0 and result.output.strip() == f"intact, 16 rows, head {head}"


def test_an_update_is_found_at_its_row(logged):
    target = seq_of(logged, "audit_records", "r2")[0]
    sql(logged, "UPDATE audit_records SET decision = 'allow' WHERE check_id = 'r2'")
    outcome = check(logged)
    assert not outcome.intact and outcome.seq == target and outcome.table == "audit_records"
    assert "does not match" in outcome.problem
    result = logged.test_cli_runner().invoke(main, ["audit", "verify"])
    assert result.exit_code == 1 and result.output.startswith(f"broken at seq {target} ")


def test_an_update_of_an_exposure_row_is_found_at_its_row(logged):
    target = seq_of(logged, "audit_exposures", "r3")[1]
    sql(logged, "UPDATE audit_exposures SET recipient = 'x@else.example' WHERE seq = :s", s=target)
    outcome = check(logged)
    assert (outcome.intact, outcome.seq, outcome.table) == (False, target, "audit_exposures")


def test_an_update_that_rehashes_its_row_is_found_at_the_next(logged):
    target = seq_of(logged, "audit_records", "r1")[0]
    sql(logged, "UPDATE audit_records SET decision = 'allow', row_hash = :h WHERE check_id = 'r1'", h="f" * 64)
    outcome = check(logged)
    assert not outcome.intact and outcome.seq == target  # its own content no longer gives that hash


def test_a_delete_is_found_where_the_row_was(logged):
    target = seq_of(logged, "audit_records", "r3")[0]
    sql(logged, "DELETE FROM audit_records WHERE check_id = 'r3'")
    outcome = check(logged)
    assert not outcome.intact and outcome.seq == target
    assert outcome.problem == f"rows {target}–{target} are missing"


def test_a_delete_of_the_last_rows_is_found_against_the_head(logged):
    sql(logged, "DELETE FROM audit_records WHERE kind = 'admin'")
    outcome = check(logged)
    assert not outcome.intact and outcome.seq == 16 and "rows 16–16 are missing" in outcome.problem


def test_a_swap_of_two_rows_is_found_at_the_first(logged):
    first, second = seq_of(logged, "audit_records", "r1")[0], seq_of(logged, "audit_records", "r2")[0]
    sql(logged, "UPDATE audit_records SET seq = -1 WHERE seq = :a", a=first)
    sql(logged, "UPDATE audit_records SET seq = :a WHERE seq = :b", a=first, b=second)
    sql(logged, "UPDATE audit_records SET seq = :b WHERE seq = -1", b=second)
    outcome = check(logged)
    assert not outcome.intact and outcome.seq == first and outcome.table == "audit_records"


def test_a_swap_of_two_rows_contents_is_found_at_the_first(logged):
    first = seq_of(logged, "audit_records", "r1")[0]
    sql(logged, "UPDATE audit_records SET check_id = 'tmp' WHERE check_id = 'r1'")
    sql(logged, "UPDATE audit_records SET check_id = 'r1' WHERE check_id = 'r2'")
    sql(logged, "UPDATE audit_records SET check_id = 'r2' WHERE check_id = 'tmp'")
    assert check(logged).seq == first


def test_purge_keeps_the_chain_verifiable(logged):
    old = datetime.now(timezone.utc) - timedelta(days=400)
    with db.sessions(logged)() as session:
        session.execute(text("DELETE FROM audit_records"))
        session.execute(text("DELETE FROM audit_exposures"))
        session.execute(text("UPDATE audit_chain_head SET seq = 0, row_hash = :g"), {"g": GENESIS})
        session.commit()
    append(logged, rows(3, "old", exposures=2, when=old))  # seq 1..9
    append(logged, rows(2, "mid", exposures=2, when=datetime.now(timezone.utc) - timedelta(days=40)))
    append(logged, rows(2, "new", exposures=1))
    assert check(logged).intact
    with db.sessions(logged)() as session:
        ranges = purge(session, audit_days=365, exposure_days=30)
    assert [r[:2] for r in ranges] == [[1, 9], [11, 12], [14, 15]]  # the old prefix; mid exposures
    outcome = check(logged)
    assert outcome.intact and outcome.rows == 2 + 2 + 2 + 1, str(outcome)  # mid, new + exposures, checkpoint
    append(logged, rows(1, "after"))
    with db.sessions(logged)() as session:  # a second purge finds the first one's checkpoint
        purge(session, audit_days=365, exposure_days=1, now=datetime.now(timezone.utc) + timedelta(days=2))
    assert check(logged).intact
    sql(logged, "DELETE FROM audit_records WHERE check_id = 'new1'")  # still caught after purges
    assert not check(logged).intact


def test_purge_refuses_a_broken_chain(logged):
    sql(logged, "UPDATE audit_records SET actor = 'someone' WHERE check_id = 'r0'")
    with db.sessions(logged)() as session, pytest.raises(PurgeRefused):
        purge(session, audit_days=1, now=datetime.now(timezone.utc) + timedelta(days=5))
    assert check(logged).seq == 1  # nothing was removed


@pytest.fixture
def own_pg_database():
    """A PostgreSQL database of this test's own (fails loudly if PostgreSQL can't be reached)."""
    admin_url = os.environ.get("NEEDTOKNOW_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    name = f"nk_chain_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    yield admin_url.rsplit("/", 1)[0] + "/" + name
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@pytest.mark.postgres
def test_two_instances_appending_at_once_keep_one_chain(make_app, own_pg_database):
    database_url = own_pg_database
    first = make_app(DATABASE_URL=database_url)
    # a second instance: its own engine and pool, as another host would have
    second = sessionmaker(bind=create_engine(database_url, pool_size=4), expire_on_commit=False)
    _race(lambda: db.sessions(first)(), second)
    outcome = check(first)
    assert outcome.intact and outcome.rows == 4 * 25 * 3, str(outcome)


def test_threads_appending_at_once_on_sqlite_keep_one_chain(make_app, tmp_path):
    url = "sqlite:///" + str(tmp_path / "race.sqlite")
    first = make_app(DATABASE_URL=url)
    second = sessionmaker(bind=db.make_engine(url), expire_on_commit=False)
    _race(lambda: db.sessions(first)(), second)
    outcome = check(first)
    assert outcome.intact and outcome.rows == 4 * 25 * 3, str(outcome)


def _race(sessions_a, sessions_b):
    errors = []

    def work(sessions, name):
        try:
            for i in range(25):
                with sessions() as session:
                    writer.write_records(session, rows(1, f"{name}-{i}-", exposures=2))
        except Exception as exc:  # noqa: BLE001 — reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(s, f"t{k}")) for k, s in
               enumerate((sessions_a, sessions_b, sessions_a, sessions_b))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors


def test_exposures_spooled_by_the_queue_arrive_chained(app, tmp_path):
    """A record the database could not take waits in the spool with its exposure rows; delivered
    later, they join the chain together."""
    from needtoknow.audit.queue import AuditQueue

    broken = sessionmaker(bind=create_engine("sqlite:///" + str(tmp_path / "empty.sqlite")))
    queue = AuditQueue(db.sessions(app), str(tmp_path / "spool"), retry_seconds=60)
    with broken() as bad:
        assert queue.submit(rows(2, "q", exposures=3), bad) is True
    assert queue.flush() == 2
    with db.sessions(app)() as session:
        stored = session.execute(text("SELECT check_id, recipient, seq FROM audit_exposures ORDER BY seq")).all()
        assert verify(session)[0].intact
    assert [(c, s) for c, _r, s in stored] == [("q0", 2), ("q0", 3), ("q0", 4), ("q1", 6), ("q1", 7), ("q1", 8)]


def test_the_head_is_logged_on_admin_changes(app, caplog):
    caplog.set_level("INFO", logger="needtoknow.audit.chain")
    append(app, rows(1))
    caplog.clear()
    writer.record_admin_change(db.sessions(app)(), "admin@agency.example", "settings", {}, {})
    with db.sessions(app)() as session:
        head = session.execute(text("SELECT seq, row_hash FROM audit_chain_head")).one()
    assert [r.getMessage() for r in caplog.records] == [
        f"audit chain head: seq {head.seq}, hash {head.row_hash} (admin change)"]


def test_rows_from_before_the_chain_are_chained_by_the_migration(tmp_path):
    from alembic import command

    from needtoknow import create_app

    url = "sqlite:///" + str(tmp_path / "old.sqlite")
    app = create_app({"TESTING": True, "SECRET_KEY": "x", "DATABASE_URL": url})
    command.upgrade(db.alembic_config(url), "0004")
    engine = create_engine(url)
    with engine.begin() as conn:
        for i in range(3):
            conn.execute(text("INSERT INTO audit_records (kind, check_id, created_at, actor, decision, rules, "
                              "recipients, counts, attachments, details) VALUES ('check', :c, :t, 'a@b.example', "
                              "'allow', '[]', '[]', '{}', '[]', '{}')"),
                         {"c": f"old{i}", "t": datetime(2026, 1, 1, 9, i, tzinfo=timezone.utc)})
    engine.dispose()
    db.upgrade(app)
    append(app, rows(1, "new"))
    outcome = check(app)
    assert outcome.intact and outcome.rows == 4, str(outcome)
    assert seq_of(app, "audit_records", "old2") == [3] and seq_of(app, "audit_records", "new0") == [4]


def test_purge_takes_the_one_override_locks_past_retention_with_it(logged):
    from needtoknow.audit.overrides import CheckOverride

    now = datetime.now(timezone.utc)
    with db.sessions(logged)() as session:
        session.add_all([CheckOverride(check_id="old-check", created_at=now - timedelta(days=400)),
                         CheckOverride(check_id="new-check", created_at=now - timedelta(days=3))])
        session.commit()
        purge(session, audit_days=365)
        assert session.scalars(select(CheckOverride.check_id)).all() == ["new-check"]
