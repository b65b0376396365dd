"""Retention: remove old audit and exposure rows, keeping the chain verifiable.

Audit rows go as a prefix of the chain (every row, either table, before the first one still
inside retention); exposure rows older than their own retention go as runs (a check's exposure
rows are consecutive). A `checkpoint` row appended to the chain records each removed range with
the hash its last row had, which is where verification picks up. A chain that doesn't verify is
not purged: the evidence of tampering is kept. The one-override-per-check rows
(`overrides.CheckOverride`) and one-message-per-stamp rows (`gateway.stamp_uses`), outside the
chain, older than the audit retention go with them.
"""
from datetime import datetime, timedelta, timezone

from sqlalchemy import delete, func, select

from .models import AuditExposure, AuditRecord
from .overrides import CheckOverride
from .verify import verify


class PurgeRefused(Exception):
    pass


def purge(session, audit_days=0, exposure_days=0, now=None):
    """Remove what is past retention (0 days: keep); the ranges removed as [first, last, hash]."""
    now = now or datetime.now(timezone.utc)
    exposure_days = exposure_days or audit_days
    prefix_end = _prefix_end(session, now - timedelta(days=audit_days)) if audit_days else 0
    runs = _exposure_runs(session, now - timedelta(days=exposure_days), prefix_end) if exposure_days else []
    wanted = ([prefix_end] if prefix_end else []) + [end for _start, end in runs]
    if not wanted:
        _purge_override_locks(session, audit_days, now)
        session.commit()
        return []
    outcome, hashes = verify(session, hashes_at=wanted)
    if not outcome.intact:
        raise PurgeRefused(f"the audit chain is not intact ({outcome}); nothing was purged")
    # a prefix always starts at 1: verification takes the longest removed range from each start
    ranges = [[1, prefix_end, hashes[prefix_end]]] if prefix_end else []
    ranges += [[start, end, hashes[end]] for start, end in runs]
    if prefix_end:
        for model in (AuditRecord, AuditExposure):
            session.execute(delete(model).where(model.seq <= prefix_end))
    for start, end in runs:
        session.execute(delete(AuditExposure).where(AuditExposure.seq.between(start, end)))
    _purge_override_locks(session, audit_days, now)
    session.add(AuditRecord(kind="checkpoint", created_at=now, actor="retention", details={
        "purged": ranges, "audit_days": audit_days, "exposure_days": exposure_days}))
    session.commit()
    return ranges


def _purge_override_locks(session, audit_days, now):
    """The one-override-per-check and one-message-per-stamp rows past the audit retention."""
    from ..gateway.stamp_uses import StampUse

    if audit_days:
        for model in (CheckOverride, StampUse):
            session.execute(delete(model).where(model.created_at < now - timedelta(days=audit_days)))


def _prefix_end(session, cutoff):
    """The last seq of the chain's prefix wholly older than `cutoff` (0: none)."""
    newer = [session.scalar(select(func.min(m.seq)).where(m.created_at >= cutoff))
             for m in (AuditRecord, AuditExposure)]
    newer = [s for s in newer if s is not None]
    if newer:
        return min(newer) - 1
    last = [session.scalar(select(func.max(m.seq))) for m in (AuditRecord, AuditExposure)]
    return max([s for s in last if s is not None], default=0)


def _exposure_runs(session, cutoff, after):
    """(first, last) seq of each run of consecutive exposure rows older than `cutoff`."""
    seqs = session.scalars(select(AuditExposure.seq).where(
        AuditExposure.created_at < cutoff, AuditExposure.seq > after).order_by(AuditExposure.seq))
    runs = []
    for seq in seqs:
        if runs and runs[-1][1] == seq - 1:
            runs[-1][1] = seq
        else:
            runs.append([seq, seq])
    return [tuple(r) for r in runs]
