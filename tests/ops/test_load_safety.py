"""A gunicorn instance (`serve --production`, PostgreSQL, Redis) taking concurrent 5-page PDF
checks, then hostile requests of every shape while normal checks keep coming. Not timed for speed
(bench/bench_load.py measures that): every request must be answered, no worker may die, every
hostile check must answer within its deadline, and no web worker may grow past the RSS cap."""
import json
import os
import subprocess
import sys
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import psutil
import pytest

from conftest import NEEDTOKNOW, SHORT

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import hostile_files as hostile  # noqa: E402

pytestmark = pytest.mark.postgres
CHECK_SECONDS = 4.0
WEB_WORKER_RSS_CAP = 600 << 20  # docs/operations.md: per web worker, whatever the input


def post(instance, body, timeout=60):
    request = urllib.request.Request(instance.url("/api/v1/check"), data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    started = time.monotonic()
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, json.loads(response.read()), time.monotonic() - started
    except urllib.error.HTTPError as error:
        return error.code, None, time.monotonic() - started
    except OSError as error:  # reset by a dying worker
        return type(error).__name__, None, time.monotonic() - started


@pytest.fixture
def env(pg_url, throwaway_redis, tmp_path):
    env = {"NEEDTOKNOW_DATABASE_URL": pg_url, "NEEDTOKNOW_REDIS_URL": throwaway_redis.url,
           "NEEDTOKNOW_ORG_DOMAINS": "agency.example", "NEEDTOKNOW_INSTANCE_PATH": str(tmp_path),
           "NEEDTOKNOW_CHECK_SECONDS": str(CHECK_SECONDS)}
    subprocess.run([NEEDTOKNOW, "db", "upgrade"], env=dict(os.environ, **env), check=True,
                   capture_output=True)
    return env


def server_seconds(server):
    """The slowest checks in seconds as the server's access log counted them (from when a worker
    thread took the request): time spent before that, queued or uploading, is the difference."""
    seconds = []
    for line in server.output().splitlines():
        try:
            entry = json.loads(line)
        except ValueError:
            continue
        if entry.get("path") == "/api/v1/check" and "ms" in entry:
            seconds.append(round(entry["ms"] / 1000, 2))
    return sorted(seconds)[-3:]


def workers_booted(server):
    return sum("Booting worker" in line for line in server.output().splitlines())


def web_workers(server):
    return psutil.Process(server.process.pid).children()  # their helpers are their children


def pdf_check(i):
    body = dict(SHORT, to=["someone@elsewhere.example"])
    body["attachments"] = [hostile.attachment("rota.pdf", hostile.five_page_pdf(i))]
    return body


def test_concurrent_pdf_checks_never_fail_or_kill_a_worker(env, instances):
    server = instances(env, demo=True, workers=2)
    bodies = [pdf_check(i) for i in range(400)]
    until = time.monotonic() + 15  # 8 in flight for 15 s, as the office's 8 am rush was measured

    def client(n):
        return [post(server, body) for body in bodies[n::8] if time.monotonic() < until]

    with ThreadPoolExecutor(8) as pool:
        answers = [a for answers in pool.map(client, range(8)) for a in answers]
    failures = [status for status, answer, _ in answers if status != 200 or answer["decision"] == "warn"
                and any(r["rule"] == "unreadable-attachment" for r in answer["reasons"])]
    assert failures == []
    assert {a["decision"] for _, a, _ in answers} == {"block"}  # every file read: 120 key safe codes
    assert workers_booted(server) == 2  # none died and was replaced


def test_hostile_requests_cost_helpers_not_normal_checks(env, instances):
    server = instances(env, demo=True, workers=2)
    requests = hostile.hostile_requests()
    with ThreadPoolExecutor(len(requests) + 4) as pool:
        hostile_futures = [pool.submit(post, server, body) for _, body in requests]
        time.sleep(0.5)
        normal = []
        peak = 0
        while not all(f.done() for f in hostile_futures):
            normal.append(pool.submit(post, server, SHORT))
            peak = max([peak] + [w.memory_info().rss for w in web_workers(server)])
            time.sleep(0.2)
        hostile_answers = [f.result() for f in hostile_futures]
        normal_answers = [f.result() for f in normal]
    for (label, _), (status, answer, took) in zip(requests, hostile_answers):
        assert status == 200, label
        # answered by the deadline, with a reason; on failure, say how long the server counted
        assert took < CHECK_SECONDS + 2.0, (label, took, answer["elapsed_ms"], server_seconds(server))
        assert answer["decision"] != "allow", label
    assert normal_answers and all(status == 200 for status, _, _ in normal_answers)
    assert max(took for _, _, took in normal_answers) < CHECK_SECONDS + 2.0
    assert peak < WEB_WORKER_RSS_CAP
    assert workers_booted(server) == 2
