"""The milter protocol side: pymilter on Debian's libmilter (Sendmail's own milter library, the
one Postfix's milter support is built and tested against). libmilter runs one thread per SMTP
connection; each message is collected (envelope, raw headers, body) and judged at end of data.
The body is never changed; only X-NeedToKnow-* headers are added or removed."""
import logging

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
        try:
            outcome = self.gateway.judge(envelope, raw)
            return self._apply(outcome, len(envelope.recipients))
        except Exception as exc:  # noqa: BLE001 — Postfix must get an answer; the type is no content
            log.error("gateway: no decision (%s); answering the fail mode", type(exc).__name__)
            if self.gateway.config["FAIL_MODE"] == "block" and self.gateway.config["GATEWAY_MODE"] != "observe":
                self.setreply("451", "4.7.1", "Need to Know could not check this email now; "
                                              "the sending server will try again.")
                return Milter.TEMPFAIL
            return Milter.ACCEPT

    def _apply(self, outcome, recipients):
        answer = outcome.verdict
        log.info("gateway: queue %s check %s decision %s outcome %s recipients %d",
                 self.getsymval("i") or "-", outcome.check_id, outcome.decision, answer.outcome, recipients)
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
    log.info("gateway milter listening on %s", socket)
    Milter.runmilter("needtoknow", socket, timeout)
