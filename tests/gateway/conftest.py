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
