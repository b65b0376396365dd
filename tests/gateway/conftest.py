import pytest

from gateway_helpers import SECRET, MilterProcess, milter_env
from world import load


@pytest.fixture
def gateway_app(make_app):
    """The app (SQLite file, demo directory) the milter and the API share."""
    app = make_app(SECRET_KEY=SECRET)
    return app, load(app)


@pytest.fixture
def start_milter(gateway_app, tmp_path):
    """Factory: a milter process on the gateway app's database, with settings as keyword args."""
    app, _world = gateway_app
    started = []

    def start(**settings):
        proc = MilterProcess(milter_env(tmp_path, app.config["DATABASE_URL"], **settings),
                             tmp_path / f"milter{len(started)}.log")
        started.append(proc)
        return proc.start()
    yield start
    for proc in started:
        proc.stop()


@pytest.fixture(scope="module")
def shared(tmp_path_factory):
    """One app, directory and milter (default settings) for a module's tests that need no other."""
    from needtoknow import create_app, db

    tmp = tmp_path_factory.mktemp("gateway")
    app = create_app({"TESTING": True, "SECRET_KEY": SECRET, "DATABASE_URL": f"sqlite:///{tmp}/nk.sqlite",
                      "ORG_DOMAINS": ("agency.example",)})
    db.upgrade(app)
    world = load(app)
    proc = MilterProcess(milter_env(tmp, app.config["DATABASE_URL"]), tmp / "milter.log").start()
    yield app, world, proc
    proc.stop()
