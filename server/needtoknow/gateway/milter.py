"""The milter protocol side: pymilter on Debian's libmilter (Sendmail's own milter library, the
one Postfix's milter support is built and tested against). libmilter runs one thread per SMTP
connection; each message is collected (envelope, raw headers, body) and judged at end of data.
The body is never changed; only X-NeedToKnow-* headers are added or removed."""
import logging
import os
import socket as pysocket
import time

import Milter

from .. import db
from ..services import get_services
from .message import Envelope
from .processes import supervise
from .service import Gateway
from .threads import PythonThreads

log = logging.getLogger(__name__)


class GatewayMilter(Milter.Base):
    gateway = None  # set by serve(): one Gateway (one app, its long-lived services) per process
    threads = None  # set in each milter process (_ready): where its checks run (threads.py)

    def __init__(self):
        self._reset()

    def _reset(self):
        self.sender, self.recipients, self.chunks = "", [], []

    @Milter.noreply
    def envfrom(self, sender, *params):
        self._reset()
        self.sender = sender
        return Milter.CONTINUE

    @Milter.noreply
    def envrcpt(self, recipient, *params):
        self.recipients.append(recipient)
        return Milter.CONTINUE

    @Milter.noreply
    @Milter.decode("bytes")
    def header(self, name, value):
        name = name if isinstance(name, bytes) else name.encode("ascii", "replace")
        self.chunks.append(name + b": " + value + b"\r\n")
        return Milter.CONTINUE

    @Milter.noreply
    def eoh(self):
        self.chunks.append(b"\r\n")
        return Milter.CONTINUE

    @Milter.noreply
    def body(self, chunk):
        self.chunks.append(chunk)
        return Milter.CONTINUE

    def eom(self):
        raw, envelope = b"".join(self.chunks), Envelope(self.sender, tuple(self.recipients))
        self._reset()
        started = time.perf_counter()
        try:
            outcome = self.threads.run(self.gateway.judge, envelope, raw)
            return self._apply(outcome, len(envelope.recipients), started)
        except Exception as exc:  # noqa: BLE001 — Postfix must get an answer; the type is no content
            log.error("gateway: no decision (%s); answering the fail mode", type(exc).__name__)
            if self.gateway.config["FAIL_MODE"] == "block" and self.gateway.config["GATEWAY_MODE"] != "observe":
                self.setreply("451", "4.7.1", "Need to Know could not check this email now; "
                                              "the sending server will try again.")
                return Milter.TEMPFAIL
            return Milter.ACCEPT

    def _apply(self, outcome, recipients, started):
        answer = outcome.verdict
        log.info("gateway: queue %s check %s decision %s outcome %s recipients %d ms %.1f",
                 self.getsymval("i") or "-", outcome.check_id, outcome.decision, answer.outcome, recipients,
                 (time.perf_counter() - started) * 1000)
        if answer.action == "reject":
            self.setreply(answer.code, answer.xcode, *answer.lines)
            return Milter.REJECT
        if answer.action == "tempfail":
            self.setreply(answer.code, answer.xcode, *answer.lines)
            return Milter.TEMPFAIL
        for name, index in reversed(outcome.remove_headers):
            self.chgheader(name, index, "")
        if outcome.add_header:
            self.addheader(*outcome.add_header)
        return Milter.ACCEPT

    def abort(self):
        self._reset()
        return Milter.CONTINUE

    def close(self):
        return Milter.CONTINUE


def serve(app, socket, timeout=600, processes=1):
    """Serve the milter protocol on `socket` (`inet:PORT@HOST`, `unix:PATH`) until stopped, in
    `processes` forked processes sharing the socket (processes.py); the exit code."""
    Milter.factory = GatewayMilter
    Milter.set_flags(Milter.ADDHDRS | Milter.CHGHDRS)
    GatewayMilter.gateway = Gateway(app)
    outcome = {"code": 0}
    _between_open_and_main(socket, lambda main: outcome.update(
        code=supervise(processes, lambda: (_ready(app), main()))))
    log.info("gateway milter listening on %s (%d process%s)", socket, processes, "" if processes == 1 else "es")
    Milter.runmilter("needtoknow", socket, timeout)
    return outcome["code"]


def _ready(app):
    """In a new milter process, before it takes mail: database connections of its own (none
    inherited across the fork), its extraction helpers started, its snapshot current, the engine
    warmed (Services.warm) here rather than in the parent (native libraries, lxml and PDFium, are
    first used after the fork, never carried across it), and the threads its checks run on."""
    db.sessions(app).kw["bind"].dispose(close=False)
    get_services(app).warm()
    GatewayMilter.threads = PythonThreads()


def _between_open_and_main(where, then):
    """pymilter's `runmilter` registers the callbacks, opens the socket and runs libmilter's loop;
    this hooks the two steps between. Once the socket is open: a unix socket is made connectable
    by Postfix's `postfix` user (keep it in a directory only Postfix and the milter reach); on TCP,
    TCP_NODELAY is set on the listener, which Linux copies to each accepted connection (at end of
    message libmilter writes each header change and then the verdict as small packets, and Nagle
    would hold the verdict until Postfix acknowledges the change, which it delays: ~40 ms a
    message). The listener is made non-blocking: when several processes wait on it, those that
    lose the race for a connection get EAGAIN (libmilter polls again) instead of blocking in
    accept() where they would not see a stop. Then `then(main)` runs in place of the loop."""
    import milter as _libmilter

    opensocket, main = _libmilter.opensocket, _libmilter.main

    def opened(*args):
        result = opensocket(*args)
        if where.startswith(("unix:", "local:")):
            os.chmod(where.split(":", 1)[1], 0o666)
        _prepare_listeners()
        return result
    _libmilter.opensocket = opened
    _libmilter.main = lambda: then(main)


def _prepare_listeners():
    """This process's listening stream sockets (libmilter's): TCP_NODELAY on TCP, non-blocking.
    Both are properties of the socket itself, so a duplicate of its descriptor sets them."""
    for name in os.listdir("/proc/self/fd"):
        try:
            with pysocket.socket(fileno=os.dup(int(name))) as sock:
                if sock.type != pysocket.SOCK_STREAM or not sock.getsockopt(pysocket.SOL_SOCKET,
                                                                            pysocket.SO_ACCEPTCONN):
                    continue
                if sock.family in (pysocket.AF_INET, pysocket.AF_INET6):
                    sock.setsockopt(pysocket.IPPROTO_TCP, pysocket.TCP_NODELAY, 1)
                sock.setblocking(False)
        except OSError:
            continue
