"""`needtoknow serve --production`: gunicorn instances on PostgreSQL and Redis, as deployed."""
import json
import os
import subprocess
import urllib.error
import urllib.request

import pytest
from prometheus_client.parser import text_string_to_metric_families

from conftest import KEY_SAFE, NEEDTOKNOW, SHORT

pytestmark = pytest.mark.postgres


def post(instance, body, path="/api/v1/check"):
    request = urllib.request.Request(instance.url(path), data=json.dumps(body).encode(),
                                     headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


@pytest.fixture
def env(pg_url, throwaway_redis, tmp_path):
    env = {"NEEDTOKNOW_DATABASE_URL": pg_url, "NEEDTOKNOW_REDIS_URL": throwaway_redis.url,
           "NEEDTOKNOW_ORG_DOMAINS": "agency.example", "NEEDTOKNOW_INSTANCE_PATH": str(tmp_path)}
    subprocess.run([NEEDTOKNOW, "db", "upgrade"], env=dict(os.environ, **env), check=True,
                   capture_output=True)
    return env


def test_metrics_add_up_over_gunicorn_workers(env, instances):
    server = instances(env, demo=True, workers=2)
    answers = [post(server, body) for body in [KEY_SAFE] * 6 + [SHORT] * 14]
    assert {status for status, _ in answers} == {200}
    samples = {(s.name, tuple(sorted(s.labels.items()))): s.value
               for f in text_string_to_metric_families(server.get("/metrics")) for s in f.samples}
    count = lambda d: samples.get(("needtoknow_check_seconds_count", (("decision", d),)), 0)
    assert count("block") == 6 and count("allow") == 14
    assert samples[("needtoknow_check_reasons_total", (("rule", "access-code"), ("severity", "block")))] == 6
    assert samples[("needtoknow_directory_people", (("kind", "client"),))] == 40
    pids = {line for line in server.output().splitlines() if "Booting worker" in line}
    assert len(pids) == 2  # two workers answered between them, and /metrics summed both


def test_access_log_is_json_without_query_strings(env, instances):
    server = instances(env)
    server.get("/healthz?who=gwen.dsouza")
    assert server.stop() == 0  # SIGTERM: a graceful stop
    access = [json.loads(line) for line in server.output().splitlines()
              if line.startswith("{") and '"type": "access"' in line]
    assert access and access[-1]["path"] == "/healthz" and "gwen" not in server.output()
    assert all(json.loads(line) for line in server.output().splitlines() if line.startswith("{"))


def test_a_check_is_one_access_line_carrying_its_decision(env, instances):
    """Under gunicorn a check's fields ride on its access line: one log line a check, no content."""
    server = instances(env, demo=True)
    status, answer = post(server, KEY_SAFE)
    assert status == 200 and server.stop() == 0
    mine = [json.loads(line) for line in server.output().splitlines()
            if line.startswith("{") and answer["check_id"] in line]
    assert len(mine) == 1 and mine[0]["type"] == "access" and mine[0]["path"] == "/api/v1/check"
    assert mine[0]["check"]["decision"] == "block" and "access-code" in mine[0]["check"]["rules"]
    assert "4821" not in server.output()


def test_rate_limit_holds_across_two_instances(env, instances):
    limited = dict(env, NEEDTOKNOW_RATE_LIMIT="on", NEEDTOKNOW_RATE_LIMIT_PER_IP="6/day")
    a, b = instances(limited, demo=True, workers=1), instances(limited, workers=1)
    codes = [post(server, SHORT)[0] for server in (a, b) * 5]
    assert codes == [200] * 6 + [429] * 4
    status, body = post(b, SHORT)
    assert status == 429 and "try again" in body["error"]
