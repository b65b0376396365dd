"""Checks run on threads Python started, never on libmilter's own.

Debian's libmilter is built with its worker pool: each callback of a connection runs on whichever
worker thread is free. pymilter gives each connection one Python thread state, made on the thread
of its first callback and deleted on the thread of its last. Python also records, per operating
system thread, the first thread state made there (the PyGILState record); on libmilter's threads
that record soon names another connection's thread state, or one already deleted. C code that
takes the interpreter lock by the record (PyGILState_Ensure: SQLite closing a connection that has a
registered function, Cython's `with gil`, ctypes callbacks, numpy) then switches to that thread
state and the process dies (signal 11: with 8 senders through Postfix a milter process was lost
now and then). A check calls such code (SQLAlchemy's SQLite and PostgreSQL drivers, lxml, spaCy),
so it runs on a thread of this pool, whose record is its own; libmilter's threads only collect a
message's bytes, wait for the answer and hand it to Postfix.
"""
from concurrent.futures import ThreadPoolExecutor

# One process judges one message at a time (one interpreter lock); more than a few in flight only
# overlap waiting for attachment helpers and the database. Further messages wait their turn.
JUDGE_THREADS = 8


class PythonThreads:
    """`run(fn, *args)`: fn's result (or exception), computed on one of this pool's threads. Make
    it in the process that uses it: threads do not survive a fork."""

    def __init__(self, threads=JUDGE_THREADS):
        self._pool = ThreadPoolExecutor(threads, thread_name_prefix="gateway-judge")

    def run(self, fn, *args):
        return self._pool.submit(fn, *args).result()
