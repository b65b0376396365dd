"""The snapshot is built once per directory revision and rebuilt after an import."""
from needtoknow import db
from needtoknow.services import get_services
from world import load


def test_snapshot_follows_the_directory_revision(any_app):
    services = get_services(any_app)
    with db.sessions(any_app)() as session:
        empty = services.snapshot(session)
        assert empty.view.clients == () and services.snapshot(session) is empty
    world = load(any_app)
    with db.sessions(any_app)() as session:
        loaded = services.snapshot(session)
        assert loaded is not empty and loaded.revisions[0] > empty.revisions[0]
        assert len(loaded.view.clients) == len(world.clients)
        assert services.snapshot(session) is loaded
    carer = next(p for p in world.of_kind("care_worker"))
    entry = loaded.view.lookup(f"  {carer['email'].upper()} ")
    assert entry is not None and entry.kind == "care_worker"
