"""The check's latency: incident-sized and short mail, in-process and over HTTP, cold and with the
attachment referred to by SHA-256; the scan alone against stock Presidio; a 10,000-client
directory against the demo-sized one; the worker's peak RSS.

    .venv/bin/python bench/bench_check.py [--runs 30]
    .venv/bin/python bench/bench_check.py --against ../wt-base [--rounds 5] [--runs 30]

--against compares this tree with another checkout (its own .venv) on a shared machine: worker
processes of the two trees alternate, each timing the incident check (first time), the short
email and the scan alone in CPU time of the checking thread (time.thread_time: the audit queue's
thread and other processes' load are not counted; nor, in trees that read attachments in helper
processes, the extraction) and in wall time, and the medians and their ratios are printed.
"""
import argparse
import base64
import hashlib
import json
import os
import statistics
import sys
import tempfile
import time
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "tests"))

from needtoknow import create_app, db  # noqa: E402
from needtoknow.api.check import check_input, perform  # noqa: E402
from needtoknow.cache import MemoryCache  # noqa: E402
from needtoknow.demo.documents import client_list_pdf  # noqa: E402
from needtoknow.inspect.extract import Limits, extract  # noqa: E402
from needtoknow.inspect.scan import scan  # noqa: E402
from needtoknow.services import get_services  # noqa: E402
from world import LiveServer, load, message  # noqa: E402

ORG = "agency.example"


def timed(fn, runs, setup=None):
    times = []
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def show(label, result):
    print(f"{label:<48} median {result[0]:8.2f} ms   p95 {result[1]:8.2f} ms")
    return result


def make_world(folder, n_clients):
    app = create_app({"DATABASE_URL": f"sqlite:///{folder}/nk{n_clients}.sqlite", "ORG_DOMAINS": (ORG,)})
    db.upgrade(app)
    return app, load(app, n_clients=n_clients)


def requests_for(world):
    clients = world.clients[:120]
    relatives = [r["email"] for r, _c in world.relatives()][:16]
    staff = [p["email"] for p in world.of_kind("care_worker") + world.of_kind("office_staff")]
    to = (staff + [f"worker{i:03}@{ORG}" for i in range(198)])[:198 - len(relatives)] + relatives
    pdf = client_list_pdf(clients)
    att = {"name": "clients.pdf", "content_type": "application/pdf",
           "content_base64": base64.b64encode(pdf).decode()}
    incident = message(to, "Updated list attached.", subject="Client list", attachments=[att])
    by_hash = dict(incident, attachments=[{"name": "clients.pdf", "sha256": hashlib.sha256(pdf).hexdigest()}])
    short = message([world.of_kind("office_staff")[0]["email"]], "Can you cover the 2pm call tomorrow? Thanks",
                    subject="Cover")
    return incident, by_hash, short, pdf


def in_process(app, label, body, runs, cold=False, warm=None):
    services = get_services(app)
    kept = services.cache
    if cold:
        services.cache = MemoryCache(max_entries=0)  # remembers nothing: every run extracts
    try:
        with app.test_request_context():
            if warm is not None:
                perform(check_input(warm, app.config))  # the add-in sent the content once
            inp = check_input(body, app.config)
            perform(inp)  # warm the snapshot (and the cache, when there is one)
            return show(label, timed(lambda: perform(inp), runs))
    finally:
        services.cache = kept


def paired(app_a, body_a, app_b, body_b, label, runs, cold=False):
    """Medians of two apps' checks timed in alternation, and their ratio (b / a)."""
    checks = []
    for app, body in ((app_a, body_a), (app_b, body_b)):
        if cold:
            get_services(app).cache = MemoryCache(max_entries=0)
        with app.test_request_context():
            inp = check_input(body, app.config)
            perform(inp)
        checks.append((app, inp))
    times = ([], [])
    for _ in range(runs):
        for (app, inp), out in zip(checks, times):
            with app.test_request_context():
                start = time.perf_counter()
                perform(inp)
                out.append((time.perf_counter() - start) * 1000)
    a, b = (statistics.median(t) for t in times)
    print(f"  {label:<46} 120: {a:7.2f} ms   10,000: {b:7.2f} ms   ratio {b / a:5.2f}x")


def over_http(app, label, body, runs, cold=False):
    """POSTs to the app on a real socket (werkzeug's threaded server, as `needtoknow serve`)."""
    server = LiveServer(app)
    services = get_services(app)
    kept = services.cache
    if cold:
        services.cache = MemoryCache(max_entries=0)
    data = json.dumps(body).encode()
    try:
        def post():
            request = urllib.request.Request(server.url + "/api/v1/check", data=data,
                                             headers={"Content-Type": "application/json"})
            urllib.request.urlopen(request).read()
        post()
        return show(label, timed(post, runs))
    finally:
        services.cache = kept
        server.stop()


def stock_presidio():
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NoOpNlpEngine

    engine = NoOpNlpEngine(models=[{"lang_code": "en", "model_name": "none"}])
    engine.load()
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(nlp_engine=engine)
    return AnalyzerEngine(registry=registry, nlp_engine=engine)


def scans(app, pdf, runs):
    parts = extract("clients.pdf", pdf, Limits()).parts
    text = "\n".join(p.text for p in parts)
    index = get_services(app).snapshots.current.index
    show("PDF extraction alone (5 pages)", timed(lambda: extract("clients.pdf", pdf, Limits()), runs))
    ours = show("scan alone (extracted text)", timed(lambda: scan(parts, index), runs))
    analyzer = stock_presidio()
    entities = ["PHONE_NUMBER", "UK_NHS", "EMAIL_ADDRESS", "DATE_TIME"]
    stock = show("stock Presidio AnalyzerEngine (model-free)",
                 timed(lambda: analyzer.analyze(text=text, language="en"), runs))
    print(f"{'ratio stock / ours (medians)':<48} {stock[0] / ours[0]:8.1f}x")
    found = analyzer.analyze(text=text, language="en", entities=entities)
    print(f"stock Presidio findings: {len(found)}; our evidence counts: {dict(scan(parts, index).counts)}")


def cpu_medians(runs):
    """{label: median ms of CPU time in the checking thread} on a fresh 120-client world."""
    with tempfile.TemporaryDirectory() as folder:
        app, world = make_world(folder, 120)
        incident, _by_hash, short, pdf = requests_for(world)
        get_services(app).cache = MemoryCache(max_entries=0)
        parts = extract("clients.pdf", pdf, Limits()).parts
        services = get_services(app)
        out = {}
        with app.test_request_context():
            for label, body in (("incident check, first time", incident), ("short email", short)):
                inp = check_input(body, app.config)
                perform(inp)
                out[label] = _cpu(lambda: perform(inp), runs)
                out[label + " (wall)"] = timed(lambda: perform(inp), runs)[0]
        keeper = getattr(services, "snapshots", None)  # older trees kept one _snapshot
        index = (keeper.current if keeper else services._snapshot).index
        out["scan alone (extracted text)"] = _cpu(lambda: scan(parts, index), runs)
        return out


def _cpu(fn, runs):
    times = []
    for _ in range(runs):
        start = time.thread_time()
        fn()
        times.append((time.thread_time() - start) * 1000)
    return statistics.median(times)


def against(other, rounds, runs):
    """Alternate worker processes of `other` (a checkout with its .venv) and this tree."""
    import subprocess

    here = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
    trees = {"other": os.path.abspath(other), "this": os.path.abspath(here)}
    results = {"other": [], "this": []}
    for _ in range(rounds):
        for name, tree in trees.items():
            python = os.path.join(tree, ".venv", "bin", "python")
            out = subprocess.run([python, os.path.abspath(__file__), "--cpu-worker", str(runs)],
                                 check=True, capture_output=True, text=True, cwd=tree).stdout
            results[name].append(json.loads(out.strip().splitlines()[-1]))
    print(f"CPU time of the checking thread (wall time where marked), median of {rounds} alternated worker medians "
          f"({runs} runs each); other = {trees['other']}")
    for label in results["this"][0]:
        a = statistics.median(r[label] for r in results["other"])
        b = statistics.median(r[label] for r in results["this"])
        print(f"  {label:<32} other {a:8.2f} ms   this {b:8.2f} ms   ratio {b / a:5.2f}x")


def main():
    import logging

    logging.disable(logging.INFO)  # request and check log lines would drown the figures
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--against", help="another checkout to compare with, in CPU time")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--rss-worker", help=argparse.SUPPRESS)
    parser.add_argument("--cpu-worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.rss_worker:
        return rss_worker(args.rss_worker)
    if args.cpu_worker:
        return print(json.dumps(cpu_medians(args.cpu_worker)))
    if args.against:
        return against(args.against, args.rounds, args.runs)
    with tempfile.TemporaryDirectory() as folder:
        small, small_world = make_world(folder, 120)
        incident, by_hash, short, pdf = requests_for(small_world)
        print(f"incident request: 120 clients, 198 recipients, PDF {len(pdf)} bytes; 30-run medians")
        in_process(small, "incident check in-process, first time", incident, args.runs, cold=True)
        in_process(small, "incident check in-process, attachment by SHA-256", by_hash, args.runs,
                   warm=incident)
        in_process(small, "short email in-process", short, args.runs)
        over_http(small, "incident check over HTTP, first time", incident, args.runs, cold=True)
        over_http(small, "incident check over HTTP, attachment by SHA-256", by_hash, args.runs)
        over_http(small, "short email over HTTP", short, args.runs)
        scans(small, pdf, args.runs)
        large, large_world = make_world(folder, 10_000)
        incident_l, _by_hash_l, short_l, _pdf = requests_for(large_world)
        print("10,000 clients against 120, runs alternated so both see the same machine:")
        paired(small, incident, large, incident_l, "incident check, first time", args.runs, cold=True)
        paired(small, short, large, short_l, "short email", args.runs)
        for n, app in ((120, small), (10_000, large)):
            print(f"{f'peak RSS of one worker, {n:,} clients':<48} {worker_rss(app):8.1f} MB")


def worker_rss(app):
    """Peak RSS of a fresh process serving checks from a directory imported beforehand (in
    production the import runs in its own process, not in the workers)."""
    import subprocess

    out = subprocess.run([sys.executable, __file__, "--rss-worker", app.config["DATABASE_URL"]],
                         check=True, capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1])


def rss_worker(url):
    import logging

    logging.disable(logging.INFO)
    app = create_app({"DATABASE_URL": url, "ORG_DOMAINS": (ORG,)})
    body = message([f"office@{ORG}"] * 1 + [f"w{i}@{ORG}" for i in range(197)], "Updated list.",
                   attachments=[{"name": "clients.pdf", "content_base64": base64.b64encode(
                       client_list_pdf(_clients_from(app)[:120])).decode()}])
    with app.test_request_context():
        for _ in range(10):
            perform(check_input(body, app.config))
    print(peak_rss_mb())


def peak_rss_mb():
    """VmHWM: this process image's peak (ru_maxrss would carry the parent's over fork+exec)."""
    with open("/proc/self/status") as status:
        line = next(l for l in status if l.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def _clients_from(app):
    from needtoknow.directory.models import Person
    from sqlalchemy import select

    with db.sessions(app)() as session:
        return [{"id": p.id, "full_name": p.full_name, "address": p.address, "postcode": p.postcode,
                 "phone": p.phone} for p in session.scalars(select(Person).where(Person.kind == "client"))]


if __name__ == "__main__":
    main()
