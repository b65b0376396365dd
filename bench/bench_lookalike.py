"""Benchmark: the lookalike part of a check, index against brute force.

Run: .venv/bin/python bench/bench_lookalike.py [clients ...]   (default 1000 50000)
For each synthetic directory (demo/generate.py: clients, relatives, carers, professionals) it
builds the index once, then times 1, 100 and 1,000 new outside recipients (slips of directory
addresses and unrelated addresses, never seen before, so no cached answer), and the same
recipients compared with every directory address (the old way), printing medians and the ratio.
Target: 1,000 new recipients at 50,000 clients in <= 200 ms.
"""
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "server"))

from rapidfuzz import process  # noqa: E402
from rapidfuzz.distance import OSA  # noqa: E402

from needtoknow.demo.generate import make_directory  # noqa: E402
from needtoknow.directory.lookalike import Lookalikes  # noqa: E402


def recipients(emails, count, rnd):
    out = []
    for i in range(count):
        if i % 2:
            out.append(f"new.person{rnd.randint(0, 10 ** 9)}@elsewhere.example")
            continue
        s = list(rnd.choice(emails))
        j = rnd.randrange(len(s) - 1)
        s[j], s[j + 1] = s[j + 1], s[j]
        out.append("".join(s))
    return out


def timed(action, repeats=3):
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1000


def main(sizes):
    rnd = random.Random(11)
    print(f"{'clients':>8} {'addresses':>9} {'build ms':>9} {'recipients':>10} "
          f"{'index ms':>9} {'brute ms':>9} {'ratio':>7}")
    for clients in sizes:
        emails = sorted({p["email"].lower() for p in make_directory(clients).people if p["email"]})
        started = time.perf_counter()
        Lookalikes(emails)
        build = (time.perf_counter() - started) * 1000
        for count in (1, 100, 1000):
            batch = recipients(emails, count, rnd)
            index = Lookalikes(emails)
            index_ms = timed(lambda: [index._nearest(r) for r in batch])  # uncached: each one new
            brute_ms = timed(lambda: [process.extractOne(r, emails, scorer=OSA.distance, score_cutoff=2)
                                      for r in batch], repeats=1)
            print(f"{clients:>8} {len(emails):>9} {build:>9.0f} {count:>10} {index_ms:>9.1f} "
                  f"{brute_ms:>9.1f} {brute_ms / max(index_ms, 1e-6):>6.0f}x")


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [1000, 50000])
