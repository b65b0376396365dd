"""Snapshots off the request path: after a directory change, checks keep answering from the
previous snapshot while the new one is built in the background, then see the new one; how stale
it may be is in /readyz and /metrics."""
import threading
import time

from needtoknow import db
from needtoknow.services import get_services
from needtoknow.snapshots import SnapshotKeeper
from world import load


def slow_keeper(app, build_seconds, refresh=0.1):
    """The app's own build, made slow as a 50,000-client directory's is."""
    services = get_services(app)
    release = threading.Event()

    def build(session, revisions):
        if services.snapshots.current is not None or keeper.current is not None:
            release.wait(build_seconds)
        return services._build(session, revisions)

    keeper = SnapshotKeeper(build, lambda s: services.snapshots._read(s), lambda: db.sessions(app)(),
                            refresh)
    return keeper, release


def test_a_directory_change_never_makes_a_check_wait(any_app):
    keeper, release = slow_keeper(any_app, build_seconds=30)
    with db.sessions(any_app)() as session:
        before = keeper.get(session)  # built at start-up: nothing to wait for yet
    load(any_app)  # the nightly import: a new directory revision
    time.sleep(0.5)  # the watcher has seen the change and is building
    with db.sessions(any_app)() as session:
        started = time.monotonic()
        during = keeper.get(session)
        assert time.monotonic() - started < 0.1 and during is before  # the previous snapshot
    release.set()  # the build finishes
    deadline = time.monotonic() + 10
    while keeper.current is before and time.monotonic() < deadline:
        time.sleep(0.05)
    with db.sessions(any_app)() as session:
        after = keeper.get(session)
    assert after is not before and after.revisions[0] > before.revisions[0] and after.view.clients
    keeper.stop()


def test_checks_read_no_revision_from_the_database(make_app):
    app = make_app(SNAPSHOT_REFRESH_SECONDS=30)
    load(app)
    get_services(app).warm()
    statements = []
    engine = db.sessions(app).kw["bind"]
    from sqlalchemy import event

    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    try:
        client = app.test_client()
        for _ in range(3):
            assert client.post("/api/v1/check", json={
                "sender": "office@agency.example", "to": ["someone@agency.example"],
                "subject": "hi", "body": "see you"}).status_code == 200
    finally:
        event.remove(engine, "before_cursor_execute", listener)
    assert not [s for s in statements if "revisions" in s.lower()]


def test_readyz_shows_how_stale_the_snapshot_may_be(make_app):
    app = make_app(SNAPSHOT_REFRESH_SECONDS=0.2)
    get_services(app).warm()
    details = app.test_client().get("/readyz").get_json()["snapshot"]
    assert details["built"] and details["refresh_seconds"] == 0.2
    assert 0 <= details["age_seconds"] < 5


def test_background_builds_of_two_workers_take_turns(any_app, tmp_path):
    """Part of a build holds the interpreter, and a worker held so takes no new connection: the
    workers of one machine rebuild one after the other, never at once."""
    services, spans, lock = get_services(any_app), [], str(tmp_path / "build.lock")

    def build(session, revisions):
        started = time.monotonic()
        if spans or len(keepers) == 2 and all(k.current for k in keepers):
            time.sleep(0.4)  # a background build, slow enough to overlap if nothing stopped it
        snapshot = services._build(session, revisions)
        spans.append((started, time.monotonic()))
        return snapshot

    keepers = []
    for _ in range(2):
        keepers.append(SnapshotKeeper(build, lambda s: services.snapshots._read(s),
                                      lambda: db.sessions(any_app)(), 0.05, build_lock=lock))
    with db.sessions(any_app)() as session:
        firsts = [k.get(session) for k in keepers]
    spans.clear()
    load(any_app)  # a new revision: both watchers see it at about the same time
    deadline = time.monotonic() + 15
    while any(k.current is f for k, f in zip(keepers, firsts)) and time.monotonic() < deadline:
        time.sleep(0.05)
    for keeper in keepers:
        keeper.stop()
    assert len(spans) == 2
    (a_start, a_end), (b_start, b_end) = sorted(spans)
    assert b_start >= a_end  # one after the other
