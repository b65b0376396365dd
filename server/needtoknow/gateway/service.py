"""One gateway decision: envelope + MIME → the same `run_check` as the API (same snapshot, cache,
limits and list expansion, from the app's long-lived services) → stamp or Gmail override →
Verdict, audited once. No milter here: `milter.py` adapts this to the protocol."""
import logging
import time
from dataclasses import dataclass, field

from .. import db, failmode
from ..audit import exposure
from ..audit import queue as audit_queue
from ..check import CheckInput, run_check
from ..ids import new_id
from ..inspect.budget import CheckBudget
from ..inspect.extract.limits import Limits
from ..services import get_services
from . import records, stamp_uses, verdict
from .message import GATEWAY_HEADER, STAMP_HEADER, Envelope, parse
from .stamp import Keyring, StampInvalid, verify

log = logging.getLogger(__name__)
PREFERENCE = ("justified", "not-overridden", "not-covering", "replayed", "expired", "forged")
LINKED = ("justified", "not-overridden")  # stamps that cover this very message


@dataclass(frozen=True)
class Outcome:
    verdict: verdict.Verdict
    check_id: str
    decision: str
    add_header: tuple | None = None  # (name, value) to add on accept
    remove_headers: tuple = field(default_factory=tuple)  # (name, index) to delete on accept


@dataclass(frozen=True)
class StampCheck:
    state: str  # none | justified | not-overridden | not-covering | replayed | expired | forged
    check_id: str | None = None
    bad_headers: tuple = ()  # (name, index) of X-NeedToKnow-* headers that don't verify


class Gateway:
    def __init__(self, app):
        self.app = app
        self.config = app.config
        self.keyring = Keyring.from_config(app.config)
        self.limits = Limits.from_config(app.config)

    def judge(self, envelope: Envelope, raw: bytes) -> Outcome:
        started = time.perf_counter()
        parsed = parse(envelope, raw)
        with self.app.app_context(), db.sessions(self.app)() as session:
            try:
                result = self._check(parsed, session)
            except Exception as exc:  # noqa: BLE001 — it could not decide: the fail mode
                return self._unavailable(parsed, session, exc, started)
            return self._decided(parsed, session, result, started)

    def _check(self, parsed, session):
        services = get_services(self.app)
        return run_check(parsed.check, snapshot=services.snapshot(session), cache=services.cache,
                         limits=self.limits, session=None, expand=services.expand,
                         budget=CheckBudget.from_config(self.config),
                         extractor=services.extractor("gateway:" + (parsed.check.sender or "")))

    def _decided(self, parsed, session, result, started):
        decision = result.decision.decision
        rules = [r.rule for r in result.decision.reasons]
        stamp = self._stamp(parsed, session)
        justified = decision == "warn" and (stamp.state == "justified" or self._gmail(parsed, session))
        state = stamp.state if stamp.state != "none" or not justified else "gmail-override"
        answer = verdict.decide(decision, rules, justified=justified, mode=self.config["GATEWAY_MODE"],
                                unjustified_warn=self.config["GATEWAY_UNJUSTIFIED_WARN"],
                                timed_out=result.timed_out)
        identified = result.identified
        recipients = [{"email": r.email, "field": r.field, "role": r.role,
                       "linked_clients": len(identified & r.linked)} for r in result.recipients]
        self._audit(session, parsed, stamp, result.check_id, decision, rules, result.counts, recipients,
                    answer, state, started)
        if answer.action == "accept":  # it left: whose data reached whom (audit/exposure.py)
            self._exposures(session, parsed, result)
        return Outcome(answer, result.check_id, decision, (GATEWAY_HEADER, f"{result.check_id}; {decision}"),
                       stamp.bad_headers)

    def _unavailable(self, parsed, session, exc, started):
        why = failmode.cause(exc)
        log.error("gateway check could not run: %s (%s)", why, type(exc).__name__)
        session.rollback()
        answer = verdict.unavailable(self.config["FAIL_MODE"], self.config["GATEWAY_MODE"])
        check_id = new_id()
        recipients = [{"email": a.email, "field": a.field, "role": "unchecked"} for a in parsed.check.addressees]
        bad = tuple(h for h in parsed.ours)  # nothing can be verified against a check that did not run
        self._audit(session, parsed, StampCheck("unchecked", None, bad), check_id, self.config["FAIL_MODE"],
                    [failmode.RULE], {}, recipients, answer, "unchecked", started, cause=why)
        return Outcome(answer, check_id, "unavailable",
                       (GATEWAY_HEADER, f"{check_id}; unchecked"), bad)

    def _exposures(self, session, parsed, result):
        try:
            exposure.record(session, result, parsed.check.sender, "gateway-accept",
                            self.config["EXPOSURE_MAX_PAIRS"])
        except Exception as exc:  # noqa: BLE001 — the answer must still go to Postfix
            log.error("gateway exposure record not kept (%s)", type(exc).__name__)

    def _stamp(self, parsed, session):
        """The best state among the message's stamps; X-NeedToKnow-* headers that don't verify
        are to be removed. Only a stamp that covers this message links its record to the check."""
        bad, states, tokens = [], [], iter(parsed.stamps)
        for name, index in parsed.ours:
            if name.lower() != STAMP_HEADER.lower():
                bad.append((name, index))
                continue
            try:
                found = verify(self.keyring, next(tokens, ""), max_age=self.config["GATEWAY_STAMP_SECONDS"])
            except StampInvalid as invalid:
                bad.append((name, index))
                states.append(("expired" if invalid.reason == "expired" else "forged", None))
                continue
            state = self._stamp_state(found, parsed, session)
            states.append((state, found.check_id if state in LINKED else None))
        if not states:
            return StampCheck("none", None, tuple(bad))
        state, check_id = min(states, key=lambda s: PREFERENCE.index(s[0]))
        return StampCheck(state, check_id, tuple(bad))

    def _stamp_state(self, found, parsed, session):
        check = parsed.check
        if not found.covers(self.keyring, check.sender, [a.email for a in check.addressees],
                            parsed.attachment_shas):
            return "not-covering"
        if not (found.overridden and found.decision == "warn"):
            return "not-overridden"
        if (records.stamp_used_elsewhere(session, found.check_id, parsed.message_id)
                or not stamp_uses.claim(session, found.check_id, parsed.message_id)):
            return "replayed"
        return "justified"

    def _gmail(self, parsed, session):
        check = parsed.check
        return records.gmail_override(session, check.sender, [a.email for a in check.addressees],
                                      self.config["GATEWAY_OVERRIDE_WINDOW"])

    def _audit(self, session, parsed, stamp, check_id, decision, rules, counts, recipients, answer, state,
               started, cause=None):
        labels = [{"name": f"attachment {i + 1}", "size": a.size, "sha256": sha}
                  for i, (a, sha) in enumerate(zip(parsed.check.attachments, parsed.attachment_shas))]
        row = records.row(check_id=stamp.check_id or check_id, gateway_check_id=check_id,
                          message_id=parsed.message_id, sender=parsed.check.sender, recipients=recipients,
                          decision=decision, rules=rules, counts=counts, attachments=labels,
                          elapsed_ms=(time.perf_counter() - started) * 1000, stamp=state,
                          outcome=answer.outcome, mode=self.config["GATEWAY_MODE"],
                          removed_headers=len(stamp.bad_headers), cause=cause)
        try:
            audit_queue.record(session, records.write, row)
        except Exception as exc:  # noqa: BLE001 — the answer must still go to Postfix
            log.error("gateway audit record not kept (%s)", type(exc).__name__)
