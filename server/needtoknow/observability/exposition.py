"""The text /metrics serves: this process's (or, under gunicorn, every worker's) samples, and the
directory's size read from the database at scrape time."""
from prometheus_client import REGISTRY, CollectorRegistry, generate_latest
from prometheus_client.core import GaugeMetricFamily
from prometheus_client.multiprocess import MultiProcessCollector
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from .. import db
from ..directory.models import Person, Revision


class DirectoryCollector:
    """People in the directory by kind, and the directory and policy revisions."""

    def __init__(self, app):
        self.app = app

    def collect(self):
        try:
            with db.sessions(self.app)() as session:
                kinds = session.execute(select(Person.kind, func.count()).group_by(Person.kind)).all()
                revisions = session.execute(select(Revision.name, Revision.number)).all()
        except SQLAlchemyError:
            return  # the database is down: /readyz and needtoknow_fail_mode say so
        people = GaugeMetricFamily("needtoknow_directory_people", "People in the directory, by kind",
                                   labels=["kind"])
        for kind, count in kinds:
            people.add_metric([kind], count)
        yield people
        revision = GaugeMetricFamily("needtoknow_revision",
                                     "Revision of shared state (directory, policy)", labels=["name"])
        for name, number in revisions:
            revision.add_metric([name], number)
        yield revision


def render(app):
    if app.config.get("METRICS_DIR"):  # gunicorn: every worker's samples
        workers = CollectorRegistry()
        MultiProcessCollector(workers)
        text = generate_latest(workers)
    else:
        text = generate_latest(REGISTRY)
    directory = CollectorRegistry(auto_describe=False)
    directory.register(DirectoryCollector(app))
    return text + generate_latest(directory)
