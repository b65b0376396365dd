"""Fill an app's database with the 40-client demo directory (`needtoknow serve --demo`)."""
import tempfile

from .. import db
from ..directory.importer import import_directory
from .generate import write_csvs


def load_demo(app, n_clients=40, seed=7):
    """Migrate the database, then replace its directory with the demo one; the `ImportReport`.

    It goes through the CSV files and the importer on purpose: the demo exercises the same path
    as an agency's real export."""
    db.upgrade(app)
    with tempfile.TemporaryDirectory(prefix="needtoknow-demo-") as folder:
        people, relationships = write_csvs(folder, n_clients, seed)
        session = db.sessions(app)()
        try:
            return import_directory(session, people, relationships)
        finally:
            session.close()
