import pytest

from world import LiveServer, load


@pytest.fixture
def world_app(make_app):
    app = make_app()
    return app, load(app)


@pytest.fixture
def live(world_app):
    app, world = world_app
    server = LiveServer(app)
    yield server, world, app
    server.stop()
