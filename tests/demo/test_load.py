"""`load_demo`: a fresh database gets the 40-client demo directory."""
from sqlalchemy import func, select

from needtoknow import create_app, db
from needtoknow.demo.load import load_demo
from needtoknow.directory.models import Person, Revision


def test_load_demo_on_a_fresh_database(tmp_path):
    app = create_app({"TESTING": True, "DATABASE_URL": f"sqlite:///{tmp_path / 'fresh.sqlite'}"})
    report = load_demo(app)
    assert report.people["client"] == 40 and report.people["office_staff"] == 4
    assert load_demo(app).changes.empty  # the same directory again
    session = db.sessions(app)()
    try:
        assert session.scalar(select(func.count()).select_from(Person)) == report.total_people
        assert session.get(Revision, "directory").number == 2
    finally:
        session.close()
