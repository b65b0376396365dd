"""The mail gateway on this machine: smtplib → Postfix (Debian's, throwaway) → milter → a sink.

Prints, for a short mail and for a 5-page PDF attachment (120 clients, no codes, to the office:
allowed, so it is delivered), the SMTP transaction time through Postfix without the milter and
with it (the difference is the latency the gateway adds, p50 and p95), and the messages per second
the gateway accepts with several senders at once — with the same PDF every time (the findings
cache answers) and with a different PDF every time (each one read). Under each rate: CPU
milliseconds per message of each part (Postfix, the milter's processes, their attachment helpers,
the sink, the senders in this process), the 2-core ceiling they imply and the CPUs the run used —
on a machine shared with other work the rate depends on the neighbours, CPU per message much less.
The sink is Postfix's smtp-sink (C, keeps nothing) unless `--sink aiosmtpd`. The milter's
database is, as deployed, PostgreSQL (a throwaway database on 127.0.0.1:5432, dropped at the end;
its server's CPU is a part of its own), or with `--database sqlite` a file beside the milter.

    .venv/bin/python bench/bench_gateway.py [--runs 40] [--messages 200] [--senders 4]
        [--milter-processes N] [--sink smtp-sink|aiosmtpd] [--tcp] [--database postgres|sqlite]
"""
import argparse
import hashlib
import os
import random
import resource
import smtplib
import statistics
import sys
import tempfile
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "tests"), str(HERE.parent / "tests" / "gateway")]

import cpu_time  # noqa: E402
from gateway_helpers import MilterProcess, mail, milter_env  # noqa: E402
from needtoknow import create_app, db  # noqa: E402
from needtoknow.demo.documents import client_list_pdf  # noqa: E402
from postfix_helpers import CountingSink, Postfix, Sink  # noqa: E402
from throwaway_db import database, url_of  # noqa: E402
from world import ORG, load  # noqa: E402

SENDER = f"office@{ORG}"


def percentiles(times):
    times = sorted(times)
    return statistics.median(times), times[max(0, int(len(times) * 0.95) - 1)]


def send_once(port, rcpts, raw):
    start = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port, timeout=120) as smtp:
        smtp.sendmail(SENDER, rcpts, raw)
    return (time.perf_counter() - start) * 1000


def latency(port, rcpts, raw, runs):
    send_once(port, rcpts, raw)  # warm: the first connection, caches
    return percentiles([send_once(port, rcpts, raw) for _ in range(runs)])


def throughput(port, rcpts, raws, senders, meter):
    """(messages/s, CPU seconds per message by part)."""
    meter.start()
    start = time.perf_counter()
    with ThreadPoolExecutor(senders) as pool:
        list(pool.map(lambda raw: send_once(port, rcpts, raw), raws))
    rate = len(raws) / (time.perf_counter() - start)
    return rate, {label: seconds / len(raws) for label, seconds in meter.stop().items()}


def meter_for(postfix, milter, sink, postgres):
    """CPU seconds of each part of the bench: the gateway's Postfix (master, smtpd, cleanup, qmgr,
    smtp …), the milter's processes, their extraction helpers, PostgreSQL's server (when the
    milter uses it), the sink and this process's senders."""
    master = int(Path(postfix.root, "queue", "pid", "master.pid").read_text().split()[0])
    milter_pid = milter.proc.pid
    if isinstance(sink, CountingSink):
        sink_seconds = lambda: cpu_time.tree_seconds(sink.proc.pid)
        in_this_process = lambda: 0.0
    else:  # aiosmtpd: a thread of this process
        sink_tid = sink.controller._thread.native_id
        sink_seconds = in_this_process = lambda: cpu_time.thread_seconds(sink_tid)
    own = lambda: sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
    return cpu_time.Meter({
        "postfix": lambda: cpu_time.tree_seconds(master),
        "milter": lambda: cpu_time.program_seconds(milter_pid),
        "helpers": lambda: cpu_time.tree_seconds(milter_pid) - cpu_time.program_seconds(milter_pid),
        **({"postgres": lambda: cpu_time.named_seconds("postgres")} if postgres else {}),
        "sink": sink_seconds,
        "senders": lambda: own() - in_this_process(),
    })


def show_rate(label, rate, cpu, note=""):
    total = sum(cpu.values())
    parts = "  ".join(f"{k} {v * 1000:.1f}" for k, v in cpu.items())
    print(f"  {label:<32} {rate:7.1f} messages/s{note}")
    print(f"  {'':<32} CPU ms/message: {parts}  = {total * 1000:.1f}  "
          f"(2-core ceiling {2 / total if total else 0:.0f}/s; this run used {rate * total:.2f} CPUs)")


def messages(world):
    office = world.of_kind("office_staff")[0]["email"]
    _m, short = mail(SENDER, [office], "Team meeting moved to 10:30 on Friday.")
    clients = world.clients[:120]
    pdf = client_list_pdf(clients, False)
    _m, with_pdf = mail(SENDER, [office], "The client list is attached.",
                        attachments=[("Client list.pdf", pdf, "application/pdf")])
    return [office], short, with_pdf, clients


def distinct_pdfs(office, clients, n):
    """`n` messages whose PDFs all differ (the clients in another order each time), so none is
    answered from the findings cache."""
    out, seen = [], set()
    for i in range(n):
        turned = list(clients)
        random.Random(i).shuffle(turned)
        pdf = client_list_pdf(turned, False)
        seen.add(hashlib.sha256(pdf).digest())
        _m, raw = mail(SENDER, office, f"Client list {i}", attachments=[("Client list.pdf", pdf, "application/pdf")])
        out.append(raw)
    assert len(seen) == n, "every PDF must be new"
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--senders", type=int, default=4)
    parser.add_argument("--milter-processes", type=int, default=None,
                        help="NEEDTOKNOW_MILTER_PROCESSES for the milter (default: the setting's default)")
    parser.add_argument("--sink", choices=("smtp-sink", "aiosmtpd"), default="smtp-sink",
                        help="what stands in for the internet: Postfix's smtp-sink (C, keeps nothing; "
                             "default) or the aiosmtpd sink the tests use (Python, in this process)")
    parser.add_argument("--tcp", action="store_true",
                        help="Postfix reaches the milter over loopback TCP (default: a unix socket, as deployed)")
    parser.add_argument("--database", choices=("postgres", "sqlite"), default="postgres")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="nk-bench-gateway-"))
    tmp.chmod(0o755)  # Postfix's smtpd (user postfix) reaches the milter's unix socket in here
    if args.database == "sqlite":
        url, name = f"sqlite:///{tmp}/nk.sqlite", None
    else:
        name = f"nk_bench_gw_{uuid.uuid4().hex[:8]}"
        database(name, "create")
        url = url_of(name)
    try:
        run(args, tmp, url)
    finally:
        if name:
            database(name, "drop")


def run(args, tmp, url):
    app = create_app({"DATABASE_URL": url, "ORG_DOMAINS": (ORG,), "SECRET_KEY": "bench"})
    db.upgrade(app)
    world = load(app, n_clients=120)
    office, short, with_pdf, clients = messages(world)
    print(f"short mail {len(short)} bytes; PDF mail {len(with_pdf) // 1024} KiB (5 pages, 120 clients); "
          f"milter on {'loopback TCP' if args.tcp else 'a unix socket'}, database {args.database}, "
          f"{args.milter_processes or 'default'} milter process(es)")
    sink = (CountingSink() if args.sink == "smtp-sink" else Sink()).start()
    settings = {"MILTER_PROCESSES": args.milter_processes} if args.milter_processes else {}
    milter = MilterProcess(milter_env(tmp, url, SECRET_KEY="bench", LOG_LEVEL="WARNING", **settings), tmp / "milter.log",
                           unix_path=None if args.tcp else tmp / "milter.sock").start()
    plain = Postfix(sink.port).start()
    gateway = Postfix(sink.port, milter.postfix_socket).start()
    try:
        report(plain.port, gateway.port, office, short, with_pdf, clients, args,
               meter_for(gateway, milter, sink, args.database == "postgres"))
        delivered = sink.count() if isinstance(sink, CountingSink) else len(sink.messages)
        print(f"delivered to the sink ({args.sink}): {delivered}")
    finally:
        for postfix in (plain, gateway):
            postfix.stop()
            postfix.remove()
        milter.stop()
        sink.stop()


def report(plain_port, gateway_port, office, short, with_pdf, clients, args, meter):
    for label, raw in (("short mail", short), ("5-page PDF", with_pdf)):
        base = latency(plain_port, office, raw, args.runs)
        gated = latency(gateway_port, office, raw, args.runs)
        print(f"{label:<12} Postfix alone  p50 {base[0]:7.1f} ms  p95 {base[1]:7.1f} ms")
        print(f"{label:<12} with gateway   p50 {gated[0]:7.1f} ms  p95 {gated[1]:7.1f} ms   "
              f"added p50 {gated[0] - base[0]:7.1f} ms  p95 {gated[1] - base[1]:7.1f} ms")
    n, senders = args.messages, args.senders
    fresh = distinct_pdfs(office, clients, n)
    print(f"throughput, {senders} senders, {n} messages each run:")
    for label, raws in (("short mail", [short] * n), ("5-page PDF, the same every time", [with_pdf] * n),
                        ("5-page PDF, a new one each time", fresh)):
        rate, cpu = throughput(gateway_port, office, raws, senders, meter)
        show_rate(label, rate, cpu)
    print(f"  (this machine: {os.cpu_count()} CPUs, shared with whatever else runs; "
          f"load average {' '.join(f'{x:.2f}' for x in os.getloadavg())})")


if __name__ == "__main__":
    main()
