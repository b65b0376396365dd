"""The milter protocol side: pymilter on Debian's libmilter (Sendmail's own milter library, the
one Postfix's milter support is built and tested against). libmilter runs one thread per SMTP
connection; each message is collected (envelope, raw headers, body) and judged at end of data.
The body is never changed; only X-NeedToKnow-* headers are added or removed."""
import logging
import os
import socket as pysocket
import time

import Milter

from .message import Envelope
from .service import Gateway

log = logging.getLogger(__name__)


class GatewayMilter(Milter.Base):
    gateway = None  # set by serve(): one Gateway (one app, its long-lived services) per process

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
            outcome = self.gateway.judge(envelope, raw)
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


def serve(app, socket, timeout=600):
    """Serve the milter protocol on `socket` (`inet:PORT@HOST`, `unix:PATH`) until stopped."""
    GatewayMilter.gateway = Gateway(app)
    Milter.factory = GatewayMilter
    Milter.set_flags(Milter.ADDHDRS | Milter.CHGHDRS)
    _after_open(socket)
    log.info("gateway milter listening on %s", socket)
    Milter.runmilter("needtoknow", socket, timeout)


def _after_open(where):
    """Once libmilter has opened its socket: a unix socket is made connectable by Postfix's
    `postfix` user (keep it in a directory only Postfix and the milter reach); on TCP, TCP_NODELAY
    is set on the listener, which Linux copies to each accepted connection. At end of message
    libmilter writes each header change and then the verdict as small packets, and Nagle would hold
    the verdict until Postfix acknowledges the change, which it delays (~40 ms a message)."""
    import milter as _libmilter

    opensocket = _libmilter.opensocket

    def opened(*args):
        result = opensocket(*args)
        if where.startswith(("unix:", "local:")):
            os.chmod(where.split(":", 1)[1], 0o666)
            return result
        for fd in _listening_tcp_fds():
            sock = pysocket.socket(fileno=fd)
            try:
                sock.setsockopt(pysocket.IPPROTO_TCP, pysocket.TCP_NODELAY, 1)
            finally:
                sock.detach()
        return result
    _libmilter.opensocket = opened


def _listening_tcp_fds():
    for name in os.listdir("/proc/self/fd"):
        try:
            with pysocket.socket(fileno=os.dup(int(name))) as sock:
                if sock.type == pysocket.SOCK_STREAM and sock.family in (pysocket.AF_INET, pysocket.AF_INET6) \
                        and sock.getsockopt(pysocket.SOL_SOCKET, pysocket.SO_ACCEPTCONN):
                    yield int(name)
        except OSError:
            continue
