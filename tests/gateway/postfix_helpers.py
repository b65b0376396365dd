"""A throwaway Postfix (Debian's, as packaged) and an aiosmtpd sink standing in for the internet.

Each Postfix gets its own config directory (`postfix -c`), queue and data directories in a
world-readable temp folder (its daemons run as `postfix`), loopback ports, and its log in a file
(`maillog_file`): the only place Postfix explains itself.
"""
import os
import pwd
import shutil
import subprocess
import tempfile
import time

from aiosmtpd.controller import Controller

from gateway_helpers import free_port, wait_port

MASTER_CF = """\
{listen} inet n - n - - smtpd
pickup    unix  n - n 60 1 pickup
cleanup   unix  n - n - 0 cleanup
qmgr      unix  n - n 300 1 qmgr
tlsmgr    unix  - - n 1000? 1 tlsmgr
rewrite   unix  - - n - - trivial-rewrite
bounce    unix  - - n - 0 bounce
defer     unix  - - n - 0 bounce
trace     unix  - - n - 0 bounce
verify    unix  - - n - 1 verify
flush     unix  n - n 1000? 0 flush
proxymap  unix  - - n - - proxymap
smtp      unix  - - n - - smtp
relay     unix  - - n - - smtp
showq     unix  n - n - - showq
error     unix  - - n - - error
retry     unix  - - n - - error
discard   unix  - - n - - discard
anvil     unix  - - n - 1 anvil
scache    unix  - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
"""


def main_cf(root, relay_port, milter_port=None, default_action="tempfail", hostname="gateway.test"):
    lines = [
        "compatibility_level = 3.6",
        f"queue_directory = {root}/queue",
        f"data_directory = {root}/data",
        "mail_owner = postfix", "setgid_group = postdrop",
        f"myhostname = {hostname}", "mydomain = test", "mydestination =",
        "inet_interfaces = 127.0.0.1", "inet_protocols = ipv4", "mynetworks = 127.0.0.0/8",
        "smtpd_relay_restrictions = permit_mynetworks, reject",
        "relay_domains =", f"relayhost = [127.0.0.1]:{relay_port}",
        "smtp_dns_support_level = disabled", "smtp_tls_security_level = none",
        "smtpd_tls_security_level = none",
        "alias_maps =", "alias_database =", "local_recipient_maps =", "biff = no",
        # nothing but the milter may change a relayed message (DKIM must survive)
        "local_header_rewrite_clients =", "disable_mime_output_conversion = yes",
        "smtputf8_enable = no",
        f"maillog_file = {root}/log/postfix.log", f"maillog_file_prefixes = {root}",
        "minimal_backoff_time = 1s", "maximal_backoff_time = 2s", "queue_run_delay = 1s",
        "smtp_connect_timeout = 5s",
    ]
    if milter_port:
        where = milter_port if isinstance(milter_port, str) else f"inet:127.0.0.1:{milter_port}"
        lines += [f"smtpd_milters = {where}", "non_smtpd_milters =",
                  "milter_protocol = 6", f"milter_default_action = {default_action}",
                  "milter_connect_timeout = 5s", "milter_command_timeout = 30s",
                  "milter_content_timeout = 60s"]
    return "\n".join(lines) + "\n"


class Postfix:
    def __init__(self, relay_port, milter_port=None, default_action="tempfail", hostname="gateway.test"):
        self.root = tempfile.mkdtemp(prefix="nk-postfix-")
        os.chmod(self.root, 0o755)
        self.port = free_port()
        for sub in ("etc", "queue", "data", "log"):
            os.makedirs(os.path.join(self.root, sub), mode=0o755)
        postfix = pwd.getpwnam("postfix")
        os.chown(os.path.join(self.root, "data"), postfix.pw_uid, postfix.pw_gid)
        with open(self.conf("main.cf"), "w") as f:
            f.write(main_cf(self.root, relay_port, milter_port, default_action, hostname))
        with open(self.conf("master.cf"), "w") as f:
            f.write(MASTER_CF.format(listen=f"127.0.0.1:{self.port}"))

    def conf(self, name):
        return os.path.join(self.root, "etc", name)

    def run(self, *args):
        return subprocess.run(["postfix", "-c", os.path.join(self.root, "etc"), *args],
                              capture_output=True, text=True, timeout=60)

    def start(self):
        done = self.run("start")
        if done.returncode:
            raise RuntimeError(f"postfix start failed: {done.stderr}\n{self.log()}")
        wait_port(self.port, 30)
        return self

    def stop(self):
        self.run("stop")
        deadline = time.monotonic() + 15
        while os.path.exists(os.path.join(self.root, "queue", "pid", "master.pid")) and time.monotonic() < deadline:
            time.sleep(0.1)

    def flush(self):
        subprocess.run(["postqueue", "-c", os.path.join(self.root, "etc"), "-f"], capture_output=True, timeout=30)

    def queued(self):
        out = subprocess.run(["postqueue", "-c", os.path.join(self.root, "etc"), "-j"], capture_output=True,
                             text=True, timeout=30).stdout
        return [line for line in out.splitlines() if line.strip()]

    def log(self):
        try:
            with open(os.path.join(self.root, "log", "postfix.log"), encoding="utf-8", errors="replace") as f:
                return f.read()
        except FileNotFoundError:
            return ""

    def remove(self):
        shutil.rmtree(self.root, ignore_errors=True)


class Collect:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content))
        return "250 OK"


class Sink:
    """An aiosmtpd server on a free loopback port; `messages` are (from, rcpts, raw bytes)."""

    def __init__(self):
        self.handler = Collect()
        self.port = free_port()
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port)

    @property
    def messages(self):
        return self.handler.messages

    def start(self):
        self.controller.start()
        return self

    def stop(self):
        self.controller.stop()

    def wait(self, n=1, seconds=30):
        deadline = time.monotonic() + seconds
        while len(self.messages) < n and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.messages


class CountingSink:
    """Postfix's `smtp-sink`: a C SMTP server that accepts everything, keeps nothing and counts
    the messages it received. For the bench, where the stand-in for the internet should cost the
    machine as little as the internet would; tests that look at what arrived use `Sink`."""

    def __init__(self):
        self.port, self.proc = free_port(), None
        self.out = tempfile.TemporaryFile()

    def start(self):
        self.proc = subprocess.Popen(["smtp-sink", "-u", "nobody", "-c", f"127.0.0.1:{self.port}", "256"],
                                     stdout=self.out, stderr=subprocess.STDOUT)
        wait_port(self.port, 30, proc=self.proc)
        return self

    def count(self):
        """Messages received so far (its counters line: `sess=N quit=N mesg=N`)."""
        self.out.seek(0)
        last = self.out.read().rsplit(b"\r", 2)
        found = [int(x.split(b"=")[1]) for line in last for x in line.split() if x.startswith(b"mesg=")]
        return max(found, default=0)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(10)


def strip_added(received, sent):
    """`received` without the Received header Postfix put on top and the gateway's header line;
    the rest must equal `sent` byte for byte."""
    head, sep, body = received.partition(b"\r\n\r\n")
    lines = head.split(b"\r\n")
    assert lines[0].startswith(b"Received: ")
    i = 1
    while i < len(lines) and lines[i][:1] in (b" ", b"\t"):
        i += 1
    kept = [x for x in lines[i:] if not x.lower().startswith(b"x-needtoknow-gateway:")]
    return b"\r\n".join(kept) + sep + body
