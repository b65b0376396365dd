"""Rate limits: none in dev mode; per user and per address otherwise; JSON 429 with Retry-After."""
import uuid

import pytest

from needtoknow import ratelimit

from conftest import SHORT


# Limits in the tests are per day: counts are asserted exactly, and a sliding-window counter
# weighs the previous window, so a run must not straddle a window's edge.


def post(client, n, **headers):
    return [client.post("/api/v1/check", json=SHORT, headers=headers).status_code for _ in range(n)]


def test_dev_mode_has_no_limit(make_app):
    app = make_app(AUTH_MODE="dev", RATE_LIMIT_PER_IP="2/day")
    assert set(post(app.test_client(), 5)) == {200}


@pytest.mark.parametrize("setting, auth, on", [
    ("auto", "dev", False), ("auto", "entra", True), ("on", "dev", True), ("off", "entra", False)])
def test_the_setting(setting, auth, on):
    assert ratelimit.enabled({"RATE_LIMIT": setting, "AUTH_MODE": auth}) is on


def test_over_the_limit_is_a_json_429_with_retry_after(make_app):
    app = make_app(RATE_LIMIT="on", RATE_LIMIT_PER_IP="3/hour")
    client = app.test_client()
    assert post(client, 3) == [200, 200, 200]
    response = client.post("/api/v1/check", json=SHORT)
    assert response.status_code == 429 and "try again" in response.get_json()["error"]
    assert 1 <= int(response.headers["Retry-After"]) <= 3600
    assert client.get("/healthz").status_code == 200  # probes are never limited


def test_an_unverified_token_buys_no_user_budget(make_app):
    """In dev mode nothing verifies the token: only the address limit applies (the per-user limit
    needs a verified principal: tests/auth/test_ratelimit_principal.py)."""
    app = make_app(RATE_LIMIT="on", RATE_LIMIT_PER_USER="2/day", RATE_LIMIT_PER_IP="100/day")
    client = app.test_client()
    assert post(client, 3, Authorization="Bearer one") == [200, 200, 200]


def test_the_address_limit_holds_whatever_the_token(make_app):
    app = make_app(RATE_LIMIT="on", RATE_LIMIT_PER_USER="100/day", RATE_LIMIT_PER_IP="3/day")
    client = app.test_client()
    codes = [post(client, 1, Authorization=f"Bearer {n}")[0] for n in range(4)]
    assert codes == [200, 200, 200, 429]


def test_two_instances_share_the_limit_through_redis(make_app, throwaway_redis):
    config = dict(RATE_LIMIT="on", RATE_LIMIT_PER_IP="4/day", REDIS_URL=throwaway_redis.url,
                  RATELIMIT_KEY_PREFIX=uuid.uuid4().hex)
    a, b = make_app(**config).test_client(), make_app(**config).test_client()
    codes = [post(client, 1)[0] for client in (a, b, a, b, a, b)]
    assert codes == [200, 200, 200, 200, 429, 429]


def test_with_redis_unreachable_the_limit_is_counted_in_the_process():
    from limits import parse

    counters = ratelimit.Counters("redis://127.0.0.1:1", {"socket_timeout": 0.2, "socket_connect_timeout": 0.2},
                                  uuid.uuid4().hex)
    limit = parse("2/day")
    waits = [counters.hit(limit, "ip:192.0.2.1") for _ in range(3)]
    assert waits[:2] == [None, None] and 1 <= waits[2] <= 86400
