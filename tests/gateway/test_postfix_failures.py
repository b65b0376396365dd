"""When the gateway can't decide: the milter is down (Postfix's milter_default_action), or its
database is (the fail mode). Mail is kept and retried, or accepted and audited — never lost."""
import contextlib
import os
import smtplib
import time

import uuid

import pytest
import sqlalchemy

from gateway_helpers import SECRET, MilterProcess, TcpProxy, mail, milter_env
from needtoknow import db
from postfix_helpers import Postfix, Sink
from world import ORG, load

SENDER = f"office@{ORG}"


def wait_for(predicate, seconds=30):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def test_milter_down_defers_with_451_and_the_mail_is_delivered_when_it_returns(gateway_app, tmp_path):
    """The sending server (here a second Postfix standing in for Microsoft 365) keeps the message."""
    app, world = gateway_app
    sink = Sink().start()
    milter = MilterProcess(milter_env(tmp_path, app.config["DATABASE_URL"]), tmp_path / "milter.log")
    gateway = Postfix(sink.port, milter.port).start()  # the milter is not running yet
    upstream = Postfix(gateway.port, hostname="upstream.test").start()
    try:
        carer = next(p for p in world.of_kind("care_worker") if p["email"].endswith(ORG))
        _m, raw = mail(SENDER, [carer["email"]], "Team meeting moved to 10:30.")
        with smtplib.SMTP("127.0.0.1", upstream.port, timeout=60) as smtp:
            smtp.sendmail(SENDER, [carer["email"]], raw)
        assert wait_for(lambda: "451 4.7.1" in upstream.log()), upstream.log()[-2000:]
        assert "status=deferred" in upstream.log() and sink.messages == []
        assert len(upstream.queued()) == 1
        milter.start()
        upstream.flush()
        assert wait_for(lambda: len(sink.messages) == 1, 60), upstream.log()[-2000:]
        assert b"X-NeedToKnow-Gateway: " in sink.messages[0][2]
        assert wait_for(lambda: upstream.queued() == [], 10)
    finally:
        for postfix in (upstream, gateway):
            postfix.stop()
            postfix.remove()
        milter.stop()
        sink.stop()


def spooled(folder):
    """Everything in the audit spool (records waiting for the database), as text."""
    out = []
    for here, _dirs, files in os.walk(folder):
        for name in files:
            with open(os.path.join(here, name), "rb") as f:
                out.append(f.read().decode("utf-8", "replace"))
    return "".join(out)


@pytest.fixture
def pg_gateway(make_app, tmp_path):
    """The directory on a database of its own on the shared PostgreSQL, reached by the milter
    through a proxy that the test can take away."""
    admin_url = os.environ.get("NEEDTOKNOW_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    name = f"nk_gateway_{uuid.uuid4().hex[:12]}"
    admin = sqlalchemy.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:  # fails loudly when PostgreSQL is not there
        conn.execute(sqlalchemy.text(f'CREATE DATABASE "{name}"'))
    url = admin_url.rsplit("/", 1)[0] + "/" + name
    app = make_app(DATABASE_URL=url, SECRET_KEY=SECRET)
    world = load(app)
    port = sqlalchemy.engine.make_url(url).port or 5432
    proxy = TcpProxy(port)
    yield app, world, proxy, url.replace(f":{port}/", f":{proxy.port}/")
    proxy.stop()
    db.sessions(app).kw["bind"].dispose()
    with admin.connect() as conn:
        conn.execute(sqlalchemy.text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


@contextlib.contextmanager
def gateway_on(tmp_path, url, **settings):
    """A sink, a milter on `url` with `settings`, and Postfix in front: (sink, milter, gateway)."""
    sink = Sink().start()
    milter = MilterProcess(milter_env(tmp_path, url, **settings), tmp_path / "milter.log").start()
    gateway = Postfix(sink.port, milter.port).start()
    try:
        yield sink, milter, gateway
    finally:
        print(milter.text()[-3000:])
        gateway.stop()
        gateway.remove()
        milter.stop()
        sink.stop()


def visit_mail(world):
    """(the carer, the client, a message to the carer naming the client and their phone)."""
    carer = next(p for p in world.of_kind("care_worker") if p["email"].endswith(ORG))
    (_rel, client) = world.relatives()[0]
    _m, raw = mail(SENDER, [carer["email"]], f"Visit {client['full_name']} on {client['phone']} tomorrow.")
    return carer, client, raw


@pytest.mark.postgres
@pytest.mark.parametrize("fail_mode", ["block", "warn"])
def test_database_down_answers_the_fail_mode(pg_gateway, tmp_path, fail_mode):
    """A milter that reads the revisions in each message (SNAPSHOT_REFRESH_SECONDS=0) can't
    decide without the database: the fail mode answers."""
    app, world, proxy, url = pg_gateway
    with gateway_on(tmp_path, url, FAIL_MODE=fail_mode, SNAPSHOT_REFRESH_SECONDS=0) as (sink, milter, gateway):
        carer, client, raw = visit_mail(world)
        with smtplib.SMTP("127.0.0.1", gateway.port, timeout=60) as smtp:
            smtp.sendmail(SENDER, [carer["email"]], raw)  # the database is up: decided normally
        proxy.stop()
        with smtplib.SMTP("127.0.0.1", gateway.port, timeout=120) as smtp:
            if fail_mode == "block":
                with pytest.raises(smtplib.SMTPDataError) as error:
                    smtp.sendmail(SENDER, [carer["email"]], raw)
                assert error.value.smtp_code == 451 and b"4.7.1" in error.value.smtp_error
            else:
                smtp.sendmail(SENDER, [carer["email"]], raw)
        expected = 1 if fail_mode == "block" else 2
        assert wait_for(lambda: len(sink.messages) == expected)
        if fail_mode == "warn":
            assert b"; unchecked\r\n" in sink.messages[1][2]
        assert wait_for(lambda: "check-unavailable" in spooled(tmp_path / "spool"), 10)
        spool = spooled(tmp_path / "spool")
        assert "check-unavailable" in spool  # the audit record waits for the database
        for value in world.secrets(client):
            assert value.lower() not in (spool + milter.text() + gateway.log()).lower()


@pytest.mark.postgres
def test_database_down_the_snapshot_kept_in_the_background_still_decides(pg_gateway, tmp_path):
    """By default the milter keeps its snapshot fresh in the background: with the database gone
    it decides from the last one, as the API does, and the audit records wait in the spool."""
    app, world, proxy, url = pg_gateway
    with gateway_on(tmp_path, url, FAIL_MODE="block") as (sink, milter, gateway):
        carer, client, raw = visit_mail(world)
        with smtplib.SMTP("127.0.0.1", gateway.port, timeout=60) as smtp:
            smtp.sendmail(SENDER, [carer["email"]], raw)
        proxy.stop()
        with smtplib.SMTP("127.0.0.1", gateway.port, timeout=120) as smtp:
            smtp.sendmail(SENDER, [carer["email"]], raw)  # not the fail mode's 451
        assert wait_for(lambda: len(sink.messages) == 2)
        assert b"; unchecked\r\n" not in sink.messages[1][2]
        assert wait_for(lambda: '"kind":"gateway"' in spooled(tmp_path / "spool"), 10)  # for the database
        spool = spooled(tmp_path / "spool")
        assert "check-unavailable" not in spool
        for value in world.secrets(client):
            assert value.lower() not in (spool + milter.text() + gateway.log()).lower()
