"""Attachments are read in helper processes the operating system bounds, never in the web worker.

Reading a file is the work a hostile sender can make explode (an 11 MB EML whose headers need
22 GB, a DOCX that inflates to 2 GB of paragraphs), and PDFium may not be called from two threads
of one process at once. So each attachment goes to a small pool of single-threaded helpers
(pebble's ProcessPool, started through multiprocessing's forkserver so no helper is forked from a
threaded web worker), each with an address-space limit (RLIMIT_AS) and a CPU limit per task
(RLIMIT_CPU), and a wall-clock limit the pool enforces by killing the helper. A helper that
overruns is killed and replaced; the check gets a "too complex to check" problem for that
attachment and goes on. Helpers run at a lower priority than the web workers (nice), so a bomb
being read slows normal checks as little as the kernel allows.

The helpers call the same `extract()` entry point as the in-process path, so every reader works
unchanged; what crosses the process boundary (name, bytes, Limits in; Extraction out) pickles.
"""
import atexit
import multiprocessing
import os
import resource
import threading
import time
from concurrent.futures import CancelledError, TimeoutError as FutureTimeout

from pebble import ProcessExpired, ProcessPool

from ..document import Extraction, Problem
from . import READER_MODULES, extract as extract_in_process

TOO_COMPLEX = "too_complex"  # the wording says "is too complex to check"
UNCHECKED = "unchecked"  # not read before the check's deadline


class ExtractionPool:
    """`extract(name, data, limits, timeout)` in a bounded helper process; never raises."""

    def __init__(self, processes, memory_bytes, cpu_seconds, tasks_per_process=200, nice=5):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["needtoknow.inspect.extract",
                                        *(f"needtoknow.inspect.extract.{m}" for m in READER_MODULES)])
        self.processes = processes
        self._pool = ProcessPool(max_workers=processes, max_tasks=tasks_per_process,
                                 initializer=_bound_helper, initargs=(memory_bytes, nice),
                                 context=context)
        self._cpu_seconds = cpu_seconds
        self.killed = 0  # helpers killed for overrunning (time, CPU or memory)
        self.started = False  # helpers are started by the first task: warm() or a first attachment

    def extract(self, name, data, limits, timeout):
        """The attachment's Extraction, or one problem when it could not be read in time.

        `timeout` is what the check has left; the attachment's own limit is `limits.seconds`."""
        seconds = max(0.05, min(limits.seconds, timeout))
        kind = TOO_COMPLEX if limits.seconds <= timeout else UNCHECKED
        self.started = True
        future = self._pool.schedule(_extract_bounded, args=(name, data, limits, self._cpu_seconds),
                                     timeout=seconds)
        try:
            # the pool's timeout counts from when a helper starts; this one counts the queue too,
            # and ends the wait at the check's deadline whatever the helper is doing
            return future.result(timeout=seconds)
        except (FutureTimeout, CancelledError):
            future.cancel()  # still queued: never read; running: the pool kills the helper
            self.killed += 1
            return _problem(name, kind, f"not read within {seconds:.1f} s")
        except ProcessExpired:  # killed by the kernel: memory or CPU limit
            self.killed += 1
            return _problem(name, TOO_COMPLEX, "reading it needed more memory or time than allowed")
        except Exception as exc:  # noqa: BLE001 — a broken pool must not break the check
            return _problem(name, "corrupt", f"could not be read ({type(exc).__name__})")

    def warm(self, seconds=60):
        """Start the helpers now (a forkserver and its imports take a second or two), not inside
        the first check that brings an attachment."""
        self._pool.schedule(os.getpid).result(timeout=seconds)
        self.started = True
        return self

    def close(self):
        self._pool.stop()
        self._pool.join(timeout=5)


def _problem(name, kind, detail):
    return Extraction((), (Problem(name, kind, detail),))


def _bound_helper(memory_bytes, nice):
    """Runs once in each helper: its memory is capped, and it yields the CPU to requests.

    Two bounds, because a reader may catch the MemoryError an address-space limit raises and go
    on without the part it could not read (a silent pass): a watchdog ends the helper as soon as
    its resident memory passes `memory_bytes`, and RLIMIT_AS at twice that stops a spike faster
    than the watchdog looks."""
    if memory_bytes:
        resource.setrlimit(resource.RLIMIT_AS, (2 * memory_bytes, 2 * memory_bytes))
        threading.Thread(target=_watch_memory, args=(memory_bytes,), daemon=True).start()
    if nice:
        os.nice(nice)


def _watch_memory(memory_bytes, every=0.02):
    page = os.sysconf("SC_PAGE_SIZE")
    with open("/proc/self/statm", "rb", buffering=0) as statm:
        while True:
            statm.seek(0)
            if int(statm.read().split()[1]) * page > memory_bytes:
                os._exit(75)  # the pool sees the helper gone: "too complex to check"
            time.sleep(every)


def _extract_bounded(name, data, limits, cpu_seconds):
    """In a helper: this task may use `cpu_seconds` more CPU, then the kernel sends SIGXCPU."""
    if cpu_seconds:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        used = int(usage.ru_utime + usage.ru_stime) + 1
        _, hard = resource.getrlimit(resource.RLIMIT_CPU)
        soft = used + int(cpu_seconds)
        resource.setrlimit(resource.RLIMIT_CPU, (soft if hard < 0 or soft <= hard else hard, hard))
    return extract_in_process(name, data, limits)


class CallerSlots:
    """At most `per_caller` extractions in flight for one caller (user, API key or address) in this
    process, so one sender's hostile files can't hold every helper while colleagues wait."""

    def __init__(self, per_caller):
        self.per_caller = per_caller
        self._lock = threading.Lock()
        self._slots = {}  # caller -> [semaphore, users]

    def acquire(self, caller, timeout):
        """True when a slot was taken within `timeout` s (then call release)."""
        with self._lock:
            entry = self._slots.setdefault(caller, [threading.BoundedSemaphore(self.per_caller), 0])
            entry[1] += 1
        if entry[0].acquire(timeout=max(0.0, timeout)):
            return True
        self._forget(caller)
        return False

    def release(self, caller):
        self._slots[caller][0].release()
        self._forget(caller)

    def _forget(self, caller):
        with self._lock:
            entry = self._slots[caller]
            entry[1] -= 1
            if entry[1] == 0:
                del self._slots[caller]


def bounded(pool, slots, caller):
    """An extractor for run_check: `pool.extract` within one of `caller`'s slots."""
    def extractor(name, data, limits, timeout):
        started = time.monotonic()
        if not slots.acquire(caller, timeout):
            return _problem(name, UNCHECKED, "this sender's other attachments were still being read")
        try:
            return pool.extract(name, data, limits, timeout - (time.monotonic() - started))
        finally:
            slots.release(caller)
    return extractor


_shared = {}
_shared_lock = threading.Lock()


def shared_pool(processes, memory_bytes, cpu_seconds):
    """One pool per process and setting (the web worker's), started on first use."""
    key = (os.getpid(), processes, memory_bytes, cpu_seconds)
    with _shared_lock:
        pool = _shared.get(key)
        if pool is None:
            pool = _shared[key] = ExtractionPool(processes, memory_bytes, cpu_seconds)
        return pool


@atexit.register
def _close_all():
    for key, pool in list(_shared.items()):
        if key[0] == os.getpid():
            pool.close()
