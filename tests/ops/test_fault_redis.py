"""Redis stops during a run of checks and comes back. Redis holds only the findings cache and the
rate-limit counters, so a check can still decide without it: every answer is the real decision
(not the fail mode, not a 5xx), promptly; after Redis restarts, the app uses it again without a
restart of its own."""
import base64
import time
import uuid

import pytest
import redis

from needtoknow.demo.load import load_demo
from needtoknow.redis_cache import PREFIX

from conftest import KEY_SAFE

pytestmark = pytest.mark.postgres


def with_note(n):
    note = f"Visit notes {n}: key safe 4821.".encode()
    return dict(KEY_SAFE, body="See the attached note.", attachments=[
        {"name": "note.txt", "content_base64": base64.b64encode(note).decode()}])


def wait_for(predicate, seconds):
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.5)


def test_redis_outage_keeps_real_answers_and_recovers(make_app, pg_url, throwaway_redis):
    prefix = uuid.uuid4().hex
    app = make_app(DATABASE_URL=pg_url, REDIS_URL=throwaway_redis.url, RATE_LIMIT="on",
                   RATE_LIMIT_PER_IP="10000/minute", RATELIMIT_KEY_PREFIX=prefix)
    load_demo(app)
    client, store = app.test_client(), redis.Redis.from_url(throwaway_redis.url)
    check = lambda body: client.post("/api/v1/check", json=body)
    assert check(with_note(0)).status_code == 200 and store.keys(PREFIX + "*")

    throwaway_redis.stop()
    answers = []
    for n in range(1, 21):
        started = time.monotonic()
        response = check(with_note(n) if n % 2 else KEY_SAFE)
        answers.append((response.status_code, response.get_json(), time.monotonic() - started))
    assert all(status == 200 for status, _, _ in answers)
    assert all(body["decision"] == "block" and "check-unavailable" not in
               [r["rule"] for r in body["reasons"]] for _, body, _ in answers)
    assert max(seconds for _, _, seconds in answers) < 2.0  # short timeouts, then no waiting

    throwaway_redis.start()
    store = redis.Redis.from_url(throwaway_redis.url)  # a new, empty Redis
    counter = iter(range(100, 10 ** 6))
    wait_for(lambda: check(with_note(next(counter))).status_code == 200
             and store.keys(PREFIX + "*"), seconds=30)  # findings reach Redis again
    wait_for(lambda: check(KEY_SAFE).status_code == 200
             and store.keys(f"*{prefix}*"), seconds=90)  # rate-limit counters are shared again
