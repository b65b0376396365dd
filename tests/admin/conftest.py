"""Admin console fixtures: a signed-in admin client that sends the CSRF token, a small directory."""
import io

import pytest
from admin_helpers import PEOPLE, RELATIONSHIPS, AdminClient

from needtoknow import db
from needtoknow.directory.importer import import_directory


@pytest.fixture
def admin(app):
    return AdminClient(app.test_client())


@pytest.fixture
def directory(app):
    """The small directory in admin_helpers, imported."""
    with app.app_context():
        import_directory(db.get_session(), io.StringIO(PEOPLE), io.StringIO(RELATIONSHIPS))
