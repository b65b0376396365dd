"""What one whole check may spend: a deadline and a number of characters to scan.

A check answers within its deadline with what it found so far, plus a "not fully checked" problem
for whatever it did not get to; a code found before the deadline still blocks. The deadline counts
from the moment the request arrived (`arrived`, stamped by observability/arrival.py before the body is read),
and reading and scanning stop `ANSWER_SECONDS` before it: that last part is kept for deciding,
recording and answering, so the answer itself lands inside the deadline even on a busy worker. Scanning goes
through `scan_within`, a thin wrapper around `scan()` that stops at the character budget or the
deadline and reports the text it left, never ignoring it silently.

Long text is scanned in pieces, each sized to take about half the time left at the pace the text
has shown so far (characters per second vary fifty-fold: ordinary prose is fast, a page of digit runs
beside "key" keeps every recognizer busy, and threads and processes busy beside it slow it further),
so a piece never starts that would run past the deadline and the last pieces shrink as it nears. A
part long enough that it might not fit the time has its pace learnt first from a short sample,
scanned and thrown away (its text is scanned again in the first piece, so no boundary is added).
"""
import time
from dataclasses import dataclass, field

from .document import Problem, TextPart
from .evidence import EMPTY
from .scan import scan

UNCHECKED = "unchecked"  # the wording says "was not fully checked"
CHUNK_CHARS = 50_000  # the largest piece: the deadline is looked at between pieces
MIN_PIECE_CHARS = 500  # a piece smaller than this is not worth starting: the time is up
PIECE_SHARE = 0.5  # a piece may take this share of the time left, at the pace measured so far
SLOWEST_PACE = 30e-6  # seconds a character: dense digit runs beside "key", on a busy 2-core machine
PACED_CHARS = 2_000  # a piece at least this long gives a pace worth believing
SAMPLE_CHARS = 2_000  # scanned first, and only for its pace, in a part that might not fit the time
BUSY = 4  # how much slower than alone text may scan in a busy worker (threads, helpers beside it)
clock = time.monotonic  # what deadlines are measured on (arrival.py stamps with the same clock)
ANSWER_SECONDS = 0.5  # kept at the end of the deadline for deciding and answering


@dataclass
class CheckBudget:
    seconds: float = 4.0  # the whole check, below Outlook's 5 s for a Smart Alert
    max_chars: int = 1_000_000  # characters scanned over the subject, body and every attachment
    max_subject_chars: int = 2_000  # longer subjects are cut; what was cut is reported
    started: float = field(default_factory=time.monotonic)

    @classmethod
    def from_config(cls, config, arrived=None):
        """`arrived`: when the request arrived (time.monotonic()); default now."""
        return cls(seconds=float(config.get("CHECK_SECONDS", cls.seconds)),
                   max_chars=int(config.get("SCAN_MAX_CHARS", cls.max_chars)),
                   max_subject_chars=int(config.get("MAX_SUBJECT_CHARS", cls.max_subject_chars)),
                   **({"started": arrived} if arrived else {}))

    def __post_init__(self):
        self.chars_left = self.max_chars
        self._stop = self.started + self.seconds - min(ANSWER_SECONDS, self.seconds / 4)

    def remaining(self):
        """Seconds left for reading and scanning (the answer's reserve is not counted)."""
        return self._stop - clock()

    def expired(self):
        return self.remaining() <= 0


def late(location):
    return Problem(location, UNCHECKED, "the check's time ran out before this was read")


def scan_within(parts, index, budget):
    """(Evidence, problems): `scan()` of `parts` until the characters or the time run out."""
    evidence, problems = EMPTY, []
    for part in parts:
        if not part.text:
            continue
        if budget.expired():
            problems.append(late(_place(part)))
            continue
        text = part.text
        if len(text) > budget.chars_left:
            problems.append(Problem(_place(part), UNCHECKED,
                                    f"{len(text) - budget.chars_left} characters over the "
                                    f"{budget.max_chars} a check scans were not checked"))
            text = text[:budget.chars_left]
        budget.chars_left -= len(text)
        start, pace = 0, SLOWEST_PACE  # each part may be denser than the last
        if _might_overrun(len(text), budget):
            _, pace = _timed_scan(part.location, text[:SAMPLE_CHARS], index)  # for its pace only
        while start < len(text):
            end = _piece_end(text, start, budget.remaining(), pace)
            if end is None:  # the time left would not cover even a small piece
                problems.append(late(_place(part)))
                break
            found, piece_pace = _timed_scan(part.location, text[start:end], index)
            evidence = evidence + found
            if end - start >= PACED_CHARS:
                pace = piece_pace
            start = end
    return evidence, problems


def _place(part):
    """The attachment (or subject, body) a text part belongs to: member names stay inside."""
    return part.location.split("/", 1)[0]


def _might_overrun(chars, budget):
    """Whether text this long could outlast its share of the time left, at the slowest pace in a
    busy worker: only then is its pace worth a sample (most attachments are far from it)."""
    return chars > 4 * SAMPLE_CHARS and chars * SLOWEST_PACE * BUSY > budget.remaining() * PIECE_SHARE


def _timed_scan(location, text, index):
    """(evidence, seconds a character): `scan()` of `text` and the pace it went at."""
    started = clock()
    found = scan([TextPart(location, text)], index)
    return found, max(1e-9, (clock() - started) / max(1, len(text)))


def _piece_end(text, start, remaining, pace):
    """Where the next piece ends: sized to the time `remaining` at `pace` (seconds a character),
    cut at a line break where one is near; None when there is no time for a piece."""
    if remaining <= 0:
        return None
    size = min(CHUNK_CHARS, int(remaining * PIECE_SHARE / pace))
    if size >= len(text) - start:
        return len(text)
    if size < MIN_PIECE_CHARS:
        return None
    end = start + size
    cut = text.rfind("\n", start + size // 2, end)
    return cut + 1 if cut > 0 else end
