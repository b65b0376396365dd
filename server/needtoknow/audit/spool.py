"""The audit queue's spool: one append-only JSON-lines file per process, fsync'd on every write and
locked (flock) while its process lives, so a file found unlocked belongs to a process that died
and may be taken over."""
import fcntl
import json
import logging
import os
import uuid
from datetime import datetime

log = logging.getLogger(__name__)


def encode(row):
    return json.dumps({k: v.isoformat() if isinstance(v, datetime) else v for k, v in row.items()})


def decode(line):
    row = json.loads(line)
    row["created_at"] = datetime.fromisoformat(row["created_at"])
    return row


class Spool:
    def __init__(self, directory):
        self.directory, self._file = directory, None

    def append(self, rows):
        """True once the rows are on disk."""
        try:
            if self._file is None:
                os.makedirs(self.directory, exist_ok=True)
                name = f"audit-{os.getpid()}-{uuid.uuid4().hex[:8]}.jsonl"
                self._file = open(os.path.join(self.directory, name), "a+", encoding="utf-8")
                fcntl.flock(self._file, fcntl.LOCK_EX | fcntl.LOCK_NB)
            self._write(rows)
            return True
        except (OSError, ValueError) as exc:
            log.error("audit spool write failed (%s)", type(exc).__name__)
            return False

    def replace(self, rows):
        """The file now holds exactly `rows`; with none left it is removed."""
        if self._file is None:
            return
        try:
            if not rows:
                os.unlink(self._file.name)
                self._file.close()
                self._file = None
                _remove_if_empty(self.directory)
                return
            self._file.seek(0)
            self._file.truncate()
            self._write(rows)
        except (OSError, ValueError) as exc:
            log.error("audit spool rewrite failed (%s)", type(exc).__name__)

    def _write(self, rows):
        self._file.write("".join(encode(r) + "\n" for r in rows))
        self._file.flush()
        os.fsync(self._file.fileno())

    def others(self):
        """Spool files in the folder other than this process's own."""
        if not os.path.isdir(self.directory):
            return []
        own = self._file.name if self._file else None
        paths = (os.path.join(self.directory, n) for n in sorted(os.listdir(self.directory))
                 if n.endswith(".jsonl"))
        return [p for p in paths if p != own]

    def take_orphans(self):
        """Rows of spool files whose process is gone; each file is removed once read. The caller
        must re-spool the rows before the next crash could lose them (AuditQueue.enqueue does)."""
        for path in self.others():
            try:
                with open(path, "r+", encoding="utf-8") as f:
                    fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    rows = [decode(line) for line in f if line.strip()]
                    yield rows
                    os.unlink(path)
            except OSError:
                continue  # a live process holds it, or another took it first


def _remove_if_empty(directory):
    try:
        os.rmdir(directory)
    except OSError:
        pass  # another process's spool is still there
