"""Real parts for the gateway tests: a milter process, mail built with the stdlib, free ports."""
import os
import signal
import socket
import subprocess
import sys
import time
from email.message import EmailMessage
from email.utils import make_msgid

from world import ORG

VENV_BIN = os.path.dirname(sys.executable)
SECRET = "gateway-test-secret-key"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port, seconds=60, proc=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listening on {port}")


def wait_unix(path, seconds=60, proc=None):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process exited with {proc.returncode}")
        try:
            with socket.socket(socket.AF_UNIX) as s:
                s.connect(str(path))
                return
        except OSError:
            time.sleep(0.1)
    raise TimeoutError(f"nothing listening on {path}")


def milter_env(tmp, database_url, **extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEEDTOKNOW_")}
    env.update({"NEEDTOKNOW_DATABASE_URL": database_url, "NEEDTOKNOW_SECRET_KEY": SECRET,
                "NEEDTOKNOW_ORG_DOMAINS": ORG, "NEEDTOKNOW_INSTANCE_PATH": str(tmp),
                "NEEDTOKNOW_AUDIT_SPOOL_DIR": str(tmp / "spool"), "NEEDTOKNOW_LOG_FORMAT": "text",
                "NEEDTOKNOW_AUDIT_RETRY_SECONDS": "0.5"})
    env.update({f"NEEDTOKNOW_{k}": str(v) for k, v in extra.items()})
    return env


class MilterProcess:
    """`needtoknow milter --socket inet:PORT@127.0.0.1` in its own process, its log in a file."""

    def __init__(self, env, log_path, port=None, unix_path=None, command=None):
        self.env, self.log_path, self.port = env, log_path, port or free_port()
        self.unix_path, self.proc = unix_path, None
        self.command = command or [os.path.join(VENV_BIN, "needtoknow")]  # …then `milter --socket …`

    @property
    def socket(self):
        """In libmilter notation."""
        return f"unix:{self.unix_path}" if self.unix_path else f"inet:{self.port}@127.0.0.1"

    @property
    def postfix_socket(self):
        """In Postfix's notation."""
        return f"unix:{self.unix_path}" if self.unix_path else f"inet:127.0.0.1:{self.port}"

    def start(self):
        self.log = open(self.log_path, "ab")
        self.proc = subprocess.Popen([*self.command, "milter", "--socket", self.socket],
                                     env=self.env, stdout=self.log, stderr=subprocess.STDOUT)
        if self.unix_path:
            wait_unix(self.unix_path, proc=self.proc)
        else:
            wait_port(self.port, proc=self.proc)
        return self

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        if self.proc:
            self.log.close()
        self.proc = None

    def text(self):
        with open(self.log_path, "rb") as f:
            return f.read().decode("utf-8", "replace")


def mail(sender, to, body, subject="Note", cc=(), attachments=(), headers=None):
    """(EmailMessage, bytes with CRLF) of a plain message; attachments are (name, bytes, mime)."""
    m = EmailMessage()
    m["From"], m["To"], m["Subject"] = sender, ", ".join(to), subject
    if cc:
        m["Cc"] = ", ".join(cc)
    m["Message-ID"] = make_msgid(domain=ORG)
    m["Date"] = "Thu, 03 Dec 2026 10:00:00 +0000"
    for name, value in (headers or {}).items():
        m[name] = value
    m.set_content(body)
    for name, data, mime in attachments:
        maintype, subtype = mime.split("/", 1)
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    return m, wire(m)


def wire(m):
    """The message as sent: CRLF, long header lines kept (not turned into encoded-words)."""
    return m.as_bytes(policy=m.policy.clone(linesep="\r\n", max_line_length=998))


NO_REPLY_BITS = 0x80 | 0x1000 | 0x2000 | 0x4000 | 0x8000 | 0x10000 | 0x20000 | 0x40000 | 0x80000


def converse(port, sender, recipients, raw):
    """Play the MTA's side of one message with the `miltertest` client (no Postfix): the milter's
    end-of-message answers, e.g. [('h', {...add header...}), ('y', {'smtpcode': '550', ...})]."""
    import miltertest as mt

    if isinstance(port, int):
        sock = socket.create_connection(("127.0.0.1", port), timeout=60)
    else:  # a unix socket's path
        sock = socket.socket(socket.AF_UNIX)
        sock.settimeout(60)
        sock.connect(str(port))
    try:
        conn = mt.MilterConnection(sock)
        _actions, protocol = conn.optneg_mta(protocol=mt.SMFI_V6_PROT & ~NO_REPLY_BITS)
        if not protocol & mt.SMFIP_NOCONNECT:
            conn.send(mt.SMFIC_CONNECT, hostname="upstream.test", family=mt.SMFIA_INET, port=25,
                      address="127.0.0.1")
        if not protocol & mt.SMFIP_NOHELO:
            conn.send(mt.SMFIC_HELO, helo="upstream.test")
        conn.send(mt.SMFIC_MAIL, args=[f"<{sender}>"])
        for r in recipients:
            conn.send(mt.SMFIC_RCPT, args=[f"<{r}>"])
        if not protocol & mt.SMFIP_NODATA:
            conn.send(mt.SMFIC_DATA)
        head, _, body = raw.partition(b"\r\n\r\n")
        for name, value in _headers(head):
            conn.send(mt.SMFIC_HEADER, name=name, value=value)
        conn.send(mt.SMFIC_EOH)
        if body:
            conn.send_body(body.decode("utf-8"))  # the client encodes str as UTF-8
        replies = conn.send_eom()
        conn._send(mt.SMFIC_QUIT)
        return replies
    finally:
        sock.close()


def _headers(head):
    out = []
    for line in head.decode("utf-8", "surrogateescape").split("\r\n"):
        if line[:1] in (" ", "\t") and out:
            out[-1] = (out[-1][0], out[-1][1] + "\r\n" + line)
        elif ":" in line:
            name, value = line.split(":", 1)
            out.append((name, value.lstrip()))
    return out


class TcpProxy:
    """Forwards a loopback port to the shared PostgreSQL; `stop()` is the database going away for
    whoever connects through it (the shared server itself is never stopped)."""

    def __init__(self, target_port, target_host="127.0.0.1"):
        import threading

        self.target = (target_host, target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.open, self.running = [], True
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        import threading

        while self.running:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            if not self.running:
                client.close()
                return
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            self.open += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(a, b):
        try:
            while True:
                data = a.recv(65536)
                if not data:
                    break
                b.sendall(data)
        except OSError:
            pass
        finally:
            for s in (a, b):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def stop(self):
        self.running = False
        try:
            self.listener.shutdown(socket.SHUT_RDWR)  # wakes the accepting thread (Linux)
        except OSError:
            pass
        self.listener.close()
        for s in self.open:
            try:
                s.shutdown(socket.SHUT_RDWR)
                s.close()
            except OSError:
                pass
