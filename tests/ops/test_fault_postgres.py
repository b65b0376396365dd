"""PostgreSQL stops during a run of checks and comes back: every answer during the outage is the
configured fail mode with its reason, none is a 5xx without a JSON body, the app recovers without
a restart, and every audit record the answers promised is in the database afterwards."""
import threading
import time

import pytest
from sqlalchemy import select

from needtoknow import db
from needtoknow.audit.models import AuditRecord
from needtoknow.demo.load import load_demo

from conftest import KEY_SAFE

pytestmark = pytest.mark.postgres


class Run:
    """Two threads send checks until told to stop; each answer is kept with its send time."""

    def __init__(self, client):
        self.client, self.answers, self.stop = client, [], threading.Event()
        self.threads = [threading.Thread(target=self._loop) for _ in range(2)]

    def _loop(self):
        while not self.stop.is_set():
            sent = time.monotonic()
            response = self.client.post("/api/v1/check", json=KEY_SAFE)
            self.answers.append((sent, time.monotonic(), response.status_code,
                                 response.get_json(silent=True)))
            time.sleep(0.02)

    def __enter__(self):
        for t in self.threads:
            t.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for t in self.threads:
            t.join(timeout=60)


def is_fail_mode(body, mode):
    return body["decision"] == mode and [r["rule"] for r in body["reasons"]] == ["check-unavailable"]


def wait_for(predicate, seconds=60):
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


@pytest.mark.parametrize("mode", ["warn", "block"])
def test_database_outage_answers_the_fail_mode_and_recovers(throwaway_postgres, make_app, mode):
    pg = throwaway_postgres
    app = make_app(DATABASE_URL=pg.url, FAIL_MODE=mode, AUDIT_RETRY_SECONDS=0.2)
    load_demo(app)
    client = app.test_client()
    with Run(client) as run:
        time.sleep(1.0)
        pg.stop("immediate")
        down_from = time.monotonic()
        time.sleep(2.0)
        down_until = time.monotonic()
        pg.start()
        wait_for(lambda: any(not is_fail_mode(b, mode) for s, _, _, b in run.answers
                             if b and s > down_until))
        recovered = time.monotonic()
        time.sleep(1.0)

    answers = run.answers
    assert answers and all(status == 200 and body for _, _, status, body in answers), \
        {status for _, _, status, _ in answers}
    during = [b for sent, done, _, b in answers if sent > down_from + 0.1 and done < down_until]
    after = [b for sent, _, _, b in answers if sent > recovered]
    assert len(during) >= 5 and all(is_fail_mode(b, mode) for b in during)
    assert after and not any(is_fail_mode(b, mode) for b in after)
    assert all(b["decision"] == "block" for b in after)  # the real answer: a key safe code

    queue = app.extensions["needtoknow.audit_queue"]
    wait_for(lambda: queue.pending == 0)
    promised = {b["check_id"] for _, _, _, b in answers if b.get("audited", True)}
    with db.sessions(app)() as session:
        stored = set(session.scalars(select(AuditRecord.check_id)))
    assert promised <= stored, f"{len(promised - stored)} audit records missing"
    assert all(b.get("audited", True) for _, _, _, b in answers)  # the spool took every one


def test_override_while_the_database_is_down_is_a_json_503(throwaway_postgres, make_app):
    pg = throwaway_postgres
    app = make_app(DATABASE_URL=pg.url)
    client = app.test_client()
    pg.stop("immediate")
    response = client.post("/api/v1/checks/0123/override", json={"justification": "urgent rota"})
    assert response.status_code == 503 and "error" in response.get_json()
    readyz = client.get("/readyz")
    assert readyz.status_code == 503 and readyz.get_json()["database"] == "unreachable"
