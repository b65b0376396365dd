"""Load test: two gunicorn instances sharing the local PostgreSQL and Redis, driven on loopback.

Run:  .venv/bin/python bench/bench_load.py [--rate 300] [--seconds 20] [--json]

It creates a throwaway database on 127.0.0.1:5432 (trust auth), migrates it, starts instance A
(`needtoknow serve --production --demo`, which loads the 40-client demo directory) and instance B
on two ports, with rate limiting on (generous limits, counted in Redis) as in production. Then,
with a bounded asyncio HTTP/1.1 client (keep-alive, no third-party client), it measures:

  1. short mail, open loop at --rate checks/s for --seconds: achieved rate, p50/p95/p99, errors
     (latency counts from each request's scheduled start, so queueing behind a slow server shows);
  2. short mail, closed loop (--connections at once) for --seconds: the most checks/s it sustains;
  3. a one-page PDF attachment, unique bytes per request (extraction every time), open loop at
     --attachment-rate for --seconds.

Requests alternate between the two instances. Everything stops by itself; the database is dropped
and its keys in the Redis database it used (db 15 by default) are deleted at the end.
Target on a 2-core machine: >= 300 short checks/s with p95 <= 50 ms, 0 errors.
"""
import argparse
import asyncio
import base64
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NEEDTOKNOW = str(ROOT / ".venv" / "bin" / "needtoknow")
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
SENDER = "office@agency.example"
STAFF = ["chidi.roberts@agency.example", "rota@agency.example"]


def short_mail(i):
    return {"sender": SENDER, "to": [STAFF[i % 2]], "subject": f"Cover for Tuesday {i}",
            "body": "Hi, could you cover the 9am call on Tuesday? The office will confirm. Thanks",
            "client": {"host": "bench", "version": "1"}}


def one_page_pdf(i):
    """A one-page rota with a client's name and postcode; the reference makes every file unique."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4, invariant=1)
    lines = [f"Weekly rota - reference {i:06d}", "", "Gwen D'Souza, CT25 9BQ: lunch call"]
    lines += [f"{day} {hour}:00  visit {n}" for n, (day, hour) in enumerate(
        (d, h) for d in ("Mon", "Tue", "Wed", "Thu", "Fri") for h in (8, 12, 17, 20))]
    for row, text in enumerate(lines):
        page.drawString(60, 780 - row * 16, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


def attachment_mail(i, pdf):
    mail = short_mail(i)
    mail["attachments"] = [{"name": "rota.pdf", "content_type": "application/pdf",
                            "content_base64": base64.b64encode(pdf).decode()}]
    return mail


def http_request(body):
    data = json.dumps(body).encode()
    return (b"POST /api/v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: " + str(len(data)).encode() + b"\r\n\r\n" + data)


class Connection:
    def __init__(self, port):
        self.port, self.reader, self.writer = port, None, None

    async def send(self, raw):
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection("127.0.0.1", self.port)
        self.writer.write(raw)
        status = int((await self.reader.readline()).split()[1])
        length, close = 0, False
        while (line := await self.reader.readline()) not in (b"\r\n", b""):
            name, _, value = line.partition(b":")
            name = name.strip().lower()
            if name == b"content-length":
                length = int(value)
            elif name == b"connection" and value.strip().lower() == b"close":
                close = True
        body = await self.reader.readexactly(length)
        if close:
            self.close()
        return status, body

    def close(self):
        if self.writer is not None:
            self.writer.close()
        self.reader = self.writer = None


class Pool:
    """Keep-alive connections, alternating between the instances."""

    def __init__(self, ports, size):
        self.free = asyncio.Queue()
        for n in range(size):
            self.free.put_nowait(Connection(ports[n % len(ports)]))

    async def call(self, raw):
        conn = await self.free.get()
        try:
            return await conn.send(raw)
        except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
            conn.close()
            return 0, b""
        finally:
            self.free.put_nowait(conn)


class Tally:
    def __init__(self):
        self.latencies, self.errors, self.decisions = [], 0, {}

    def add(self, started, status, body):
        self.latencies.append(time.perf_counter() - started)
        if status != 200:
            self.errors += 1
            return
        decision = json.loads(body).get("decision")
        self.decisions[decision] = self.decisions.get(decision, 0) + 1

    def summary(self, seconds):
        ms = sorted(x * 1000 for x in self.latencies) or [0.0]
        pick = lambda q: round(ms[min(len(ms) - 1, int(q * len(ms)))], 1)
        return {"requests": len(self.latencies), "checks_per_s": round(len(self.latencies) / seconds, 1),
                "p50_ms": pick(0.50), "p95_ms": pick(0.95), "p99_ms": pick(0.99),
                "mean_ms": round(statistics.fmean(ms), 1), "errors": self.errors,
                "decisions": self.decisions}


async def open_loop(pool, requests, rate, seconds):
    """Start one request every 1/rate s whatever the server does; latency from the planned start."""
    tally, tasks, start = Tally(), [], time.perf_counter()
    total = int(rate * seconds)

    async def one(planned, raw):
        tally.add(planned, *(await pool.call(raw)))

    for i in range(total):
        planned = start + i / rate
        delay = planned - time.perf_counter()
        if delay > 0:
            await asyncio.sleep(delay)
        tasks.append(asyncio.create_task(one(planned, requests[i % len(requests)])))
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=seconds + 60)
    return tally.summary(time.perf_counter() - start)


async def closed_loop(pool, requests, connections, seconds):
    tally, deadline, counter = Tally(), time.perf_counter() + seconds, iter(range(10 ** 9))
    start = time.perf_counter()

    async def worker():
        while time.perf_counter() < deadline:
            began = time.perf_counter()
            tally.add(began, *(await pool.call(requests[next(counter) % len(requests)])))

    await asyncio.gather(*(worker() for _ in range(connections)))
    return tally.summary(time.perf_counter() - start)


def wait_ready(port, seconds=90):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"instance on port {port} not ready after {seconds} s")


def start_instances(env, ports, log_dir):
    """Starts the instances one by one, yielding each as it starts (so the caller can stop it even
    if it never gets ready) and waiting for it to be ready before the next."""
    for n, port in enumerate(ports):
        args = [NEEDTOKNOW, "serve", "--production", "--host", "127.0.0.1", "--port", str(port)]
        log = open(Path(log_dir) / f"instance-{n}.log", "wb")
        proc = subprocess.Popen(args + (["--demo"] if n == 0 else []), env=env, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
        yield proc
        wait_ready(port)


def database(name, action):
    import psycopg

    with psycopg.connect(PG_ADMIN, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        if action == "create":
            conn.execute(f'CREATE DATABASE "{name}"')


def forget_redis_keys(url):
    import redis

    client = redis.Redis.from_url(url)
    for pattern in ("needtoknow*", "LIMITS:*LIMITER/needtoknow/*"):  # findings; rate limits
        for key in client.scan_iter(match=pattern, count=1000):
            client.delete(key)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rate", type=float, default=300.0, help="short checks/s offered (open loop)")
    parser.add_argument("--attachment-rate", type=float, default=50.0)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--connections", type=int, default=32, help="closed-loop concurrency")
    parser.add_argument("--ports", default="18601,18602")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/15",
                        help="the local Redis; the keys the run made in this db are deleted at the end")
    parser.add_argument("--workers", type=int, default=1,
                        help="gunicorn workers per instance (two instances share this machine's CPUs)")
    parser.add_argument("--threads", type=int, default=4, help="threads per worker")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    opts = parser.parse_args()

    name, ports = f"nk_bench_{uuid.uuid4().hex[:8]}", [int(p) for p in opts.ports.split(",")]
    log_dir = tempfile.mkdtemp(prefix="needtoknow-bench-")
    env = dict(os.environ, NEEDTOKNOW_DATABASE_URL=f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}",
               NEEDTOKNOW_REDIS_URL=opts.redis, NEEDTOKNOW_RATE_LIMIT="on",
               NEEDTOKNOW_RATE_LIMIT_PER_USER="1000000/minute", NEEDTOKNOW_RATE_LIMIT_PER_IP="1000000/minute",
               NEEDTOKNOW_LOG_LEVEL="WARNING", NEEDTOKNOW_WORKERS=str(opts.workers),
               NEEDTOKNOW_THREADS=str(opts.threads),
               NEEDTOKNOW_INSTANCE_PATH=log_dir, NEEDTOKNOW_ORG_DOMAINS="agency.example")
    database(name, "create")
    subprocess.run([NEEDTOKNOW, "db", "upgrade"], env=env, check=True, capture_output=True)
    procs = []
    try:
        for proc in start_instances(env, ports, log_dir):
            procs.append(proc)
        shorts = [http_request(short_mail(i)) for i in range(1000)]
        pdfs = [http_request(attachment_mail(i, one_page_pdf(i)))
                for i in range(int(opts.attachment_rate * opts.seconds) + 1)]
        results = asyncio.run(run_all(opts, ports, shorts, pdfs))
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=120)
        database(name, "drop")
        forget_redis_keys(opts.redis)
    results["setup"] = {"instances": len(ports), "cpus": os.cpu_count(), "logs": log_dir,
                        "workers_per_instance": opts.workers, "threads_per_worker": opts.threads,
                        "rate_limit": "on (Redis)", "database": "PostgreSQL 127.0.0.1:5432"}
    report(results, opts)
    ok = all(r["errors"] == 0 for k, r in results.items() if k != "setup")
    sys.exit(0 if ok else 1)


async def run_all(opts, ports, shorts, pdfs):
    pool = Pool(ports, max(opts.connections, 64))
    await closed_loop(pool, shorts, 8, 3)  # warm up: connections, snapshots, caches
    return {
        "short_open_loop": await open_loop(pool, shorts, opts.rate, opts.seconds),
        "short_closed_loop": await closed_loop(pool, shorts, opts.connections, opts.seconds),
        "attachment_open_loop": await open_loop(pool, pdfs, opts.attachment_rate, opts.seconds),
    }


def report(results, opts):
    if opts.json:
        print(json.dumps(results, indent=2))
        return
    print(f"two gunicorn instances x {opts.workers} worker(s) x {opts.threads} threads, "
          f"{os.cpu_count()} CPUs, PostgreSQL + Redis on loopback, rate limiting on")
    for key, label in (("short_open_loop", f"short mail @ {opts.rate:g}/s offered"),
                       ("short_closed_loop", f"short mail, {opts.connections} in flight"),
                       ("attachment_open_loop", f"1-page PDF @ {opts.attachment_rate:g}/s offered")):
        r = results[key]
        print(f"{label:34} {r['checks_per_s']:7.1f} checks/s  p50 {r['p50_ms']:6.1f} ms  "
              f"p95 {r['p95_ms']:6.1f} ms  p99 {r['p99_ms']:6.1f} ms  errors {r['errors']}  "
              f"{r['decisions']}")


if __name__ == "__main__":
    main()
