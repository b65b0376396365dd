"""Browser fixtures: the app on a real socket and Debian's headless Chromium driven by
Playwright (never a downloaded browser). Screenshots go to test-artifacts/."""
import pathlib

import pytest
from accessibility import axe_violations, serve_axe
from world import LiveServer

from needtoknow import create_app, db

ARTIFACTS = pathlib.Path(__file__).resolve().parents[2] / "test-artifacts"
@pytest.fixture
def live(tmp_path):
    app = create_app({"TESTING": True, "DATABASE_URL": "sqlite:///" + str(tmp_path / "nk.sqlite"),
                      "ORG_DOMAINS": ("agency.example",)})
    db.upgrade(app)
    server = LiveServer(app)
    yield server
    server.stop()


@pytest.fixture
def page(chromium, live):
    context = chromium.new_context(base_url=live.url, viewport={"width": 1280, "height": 860},
                                   locale="en-GB", accept_downloads=True)
    page = context.new_page()
    serve_axe(page)
    page.set_default_timeout(15_000)
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    yield page
    context.close()
    assert errors == [], f"the console's JavaScript failed: {errors}"


@pytest.fixture
def shoot():
    """shoot(page, name): a full-page screenshot at test-artifacts/admin-<name>.png, after
    axe-core finds no serious or critical accessibility problem in the page as it is."""
    ARTIFACTS.mkdir(exist_ok=True)

    def take(page, name):
        path = ARTIFACTS / f"admin-{name}.png"
        page.screenshot(path=str(path), full_page=True)
        found = axe_violations(page)
        assert found == [], f"axe-core: serious/critical problems on {name}: {found}"
        return path
    return take
