"""The findings cache on Redis: what is stored (no content), sharing between instances, outages."""
import base64
import hashlib
from collections import Counter

import pytest
import redis

from needtoknow.cache import MemoryCache
from needtoknow.inspect.document import Problem
from needtoknow.inspect.evidence import Evidence
from needtoknow.redis_cache import PREFIX, RedisCache, dumps, loads

NOTE = b"Client: Gwen D'Souza, CT25 9BQ. Key safe 4821."
SHA = hashlib.sha256(NOTE).hexdigest()
WITH_CONTENT = {"sender": "office@agency.example", "to": ["someone@elsewhere.example"],
                "attachments": [{"name": "note.txt", "content_base64": base64.b64encode(NOTE).decode()}]}
BY_HASH = dict(WITH_CONTENT, attachments=[{"name": "note.txt", "sha256": SHA}])

EVIDENCE = Evidence(counts=Counter({"access_code": 2, "phone": 1}),
                    locations={"access_code": frozenset({"\x00", "\x00/a.docx"})},
                    masked_codes=("48**", "93**"), named=frozenset({"C1"}),
                    strong=frozenset({"C2", "C3"}), weak=frozenset({"C1"}),
                    client_locations={"C2": frozenset({"\x00"})})


def test_findings_survive_a_round_trip():
    found = (EVIDENCE, (Problem("\x00/x.pdf", "encrypted", "password"),))
    assert loads(dumps(found)) == found


def test_what_is_stored_holds_no_content():
    stored = dumps((EVIDENCE, ()))
    assert b"4821" not in stored and b"D'Souza" not in stored and b"48**" in stored


class Flaky:
    def __init__(self):
        self.calls, self.down = 0, True

    def get(self, *args, **kwargs):
        self.calls += 1
        raise redis.ConnectionError("down")

    set = get


def test_a_redis_outage_pauses_redis_and_keeps_the_local_cache():
    now = [0.0]
    client = Flaky()
    cache = RedisCache(client, 60, MemoryCache(), pause_seconds=5, clock=lambda: now[0])
    cache.set("k", (EVIDENCE, ()))  # Redis fails: paused
    assert cache.get("k") == (EVIDENCE, ())  # from the local LRU
    assert cache.get("other") is None and client.calls == 1  # no call while paused
    now[0] = 6.0
    assert cache.get("other") is None and client.calls == 2  # tried again after the pause


@pytest.mark.postgres
def test_two_instances_share_findings_through_redis(make_app, pg_url, throwaway_redis):
    from needtoknow.demo.load import load_demo

    a = make_app(DATABASE_URL=pg_url, REDIS_URL=throwaway_redis.url)
    load_demo(a)
    b = make_app(DATABASE_URL=pg_url, REDIS_URL=throwaway_redis.url)
    assert b.test_client().post("/api/v1/check", json=BY_HASH).status_code == 409
    first = a.test_client().post("/api/v1/check", json=WITH_CONTENT)
    second = b.test_client().post("/api/v1/check", json=BY_HASH)  # B never saw the bytes
    assert first.status_code == second.status_code == 200
    assert second.get_json()["decision"] == first.get_json()["decision"] == "block"
    keys = redis.Redis.from_url(throwaway_redis.url).keys(PREFIX + "*")
    assert len(keys) == 1 and keys[0].decode().endswith(SHA)
