"""One check end to end: extract → detect → classify recipients → decide → audit."""
import hashlib
import time
from dataclasses import dataclass, field, replace
from datetime import date

from .audit import labels as audit_labels
from .audit import queue as audit_queue
from .audit import exposure, writer
from .directory.recipients import Addressee, classify_all
from .ids import new_id
from .inspect.budget import CheckBudget, late, scan_within
from .inspect.document import Problem, TextPart
from .inspect.evidence import ENTITY_KINDS
from .inspect.extract import extract, extract_body
from .inspect.scan import scan
from .policy import decide
from .policy.decide import Message
from .policy.dialog import dialog

HERE = "\x00"  # stands for the attachment's label in cached findings, which outlive its name


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes | None = None  # None: referred to by sha256, or a cloud link
    sha256: str | None = None
    kind: str = "file"  # file | cloud | unreadable (the mail program could not hand it over)

    @property
    def size(self):
        return len(self.data) if self.data is not None else None


@dataclass(frozen=True)
class CheckInput:
    sender: str
    addressees: tuple  # Addressee
    subject: str = ""
    body: str = ""
    body_type: str = "text"
    attachments: tuple = ()
    draft_id: str | None = None
    client: dict = field(default_factory=dict)


@dataclass(frozen=True)
class CheckResult:
    check_id: str
    decision: object  # policy.Decision
    dialog: dict
    recipients: tuple  # Recipient
    identified: frozenset
    counts: dict
    elapsed_ms: float
    draft_id: str | None = None
    client_details: dict = field(default_factory=dict)  # client id -> (categories, places): audit
    timed_out: bool = False  # the deadline cut reading or scanning short


class MissingAttachments(Exception):
    """Attachments sent by SHA-256 whose findings this server does not have."""

    def __init__(self, missing):
        super().__init__(f"{len(missing)} attachment(s) unknown by hash")
        self.missing = missing


def run_check(inp, *, snapshot, cache, limits, session=None, expand=None, today=None, budget=None,
              extractor=None, exposure_limit=exposure.DEFAULT_MAX_PAIRS):
    """`budget`: the whole check's deadline and scan budget (CheckBudget); `extractor(name, data,
    limits, timeout)`: where attachments are read (default: in this process)."""
    started = time.perf_counter()
    _require_known_hashes(inp.attachments, snapshot, cache)
    budget = budget or CheckBudget()
    evidence, problems, labels = _inspect(inp, snapshot, cache, limits, budget,
                                          extractor or _extract_here)
    addressees = _unique(expand(inp.addressees) if expand else inp.addressees)
    recipients = _recipients(addressees, snapshot, today or date.today())
    message = Message(evidence=evidence, problems=tuple(problems), recipients=tuple(recipients),
                      locations=evidence.client_locations)
    decision = decide(message, snapshot.policy)
    identified = evidence.identified()
    counts = {k: evidence.counts[k] for k in ENTITY_KINDS if evidence.counts[k]}
    counts["client"] = len(identified)
    if named := evidence.named_only():  # SPEC: a named client is counted in findings
        counts["named_client"] = len(named)
    result = CheckResult(new_id(), decision, dialog(decision), tuple(recipients), identified,
                         counts, (time.perf_counter() - started) * 1000,
                         audit_labels.draft_id(inp.draft_id),
                         exposure.client_details(evidence, identified) if identified else {},
                         timed_out=budget.expired() and any(p.kind == "unchecked" for p in problems))
    if session is not None:  # through the queue: a failed write is retried, never lost
        trigger = exposure.trigger_for(decision.decision, inp.client)
        exposed = exposure.rows(result, exposure_limit) if trigger else []
        audit_queue.record(session, writer.record_check, result, inp.sender, labels,
                           audit_labels.client(inp.client), exposures=(trigger, exposed))
    return result


def _require_known_hashes(attachments, snapshot, cache):
    missing = [a.sha256 for a in attachments
               if a.kind == "file" and a.data is None and cache.get(_key(snapshot, a.sha256)) is None]
    if missing:
        raise MissingAttachments(list(dict.fromkeys(missing)))


def _extract_here(name, data, limits, timeout):
    return extract(name, data, replace(limits, seconds=max(0.05, min(limits.seconds, timeout))))


def _inspect(inp, snapshot, cache, limits, budget, extractor):
    subject, problems = inp.subject or "", []
    if len(subject) > budget.max_subject_chars:
        problems.append(Problem("subject", "unchecked", f"subject over {budget.max_subject_chars} "
                                "characters; the rest was not checked"))
        subject = subject[:budget.max_subject_chars]
    body = extract_body(inp.body or "", inp.body_type)
    parts = (TextPart("subject", subject),) + body.parts
    evidence, scan_problems = scan_within(parts, snapshot.index, budget)
    problems.extend(scan_problems)
    labels = []
    for i, attachment in enumerate(inp.attachments):
        name_evidence = scan([TextPart(HERE, attachment.name or "")], snapshot.index)
        label = _label(attachment.name, i, name_evidence)
        sha = attachment.sha256 if attachment.data is None else hashlib.sha256(attachment.data).hexdigest()
        labels.append({"name": label, "size": attachment.size, "sha256": sha})  # stamps, gateway
        evidence += _relabel(name_evidence, label)
        if attachment.kind in ("cloud", "unreadable"):
            problems.append(Problem(label, "cloud" if attachment.kind == "cloud" else "unsupported"))
            continue
        if budget.expired():
            problems.append(late(label))
            continue
        found, found_problems = _attachment_findings(attachment, sha, snapshot, cache, limits, budget,
                                                     extractor)
        evidence += _relabel(found, label)
        problems.extend(Problem(label, p.kind, p.detail) for p in found_problems)
    return evidence, problems, labels


def _attachment_findings(attachment, sha, snapshot, cache, limits, budget, extractor):
    """(evidence, problems) for an attachment's bytes (`sha`: their SHA-256, hashed once per
    check), from the cache when its hash was seen."""
    key = _key(snapshot, sha)
    cached = cache.get(key)
    if cached is not None:
        return cached
    # read no more text than this check can still scan; what is left unread is reported
    limits = replace(limits, max_text_chars=max(1, min(limits.max_text_chars, budget.chars_left)))
    extraction = extractor(HERE, attachment.data, limits, budget.remaining())
    found, scan_problems = scan_within(extraction.parts, snapshot.index, budget)
    # cached findings keep no member names (they may name a client): the attachment is the place
    problems = tuple(Problem(HERE, p.kind, p.detail) for p in extraction.problems + tuple(scan_problems))
    found = (_relabel(found, HERE), problems)
    if not any(p.kind == "unchecked" for p in problems):  # a cut-short reading is not the file's answer
        cache.set(key, found)
    return found


def _key(snapshot, sha256):
    return f"{snapshot.key}:{(sha256 or '').lower()}"


def _label(name, index, name_evidence):
    """The attachment's name when it names no one and holds no number; else `attachment N`."""
    name = (name or "").strip()[:120]
    if not audit_labels.plain_file_name(name) or name_evidence.named or name_evidence.identified() \
            or any(name_evidence.counts.values()):
        return f"attachment {index + 1}"
    return name


def _relabel(evidence, label):
    """Every place inside an attachment is reported as the attachment itself. Clients mostly
    share a few sets of places, so each distinct set is relabelled once."""
    swapped = {}

    def swap(places):
        out = swapped.get(places)
        if out is None:
            out = swapped[places] = frozenset(label if p.split("/", 1)[0] == HERE else p for p in places)
        return out
    return replace(evidence, locations={k: swap(v) for k, v in evidence.locations.items()},
                   client_locations={k: swap(v) for k, v in evidence.client_locations.items()})


def _unique(addressees):
    seen, out = set(), []
    for a in addressees:
        key = a.email.strip().lower()
        if key and key in seen:
            continue
        seen.add(key)
        out.append(a)
    return out


def _recipients(addressees, snapshot, today):
    settings = snapshot.policy.settings
    recipients = classify_all(addressees, snapshot.view, settings.org_domains, today)
    out = []
    for r in recipients:
        meant = None if r.known else snapshot.lookalikes.nearest(r.email, settings.lookalike_max_edits)
        out.append(replace(r, lookalike=True, suggestion=meant) if meant else r)
    return out


__all__ = ["Addressee", "Attachment", "CheckInput", "CheckResult", "MissingAttachments", "run_check"]
