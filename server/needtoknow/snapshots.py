"""The directory snapshot, kept fresh in the background: a change never makes a check wait.

Double-buffered: checks read `current` (one attribute read, no database round trip); a watcher
thread reads the directory and policy revisions every `refresh` seconds, builds the new snapshot
beside the old one when they changed, then swaps the reference. So a change is seen within
`refresh` seconds plus one build (0.1 s at 1,000 clients, a few seconds at 50,000), and checks
meanwhile answer from the previous snapshot. Staleness (seconds since the revisions were last
confirmed) is in /readyz details and the `needtoknow_snapshot_age_seconds` gauge.

Under gunicorn the master builds the first snapshot before forking (infra/gunicorn.conf.py,
`when_ready`), so workers start with it and take no traffic without one; each worker then keeps
its own copy fresh, one worker at a time (`build_lock`, a file lock in the instance folder): parts
of a build hold the interpreter for a while (at 50,000 clients the Aho-Corasick automaton's
`make_automaton` ~1 s, the directory read ~0.5 s), and a worker held so accepts no new connection,
so the others must be free to take them. Shipping a snapshot built elsewhere was measured and
rejected: unpickling one at 50,000 clients holds the interpreter longer (~7 s) than building it. `refresh` 0 keeps the old behaviour: revisions read and a change rebuilt inside
the check (tests and the one-shot CLI, where there is no background).

A build makes about a million long-lived objects at 50,000 clients, and Python's cyclic garbage
collector runs a full collection each time the long-lived objects grow by a quarter: each one
walks them all and holds every thread of the process, 0.3-3 s at a time (measured: the slowest
pause 3.0 s, the build itself 2.5 times slower). So the collector is paused while a snapshot is
built, and in the background mode the result is frozen (`gc.freeze`: moved where no collection
looks, as Python's documentation advises before forking workers too). A snapshot has no reference
cycles (tests/test_snapshots_gc.py), so one that is replaced is freed by reference counting all the
same.
"""
import contextlib
import fcntl
import gc
import logging
import os
import threading
import time

from prometheus_client import Gauge

log = logging.getLogger("needtoknow.snapshots")
AGE = Gauge("needtoknow_snapshot_age_seconds",
            "Seconds since this worker last confirmed its directory snapshot is current",
            multiprocess_mode="max")
BUILD = Gauge("needtoknow_snapshot_build_seconds", "How long the last snapshot build took",
              multiprocess_mode="max")


class SnapshotKeeper:
    def __init__(self, build, read_revisions, sessions, refresh, build_lock=None):
        """`build(session, revisions)` makes a snapshot; `read_revisions(session)` the current
        revisions; `sessions()` a new database session; `refresh` seconds between looks;
        `build_lock` a file that background builds of every process on this machine take in turn."""
        self._build, self._read, self._sessions = build, read_revisions, sessions
        self.refresh, self._build_lock = refresh, build_lock
        self.current = None
        self.confirmed = None  # monotonic time the revisions were last seen equal to current's
        self.build_seconds = None
        self._lock = threading.Lock()
        self._watcher_pid = None
        self._stop = threading.Event()

    def get(self, session):
        """The snapshot a check uses now."""
        if self.refresh <= 0:
            return self._inline(session, self._read(session))
        current = self.current
        if current is None:  # nothing built yet in this process: build before answering
            current = self._inline(session, self._read(session))
        self._ensure_watcher()
        return current

    def prepare(self):
        """Build the snapshot now (at start-up, before traffic); False if the database can't."""
        try:
            with self._sessions() as session:
                self._inline(session, self._read(session))
            return True
        except Exception as exc:  # noqa: BLE001 — a worker builds it on first use instead
            # the type only: an error raised while indexing the directory may quote a client's row
            log.warning("snapshot not built at start-up (%s)", type(exc).__name__)
            return False

    def _inline(self, session, revisions):
        current = self.current
        if current is not None and current.revisions == revisions:
            self._confirm()
            return current
        with self._lock:
            current = self.current
            if current is None or current.revisions != revisions:
                started = time.perf_counter()
                with collector_paused(freeze=self.refresh > 0):
                    current = self._build(session, revisions)
                self.build_seconds = time.perf_counter() - started
                BUILD.set(self.build_seconds)
                self.current = current
            self._confirm()
        return current

    def _confirm(self):
        self.confirmed = time.monotonic()
        AGE.set(0)

    def _ensure_watcher(self):
        if self._watcher_pid == os.getpid():
            return
        with self._lock:
            if self._watcher_pid != os.getpid():  # none yet, or inherited across a fork (dead)
                self._watcher_pid = os.getpid()
                threading.Thread(target=self._watch, name="snapshot-watcher", daemon=True).start()

    def _watch(self):
        while not self._stop.wait(self.refresh):
            try:
                with self._sessions() as session:
                    revisions = self._read(session)
                    if self.current is None or self.current.revisions != revisions:
                        with _taking_turns(self._build_lock):  # checks keep the old one meanwhile
                            self._inline(session, revisions)
                    else:
                        self._confirm()
            except Exception as exc:  # noqa: BLE001 — the database may be down; checks keep the last one
                log.warning("snapshot refresh failed (%s)", type(exc).__name__)
            if self.confirmed is not None:
                AGE.set(round(time.monotonic() - self.confirmed, 3))

    def stop(self):
        self._stop.set()

    def status(self):
        """For /readyz: how old the snapshot's view of the database may be."""
        current = self.current
        age = None if self.confirmed is None else round(time.monotonic() - self.confirmed, 3)
        return {"built": current is not None, "revisions": list(current.revisions) if current else None,
                "age_seconds": age, "refresh_seconds": self.refresh,
                "build_seconds": None if self.build_seconds is None else round(self.build_seconds, 3)}


_paused = [0, False]  # builds under way in this process; whether the collector was on before them
_paused_lock = threading.Lock()


@contextlib.contextmanager
def collector_paused(freeze):
    """No cyclic garbage collection while the block runs (in any thread of this process); with
    `freeze`, what exists when it ends is moved out of the collector's sight."""
    with _paused_lock:
        if _paused[0] == 0:
            _paused[1] = gc.isenabled()
            gc.disable()
        _paused[0] += 1
    try:
        yield
    finally:
        with _paused_lock:
            if freeze:
                gc.freeze()
            _paused[0] -= 1
            if _paused[0] == 0 and _paused[1]:
                gc.enable()


@contextlib.contextmanager
def _taking_turns(path):
    """Hold an exclusive lock on `path` (waiting in flock, which lets this process's checks run)."""
    if not path:
        yield
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)  # releases the lock
