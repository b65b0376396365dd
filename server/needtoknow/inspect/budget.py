"""What one whole check may spend: a deadline and a number of characters to scan.

A check answers within its deadline with what it found so far, plus a "not fully checked" problem
for whatever it did not get to; a code found before the deadline still blocks. The deadline counts
from the moment the request arrived (`arrived`, stamped by observability/arrival.py before the body is read),
and reading and scanning stop `ANSWER_SECONDS` before it: that last part is kept for deciding,
recording and answering, so the answer itself lands inside the deadline even on a busy worker. Scanning goes
through `scan_within`, a thin wrapper around `scan()` that stops at the character budget or the
deadline and reports the text it left, never ignoring it silently.
"""
import time
from dataclasses import dataclass, field

from .document import Problem, TextPart
from .evidence import EMPTY
from .scan import scan

UNCHECKED = "unchecked"  # the wording says "was not fully checked"
CHUNK_CHARS = 50_000  # a long text is scanned in pieces so the deadline is looked at between them
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
        self.last_piece_seconds = 0.0  # how long the last full piece of text took to scan
        self._stop = self.started + self.seconds - min(ANSWER_SECONDS, self.seconds / 4)

    def remaining(self):
        """Seconds left for reading and scanning (the answer's reserve is not counted)."""
        return self._stop - time.monotonic()

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
        for chunk in _chunks(text):
            # stop when the time left would not cover a piece like the last one (dense text can
            # take most of a second a piece on a busy machine): answer by the deadline, not after
            if budget.remaining() <= budget.last_piece_seconds:
                problems.append(late(_place(part)))
                break
            started = time.monotonic()
            evidence = evidence + scan([TextPart(part.location, chunk)], index)
            if len(chunk) >= CHUNK_CHARS // 2:
                budget.last_piece_seconds = time.monotonic() - started
    return evidence, problems


def _place(part):
    """The attachment (or subject, body) a text part belongs to: member names stay inside."""
    return part.location.split("/", 1)[0]


def _chunks(text):
    """Pieces of about CHUNK_CHARS, cut at a line break where one is near; short text is whole."""
    start = 0
    while start < len(text):
        end = start + CHUNK_CHARS
        if end < len(text):
            cut = text.rfind("\n", start + CHUNK_CHARS // 2, end)
            end = cut + 1 if cut > 0 else end
        yield text[start:end]
        start = end

