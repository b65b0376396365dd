"""The audit queue's spool: one append-only file per process, locked (flock) while its process
lives, so a file found unlocked belongs to a process that died and may be taken over.

Every record is one framed line, `NTK1 <crc32 of the JSON, 8 hex digits> <JSON>\\n`, and a batch is
appended with one `os.write`: from then on a killed process loses nothing (the kernel holds the
write). It is fsync'd at once when `sync` is asked for (AUDIT_SPOOL_SYNC=each), else by the queue's
writer thread (`sync()`) before it writes the batch to the database (AUDIT_SPOOL_SYNC=batch, the
default: a request does not wait for the disk; only a power cut in the few milliseconds between
the answer and the database commit could lose a record). When everything in it is delivered the
file is cut to nothing and kept open, not removed and made anew. A process killed in the middle of an append (the OOM
killer) leaves at most its last record cut; a record whose frame, checksum or JSON is wrong is
moved aside into `corrupt/` (raw, for an operator; never parsed again), counted in
`needtoknow_audit_spool_corrupt_total` and logged without its content — the records around it are
delivered as usual.

The folder is bounded (`max_bytes`, every process's file together): an append that would pass the
bound raises `SpoolFull` instead of filling the disk, and the caller answers accordingly.
"""
import fcntl
import json
import logging
import os
import time
import uuid
import zlib
from datetime import datetime

from ..observability.metrics import AUDIT_SPOOL_CORRUPT

log = logging.getLogger(__name__)
MAGIC = b"NTK1 "
SUFFIX = ".ntk"
CORRUPT = "corrupt"
USAGE_SECONDS = 0.5  # how long a reading of the folder's size serves (own appends are added to it)


class SpoolFull(Exception):
    """The spool folder holds `max_bytes` already: nothing more is taken until it drains."""


def encode(row):
    payload = json.dumps({k: v.isoformat() if isinstance(v, datetime) else v for k, v in row.items()},
                         separators=(",", ":")).encode("utf-8")
    return MAGIC + b"%08x " % zlib.crc32(payload) + payload + b"\n"


def decode(line):
    """The row of one framed line (with its newline); ValueError when torn or corrupt."""
    if not line.endswith(b"\n"):
        raise ValueError("torn")
    if line.startswith(b"{"):  # a spool left by a version before framing
        payload = line[:-1]
    else:
        if not line.startswith(MAGIC) or len(line) < len(MAGIC) + 10:
            raise ValueError("frame")
        crc, payload = line[len(MAGIC):len(MAGIC) + 8], line[len(MAGIC) + 9:-1]
        if int(crc, 16) != zlib.crc32(payload):
            raise ValueError("checksum")
    row = json.loads(payload)
    if not isinstance(row, dict) or not isinstance(row.get("kind"), str):
        raise ValueError("shape")
    row["created_at"] = datetime.fromisoformat(row["created_at"])
    return row


class Spool:
    def __init__(self, directory, max_bytes=0):
        self.directory, self.max_bytes, self._fd, self._path = directory, max_bytes, None, None
        self._usage, self._usage_at, self._unsynced = None, 0.0, False

    def append(self, rows, bounded=True, sync=True):
        """Once this returns the rows survive this process (and, with `sync`, a power cut).
        Raises SpoolFull past the bound, OSError when the disk refuses."""
        data = b"".join(encode(r) for r in rows)
        if bounded and self.max_bytes and self.usage() + len(data) > self.max_bytes:
            raise SpoolFull()
        if self._fd is None:
            self._fd, self._path = _open_locked(self.directory)
        _write_all(self._fd, data, sync)
        self._unsynced = self._unsynced or not sync
        if self._usage is not None:
            self._usage += len(data)
        return True

    def sync(self):
        """Put appends made without `sync` on disk (one fdatasync for all of them)."""
        fd = self._fd
        if fd is not None and self._unsynced:
            self._unsynced = False
            os.fdatasync(fd)

    def replace(self, rows):
        """The spool now holds exactly `rows`: a complete new file first, then the old one goes, so
        a crash in between leaves (deduplicated) duplicates rather than a gap. With no rows left
        the file is cut to nothing and kept (the folder's size is read again within
        USAGE_SECONDS, so it is over- rather than under-counted meanwhile)."""
        if self._fd is None:
            return
        if not rows:
            os.ftruncate(self._fd, 0)
            self._unsynced = False
            return
        self._usage = None
        fd, path = _open_locked(self.directory)
        _write_all(fd, b"".join(encode(r) for r in rows))
        old_fd, old_path = self._fd, self._path
        self._fd, self._path = fd, path
        os.unlink(old_path)
        os.close(old_fd)

    def close(self):
        """Give up this process's file (empty: removed, with the folder when nothing else is in it)."""
        self._usage = None
        if self._fd is not None:
            empty = os.fstat(self._fd).st_size == 0
            if empty:
                os.unlink(self._path)
            os.close(self._fd)
            self._fd = self._path = None
            if empty:
                _remove_if_empty(self.directory)

    def usage(self):
        """Bytes held by every spool file in the folder (this process's and others'). Read from
        the folder at most every USAGE_SECONDS: a scan per check cost more than the append."""
        now = time.monotonic()
        if self._usage is None or now - self._usage_at > USAGE_SECONDS:
            self._usage, self._usage_at = self._scan(), now
        return self._usage

    def _scan(self):
        try:
            entries = list(os.scandir(self.directory))
        except FileNotFoundError:
            return 0
        total = 0
        for entry in entries:
            if entry.name.endswith(SUFFIX):
                try:
                    total += entry.stat().st_size
                except FileNotFoundError:
                    pass
        return total

    def others(self):
        """Spool files in the folder other than this process's own (`.jsonl`: older versions)."""
        if not os.path.isdir(self.directory):
            return []
        paths = (os.path.join(self.directory, n) for n in sorted(os.listdir(self.directory))
                 if n.endswith((SUFFIX, ".jsonl")))
        return [p for p in paths if p != self._path]

    def take_orphans(self):
        """Rows of spool files whose process is gone, file by file; each file is removed once its
        rows were taken. The caller must re-spool the rows before a crash could lose them
        (AuditQueue does). Torn or corrupt records are moved aside, never raised."""
        for path in self.others():
            try:
                with open(path, "rb+") as f:
                    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    rows = self._read(f, path)
                    yield rows
                    os.unlink(path)
            except OSError:
                continue  # a live process holds it, or another took it first

    def _read(self, f, path):
        rows, bad = [], []
        for line in f:
            if not line.strip():
                continue
            try:
                rows.append(decode(line))
            except (ValueError, TypeError, KeyError, UnicodeDecodeError):
                bad.append(line)
        if bad:
            self._set_aside(path, bad)
        return rows

    def _set_aside(self, path, lines):
        AUDIT_SPOOL_CORRUPT.inc(len(lines))
        # which file and how many, never what they hold
        log.error("audit spool %s: %d torn or corrupt record(s) moved aside to %s/",
                  os.path.basename(path), len(lines), CORRUPT)
        try:
            folder = os.path.join(self.directory, CORRUPT)
            os.makedirs(folder, exist_ok=True)
            with open(os.path.join(folder, os.path.basename(path)), "ab") as out:
                out.write(b"".join(lines))
                out.flush()
                os.fsync(out.fileno())
        except OSError as exc:
            log.error("audit spool: could not keep the corrupt records (%s)", type(exc).__name__)


def _open_locked(directory, tries=5):
    """This process's new spool file. Another process may remove the (empty) folder between
    making it and creating the file here (`_remove_if_empty`): then make it again."""
    path = os.path.join(directory, f"audit-{os.getpid()}-{uuid.uuid4().hex[:8]}{SUFFIX}")
    for attempt in range(tries):
        try:
            os.makedirs(directory, exist_ok=True)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND | os.O_CLOEXEC, 0o600)
            break
        except (FileNotFoundError, FileExistsError):  # the folder went away in between
            if attempt == tries - 1:
                raise
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    return fd, path


def _remove_if_empty(directory):
    try:
        os.rmdir(directory)
    except OSError:
        pass  # another process's spool (or set-aside records) is still there


def _write_all(fd, data, sync=True):
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]
    if sync:
        os.fsync(fd)
