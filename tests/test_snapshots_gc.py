"""Building a snapshot never stops the process for a garbage collection: the collector is paused
while one is built and, in the background mode, the result is frozen out of its sight — which is
only safe because a snapshot has no reference cycles and so is freed by reference counting when it
is replaced (snapshots.py)."""
import gc
import threading
import weakref

import pytest

from needtoknow import db
from needtoknow.services import get_services
from needtoknow.snapshots import SnapshotKeeper, collector_paused
from world import load


@pytest.fixture
def collector_state():
    """Leave the collector as it was found: on, and nothing frozen by the test."""
    frozen = gc.get_freeze_count()
    yield
    if gc.get_freeze_count() > frozen:
        gc.unfreeze()
    gc.enable()


def test_a_replaced_snapshot_is_freed_without_the_collector(make_app, collector_state):
    app = make_app()
    load(app)
    services = get_services(app)
    with db.sessions(app)() as session:
        snapshot = services._build(session, services.snapshots._read(session))
    parts = [weakref.ref(p) for p in (snapshot.lookalikes, snapshot.index, snapshot.view)]
    assert snapshot.lookalikes.near("joan.smtih@agency.example") in (True, False)  # caches filled
    gc.disable()
    del snapshot
    assert [p() for p in parts] == [None, None, None]  # reference counting alone freed them


def test_the_collector_is_paused_while_a_snapshot_is_built(collector_state):
    seen = []
    keeper = SnapshotKeeper(lambda session, revisions: seen.append(gc.isenabled()) or object(),
                            lambda session: (1, 1), _no_session, refresh=0)
    keeper.prepare()
    assert seen == [False] and gc.isenabled()


def test_in_the_background_mode_the_snapshot_is_frozen(collector_state):
    keeper = SnapshotKeeper(lambda session, revisions: [object()], lambda session: (1, 1),
                            _no_session, refresh=1)
    before = gc.get_freeze_count()
    keeper.prepare()
    assert gc.get_freeze_count() > before and gc.isenabled()
    assert not any(o is keeper.current for o in gc.get_objects())  # out of the collector's sight


def test_pauses_overlapping_in_two_threads_leave_the_collector_on(collector_state):
    inside, release = threading.Barrier(2), threading.Event()

    def build():
        with collector_paused(freeze=False):
            inside.wait()
            release.wait(5)

    other = threading.Thread(target=build)
    other.start()
    with collector_paused(freeze=False):
        inside.wait()
    assert not gc.isenabled()  # the other build is still under way
    release.set()
    other.join()
    assert gc.isenabled()


class _no_session:
    def __enter__(self):
        return None

    def __exit__(self, *exc):
        return False
