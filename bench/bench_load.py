"""Load test on the production shape: `needtoknow serve --production` (gunicorn with the shipped
settings), PostgreSQL, Redis, rate limiting on and an API key, driven on loopback, open loop.

Run:  .venv/bin/python bench/bench_load.py [--rate 300] [--seconds 20] [--phases short,pdf,mix,hostile]

It creates a throwaway database on 127.0.0.1:5432 (trust auth), migrates it, creates an API key,
starts --instances instances (the first loads the 40-client demo directory) and measures, with a
bounded asyncio HTTP/1.1 client (keep-alive, no third-party client; each request has its due time
and latency counts from it, so queueing behind a slow server shows):

  short    short mail, open loop at --rate checks/s for --seconds;
  pdf      8 concurrent checks of a 5-page PDF (bytes no earlier check had: read every time) for 15 s;
  mix      short mail at --rate with --pdf-share of the checks carrying a 5-page PDF;
  hostile  ten hostile requests (tests/hostile_files.py) in flight while short mail goes on at
           --hostile-rate: the normal checks' p95 and the slowest hostile answer.

For each it prints achieved rate, p50/p95/p99, errors, worker restarts (from the gunicorn log;
workers recycled after max_requests are counted apart, as planned, not as restarts)
and the peak RSS of any web worker. Everything stops by itself; the database is dropped and the
keys in the Redis database it used (db 15 by default) are deleted at the end.
Targets on a 2-core machine (load generator included): short >= 300/s with p95 <= 50 ms, 0
errors; pdf 0 failures, 0 restarts; hostile: normal p95 <= 1 s, every hostile answer within the
check deadline (NEEDTOKNOW_CHECK_SECONDS).
"""
import argparse
import asyncio
import base64
import functools
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
sys.path.insert(0, str(ROOT / "tests"))
NEEDTOKNOW = str(ROOT / ".venv" / "bin" / "needtoknow")
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"
SENDER = "office@agency.example"
STAFF = ["chidi.roberts@agency.example", "rota@agency.example"]


def short_mail(i):
    return {"sender": SENDER, "to": [STAFF[i % 2]], "subject": f"Cover for Tuesday {i}",
            "body": "Hi, could you cover the 9am call on Tuesday? The office will confirm. Thanks",
            "client": {"host": "bench", "version": "1"}}


API_KEY = {"value": ""}  # set once the key is created; every request carries it


def http_request(body):
    data = json.dumps(body).encode()
    return (b"POST /api/v1/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Authorization: Bearer " + API_KEY["value"].encode() + b"\r\n"
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
            for attempt in (1, 2):  # a kept-alive connection the server closed: once more, anew
                fresh = conn.writer is None
                try:
                    return await conn.send(raw)
                except (OSError, asyncio.IncompleteReadError, ValueError, IndexError):
                    conn.close()
                    if fresh or attempt == 2:
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


class _Unending:
    """requests[i] made when asked: as many distinct requests as a phase takes."""

    def __init__(self, make):
        self.make = make

    def __getitem__(self, i):
        return self.make(i)

    def __len__(self):
        return 10 ** 9


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


class Watch:
    """Worker restarts (gunicorn log) and the peak RSS of any web worker, per phase."""

    def __init__(self, procs, log_dir):
        self.procs, self.log_dir, self.peak = procs, Path(log_dir), 0

    def count(self, line):
        return sum(p.read_text(errors="replace").count(line) for p in self.log_dir.glob("instance-*.log"))

    def restarts(self):
        """Workers replaced: (planned, after max_requests; ended otherwise: killed by a signal,
        exited with an error or timed out — the master logs each)."""
        ended = sum(self.count(line) for line in ("was sent", "exited with code", "WORKER TIMEOUT"))
        return self.count("Autorestarting worker after current request"), ended

    def sample(self):
        import psutil

        for proc in self.procs:
            for worker in psutil.Process(proc.pid).children():  # gunicorn master -> web workers
                try:
                    self.peak = max(self.peak, worker.memory_info().rss)
                except psutil.Error:
                    pass

    def cpu_seconds(self):
        """CPU seconds so far of: the web instances (master, workers, helpers), Redis and
        PostgreSQL on this machine, and this load generator — what a check costs the 2 cores."""
        import psutil

        totals = {"web": 0.0, "redis+postgres": 0.0, "load generator": 0.0}
        for proc in self.procs:
            try:
                master = psutil.Process(proc.pid)
                family = [master] + master.children(recursive=True)
                ended = master.cpu_times()  # workers the master reaped (recycled or crashed)
            except psutil.Error:
                continue
            totals["web"] += sum(_cpu(p) for p in family) + ended.children_user + ended.children_system
        for p in psutil.process_iter(["name"]):
            if p.info["name"] and p.info["name"].startswith(("redis-server", "postgres")):
                totals["redis+postgres"] += _cpu(p)
        totals["load generator"] = _cpu(psutil.Process())
        return totals

    async def during(self, coroutine):
        """Run a phase; returns its summary with restarts, peak web-worker RSS and CPU
        milliseconds per request (by part) added."""
        self.peak, (recycled, replaced) = 0, self.restarts()
        cpu_before = self.cpu_seconds()

        async def sampler():
            while True:
                self.sample()
                await asyncio.sleep(0.5)

        task = asyncio.create_task(sampler())
        try:
            result = await coroutine
        finally:
            task.cancel()
        recycled_after, replaced_after = self.restarts()
        result["worker_restarts"] = replaced_after - replaced
        result["workers_recycled"] = recycled_after - recycled
        result["peak_worker_rss_mb"] = round(self.peak / 2 ** 20)
        cpu_after, requests = self.cpu_seconds(), max(1, result["requests"])
        result["cpu_ms_per_request"] = {k: round((cpu_after[k] - cpu_before[k]) * 1000 / requests, 2)
                                        for k in cpu_after}
        return result


def _cpu(process):
    """User + system CPU seconds of one process (children that ended are not counted)."""
    try:
        times = process.cpu_times()
        return times.user + times.system
    except Exception:  # noqa: BLE001 — a process that just ended
        return 0.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rate", type=float, default=300.0, help="short checks/s offered (open loop)")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--phases", default="short,pdf,mix,hostile")
    parser.add_argument("--pdf-share", type=float, default=0.05, help="share of mix checks with a PDF")
    parser.add_argument("--hostile-rate", type=float, default=50.0)
    parser.add_argument("--instances", type=int, default=1)
    parser.add_argument("--port", type=int, default=18601, help="first instance's port")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/15",
                        help="the local Redis; the keys the run made in this db are deleted at the end")
    parser.add_argument("--workers", type=int, default=0, help="gunicorn workers per instance (0: shipped)")
    parser.add_argument("--threads", type=int, default=0, help="threads per worker (0: shipped)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    opts = parser.parse_args()

    name = f"nk_bench_{uuid.uuid4().hex[:8]}"
    ports = [opts.port + n for n in range(opts.instances)]
    log_dir = tempfile.mkdtemp(prefix="needtoknow-bench-")
    env = dict(os.environ, NEEDTOKNOW_DATABASE_URL=f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}",
               NEEDTOKNOW_REDIS_URL=opts.redis, NEEDTOKNOW_RATE_LIMIT="on", NEEDTOKNOW_AUTH_MODE="entra",
               NEEDTOKNOW_SECRET_KEY="bench-" + uuid.uuid4().hex,
               NEEDTOKNOW_RATE_LIMIT_PER_USER="1000000/minute", NEEDTOKNOW_RATE_LIMIT_PER_IP="1000000/minute",
               NEEDTOKNOW_INSTANCE_PATH=log_dir, NEEDTOKNOW_ORG_DOMAINS="agency.example")
    for key, value in (("WORKERS", opts.workers), ("THREADS", opts.threads)):
        if value:
            env[f"NEEDTOKNOW_{key}"] = str(value)
    database(name, "create")
    subprocess.run([NEEDTOKNOW, "db", "upgrade"], env=env, check=True, capture_output=True)
    API_KEY["value"] = subprocess.run([NEEDTOKNOW, "apikey", "create", "bench"], env=env, check=True,
                                      capture_output=True, text=True).stdout.strip().splitlines()[-1]
    procs = []
    try:
        for proc in start_instances(env, ports, log_dir):
            procs.append(proc)
        results = asyncio.run(run_all(opts, ports, Watch(procs, log_dir)))
    finally:
        for proc in procs:
            proc.terminate()
        for proc in procs:
            proc.wait(timeout=120)
        database(name, "drop")
        forget_redis_keys(opts.redis)
    results["setup"] = {"instances": len(ports), "cpus": os.cpu_count(), "logs": log_dir,
                        "workers_per_instance": opts.workers or "shipped", "threads": opts.threads or "shipped",
                        "auth": "API key", "rate_limit": "on (Redis)", "database": "PostgreSQL 127.0.0.1:5432"}
    report(results, opts)
    ok = all(r["errors"] == 0 for k, r in results.items() if k != "setup")
    sys.exit(0 if ok else 1)


def five_page_mail(i):
    """A short mail with a 5-page PDF whose bytes no earlier request had: one of 600 drawn PDFs
    with a comment of its own after its end (readers ignore it; the findings cache, keyed by
    the bytes' SHA-256, cannot answer it), so every check reads the PDF."""
    import hostile_files

    mail = short_mail(i)
    mail["to"] = ["someone@elsewhere.example"]
    pdf = _drawn_pdf(i % 600) + b"%% request %d\n" % i
    mail["attachments"] = [hostile_files.attachment("rota.pdf", pdf)]
    return mail


@functools.cache
def _drawn_pdf(n):
    import hostile_files

    return hostile_files.five_page_pdf(n)


async def run_all(opts, ports, watch):
    pool = Pool(ports, 256)
    shorts = [http_request(short_mail(i)) for i in range(1000)]
    await closed_loop(pool, shorts, 8, 3)  # warm up: connections, snapshots, caches
    phases, results = opts.phases.split(","), {}
    if "pdf" in phases or "mix" in phases:
        [_drawn_pdf(n) for n in range(600)]  # drawn before the clock starts
    pdfs = _Unending(lambda i: http_request(five_page_mail(i))) if "pdf" in phases else []
    if "short" in phases:
        results["short"] = await watch.during(open_loop(pool, shorts, opts.rate, opts.seconds))
    if "pdf" in phases:
        results["pdf"] = await watch.during(closed_loop(pool, pdfs, 8, 15))
    if "mix" in phases:
        every = max(1, round(1 / opts.pdf_share)) if opts.pdf_share > 0 else 10 ** 9
        count = int(opts.rate * opts.seconds)
        mixed = [http_request(five_page_mail(10_000 + i)) if i % every == every - 1 else shorts[i % 1000]
                 for i in range(count)]
        results["mix"] = await watch.during(open_loop(pool, mixed, opts.rate, opts.seconds))
    if "hostile" in phases:
        results["hostile"] = await watch.during(hostile_phase(pool, shorts, opts))
    return results


async def hostile_phase(pool, shorts, opts):
    """Ten hostile requests in flight (each of the shapes, repeated) while short mail goes on."""
    import hostile_files

    shapes = hostile_files.hostile_requests()
    chosen = [shapes[i % len(shapes)] for i in range(10)]
    slowest = []

    async def one(label, raw):
        began = time.perf_counter()
        status, _ = await pool.call(raw)
        slowest.append((time.perf_counter() - began, status, label))

    hostile = [asyncio.create_task(one(label, http_request(body))) for label, body in chosen]
    normal = await open_loop(pool, shorts, opts.hostile_rate, min(opts.seconds, 15))
    await asyncio.gather(*hostile)
    normal["hostile_slowest_s"] = round(max(t for t, _, _ in slowest), 2)
    normal["hostile_errors"] = sum(1 for _, status, _ in slowest if status != 200)
    normal["hostile_by_shape_s"] = {label: round(max(t for t, _, lb in slowest if lb == label), 2)
                                    for _, _, label in slowest}
    return normal


def report(results, opts):
    if opts.json:
        print(json.dumps(results, indent=2))
        return
    setup = results["setup"]
    print(f"{setup['instances']} instance(s) x {setup['workers_per_instance']} worker(s) x "
          f"{setup['threads']} threads, {os.cpu_count()} CPUs, PostgreSQL + Redis on loopback, "
          f"API key, rate limiting on")
    labels = {"short": f"short mail @ {opts.rate:g}/s offered", "pdf": "5-page PDF, 8 in flight",
              "mix": f"short + {opts.pdf_share:.0%} PDF @ {opts.rate:g}/s",
              "hostile": f"short @ {opts.hostile_rate:g}/s + 10 hostile"}
    for key, label in labels.items():
        if key not in results:
            continue
        r = results[key]
        extra = (f"  hostile slowest {r['hostile_slowest_s']} s, errors {r['hostile_errors']}\n"
                 f"    hostile by shape (s): {r['hostile_by_shape_s']}" if key == "hostile" else "")
        print(f"{label:34} {r['checks_per_s']:7.1f} checks/s  p50 {r['p50_ms']:6.1f} ms  "
              f"p95 {r['p95_ms']:6.1f} ms  p99 {r['p99_ms']:6.1f} ms  errors {r['errors']}  "
              f"restarts {r['worker_restarts']} (recycled {r['workers_recycled']})  peak worker RSS {r['peak_worker_rss_mb']} MB  "
              f"{r['decisions']}{extra}")
        print(f"    CPU ms per request: {r['cpu_ms_per_request']}")


if __name__ == "__main__":
    main()
