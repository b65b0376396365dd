"""A client-side deadline on PostgreSQL calls.

Server-side timeouts (statement_timeout, lock_timeout) need a server that runs; TCP keepalives need
a peer whose kernel stops answering. A server that is frozen (SIGSTOP, a stalled disk, a VM
paused) still acknowledges every packet, so a call to it waits for ever. Here each call a bounded
thread makes (a statement, commit, rollback, the pool's ping) is registered with its deadline; one
watchdog thread per process shuts the connection's socket down when a deadline passes, so the
waiting call fails at once with a connection error (SQLAlchemy then discards the connection) and the
check answers its fail mode in time.

`bound_this_thread(seconds)` turns the bound on for the calling thread (db.py does it for every
request; the audit writer for its own thread); `None` turns it off.
"""
import contextlib
import itertools
import logging
import os
import socket
import threading
import time

log = logging.getLogger(__name__)
_local = threading.local()
PING_SECONDS = 0.5  # `SELECT 1` on a pooled connection
_BOUNDED = ("do_execute", "do_execute_no_params", "do_commit", "do_rollback", "do_ping")


def bound_this_thread(seconds):
    _local.seconds = seconds if seconds and seconds > 0 else None


class Watchdog:
    def __init__(self):
        self._calls, self._lock, self._ids = {}, threading.Lock(), itertools.count()
        self._wake, self._pid, self.cut = threading.Event(), None, 0

    @contextlib.contextmanager
    def guard(self, dbapi_connection, cap=None):
        seconds = getattr(_local, "seconds", None)
        seconds = min(seconds, cap) if seconds and cap else seconds
        fileno = _fileno(dbapi_connection) if seconds else None
        if fileno is None:
            yield
            return
        key = next(self._ids)
        with self._lock:
            self._started()
            self._calls[key] = (time.monotonic() + seconds, fileno)
        self._wake.set()
        try:
            yield
        finally:
            with self._lock:  # the socket is not touched once the call has returned
                self._calls.pop(key, None)

    def _started(self):
        """One watchdog thread per process, started on first use (after a fork too)."""
        if self._pid != os.getpid():
            self._pid, self._calls = os.getpid(), {}
            threading.Thread(target=self._run, name="db-watchdog", daemon=True).start()

    def _run(self):
        while True:
            with self._lock:
                now = time.monotonic()
                for key, (due, fileno) in list(self._calls.items()):
                    if due <= now:
                        del self._calls[key]
                        self._cut(fileno)
                nearest = min((due for due, _ in self._calls.values()), default=None)
            self._wake.wait(None if nearest is None else max(0.01, nearest - time.monotonic()))
            self._wake.clear()

    def _cut(self, fileno):
        """Shut the socket down (on a duplicate descriptor: the connection's own is not closed
        under its owner's feet); the caller holds the lock, so the call is still in flight."""
        self.cut += 1
        log.error("database call passed its deadline; connection cut")
        try:
            with socket.socket(fileno=os.dup(fileno)) as sock:
                sock.shutdown(socket.SHUT_RDWR)
        except OSError as exc:
            log.warning("could not cut the database connection (%s)", type(exc).__name__)


WATCHDOG = Watchdog()


def _fileno(dbapi_connection):
    try:
        return dbapi_connection.fileno()
    except Exception:  # noqa: BLE001 — a closed or broken connection has no socket to cut
        return None


def bound_dialect(dialect):
    """Wrap the dialect's calls that talk to the server in the watchdog (this engine's only). The
    pool's ping gets a shorter bound: after a failed one the pool still has to connect anew."""
    for name in _BOUNDED:
        setattr(dialect, name, _guarded(getattr(dialect, name),
                                        PING_SECONDS if name == "do_ping" else None))


def _connection(target):
    """The driver's connection behind a cursor, a pooled connection or the connection itself."""
    if hasattr(target, "driver_connection"):
        return target.driver_connection
    if hasattr(target, "fileno"):
        return target
    return getattr(target, "connection", None)


def _guarded(call, cap):
    def guarded(target, *args, **kwargs):
        connection = _connection(target)
        with WATCHDOG.guard(connection, cap):
            return call(target, *args, **kwargs)
    return guarded
