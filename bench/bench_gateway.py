"""The mail gateway on this machine: smtplib → Postfix (Debian's, throwaway) → milter → aiosmtpd sink.

Prints, for a short mail and for a 5-page PDF attachment (120 clients, no codes, to the office:
allowed, so it is delivered), the SMTP transaction time through Postfix without the milter and
with it (the difference is the latency the gateway adds, p50 and p95), and the messages per second
the gateway accepts with several senders at once — with the same PDF every time (the findings
cache answers) and with a different PDF every time (each one read).

    .venv/bin/python bench/bench_gateway.py [--runs 40] [--messages 200] [--senders 4] [--tcp]
"""
import argparse
import os
import smtplib
import statistics
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent / "tests"), str(HERE.parent / "tests" / "gateway")]

from gateway_helpers import MilterProcess, mail, milter_env  # noqa: E402
from needtoknow import create_app, db  # noqa: E402
from needtoknow.demo.documents import client_list_pdf  # noqa: E402
from postfix_helpers import Postfix, Sink  # noqa: E402
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


def throughput(port, rcpts, raws, senders):
    start = time.perf_counter()
    with ThreadPoolExecutor(senders) as pool:
        list(pool.map(lambda raw: send_once(port, rcpts, raw), raws))
    return len(raws) / (time.perf_counter() - start)


def messages(world):
    office = world.of_kind("office_staff")[0]["email"]
    _m, short = mail(SENDER, [office], "Team meeting moved to 10:30 on Friday.")
    clients = world.clients[:120]
    pdf = client_list_pdf(clients, False)
    _m, with_pdf = mail(SENDER, [office], "The client list is attached.",
                        attachments=[("Client list.pdf", pdf, "application/pdf")])
    return [office], short, with_pdf, clients


def distinct_pdfs(office, clients, n):
    out = []
    for i in range(n):
        turned = clients[i % len(clients):] + clients[:i % len(clients)]
        _m, raw = mail(SENDER, office, f"Client list {i}", attachments=[
            ("Client list.pdf", client_list_pdf(turned, False), "application/pdf")])
        out.append(raw)
    return out


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--senders", type=int, default=4)
    parser.add_argument("--tcp", action="store_true",
                        help="Postfix reaches the milter over loopback TCP (default: a unix socket, as deployed)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="nk-bench-gateway-"))
    tmp.chmod(0o755)  # Postfix's smtpd (user postfix) reaches the milter's unix socket in here
    url = f"sqlite:///{tmp}/nk.sqlite"
    app = create_app({"DATABASE_URL": url, "ORG_DOMAINS": (ORG,), "SECRET_KEY": "bench"})
    db.upgrade(app)
    world = load(app, n_clients=120)
    office, short, with_pdf, clients = messages(world)
    print(f"short mail {len(short)} bytes; PDF mail {len(with_pdf) // 1024} KiB (5 pages, 120 clients); "
          f"milter on {'loopback TCP' if args.tcp else 'a unix socket'}")
    sink = Sink().start()
    milter = MilterProcess(milter_env(tmp, url, SECRET_KEY="bench", LOG_LEVEL="WARNING"), tmp / "milter.log",
                           unix_path=None if args.tcp else tmp / "milter.sock").start()
    plain = Postfix(sink.port).start()
    gateway = Postfix(sink.port, milter.postfix_socket).start()
    try:
        report(plain.port, gateway.port, office, short, with_pdf, clients, args)
        delivered = len(sink.messages)
        print(f"delivered to the sink: {delivered}")
    finally:
        for postfix in (plain, gateway):
            postfix.stop()
            postfix.remove()
        milter.stop()
        sink.stop()


def report(plain_port, gateway_port, office, short, with_pdf, clients, args):
    for label, raw in (("short mail", short), ("5-page PDF", with_pdf)):
        base = latency(plain_port, office, raw, args.runs)
        gated = latency(gateway_port, office, raw, args.runs)
        print(f"{label:<12} Postfix alone  p50 {base[0]:7.1f} ms  p95 {base[1]:7.1f} ms")
        print(f"{label:<12} with gateway   p50 {gated[0]:7.1f} ms  p95 {gated[1]:7.1f} ms   "
              f"added p50 {gated[0] - base[0]:7.1f} ms  p95 {gated[1] - base[1]:7.1f} ms")
    n, senders = args.messages, args.senders
    print(f"throughput, {senders} senders, {n} messages each run:")
    print(f"  short mail                       {throughput(gateway_port, office, [short] * n, senders):7.1f} messages/s")
    print(f"  5-page PDF, the same every time  {throughput(gateway_port, office, [with_pdf] * n, senders):7.1f} messages/s")
    fresh = distinct_pdfs(office, clients, max(10, n // 5))
    print(f"  5-page PDF, a new one each time  {throughput(gateway_port, office, fresh, senders):7.1f} messages/s "
          f"({len(fresh)} messages)")
    print(f"  (this machine: {os.cpu_count()} CPUs, shared with whatever else runs)")


if __name__ == "__main__":
    main()
