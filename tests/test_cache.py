from needtoknow.cache import MemoryCache


class Clock:
    now = 0.0

    def __call__(self):
        return self.now


def test_expires_after_ttl():
    clock = Clock()
    cache = MemoryCache(max_entries=10, ttl_seconds=60, clock=clock)
    cache.set("a", 1)
    clock.now = 59
    assert cache.get("a") == 1
    clock.now = 61
    assert cache.get("a") is None


def test_least_recently_used_goes_first():
    cache = MemoryCache(max_entries=2)
    cache.set("a", 1), cache.set("b", 2)
    cache.get("a")
    cache.set("c", 3)
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == (1, None, 3)


def test_zero_entries_remembers_nothing():
    cache = MemoryCache(max_entries=0)
    cache.set("a", 1)
    assert cache.get("a") is None
