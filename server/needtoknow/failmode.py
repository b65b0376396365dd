"""What a check answers when it cannot decide (database down, an internal error): the configured
FAIL_MODE, `warn` (default) or `block`, with one reason, `check-unavailable`, saying the check
could not run. The answer is audited like any check, through the audit queue, so it is written
once the database is back. When the audit spool is full (AUDIT_SPOOL_MAX_BYTES) nothing more can
be kept, so the answer is `block` whatever FAIL_MODE says: mail is never let through unrecorded.
"""
import logging
from datetime import datetime, timezone

from flask import current_app, g, has_request_context, request
from sqlalchemy.exc import DBAPIError, OperationalError, TimeoutError as PoolTimeout

from .audit import labels, writer
from .audit.queue import AuditUnavailable
from .ids import new_id
from .observability import arrival
from .observability.metrics import FAIL_MODE
from .policy.dialog import OVERRIDE, TITLES

RULE = "check-unavailable"
MODES = ("warn", "block")
log = logging.getLogger(__name__)

MESSAGES = {
    "warn": ("This email was not checked because {why}. Send it only if you are sure it holds no "
             "client's details, and say why."),
    "block": ("This email was not checked because {why}, so it can't be sent now. Try again in a "
              "few minutes, or ask the office."),
}
WHY = {"database": "the check service could not reach its database",
       "internal": "the check service met an internal error",
       "audit": "the check service can't keep its audit log at the moment (its spool is full)"}


def cause(exc):
    """`database` for a database that is down or refuses; `audit` for a record that can't be kept;
    `internal` for everything else."""
    if isinstance(exc, AuditUnavailable):
        return "audit"
    return "database" if isinstance(exc, (OperationalError, PoolTimeout, DBAPIError)) else "internal"


def fail_decision(config, why, check_id=None, elapsed_ms=0.0):
    """The API response (SPEC's shape) for a check that could not run; `why` is a WHY key."""
    mode = config.get("FAIL_MODE") if config.get("FAIL_MODE") in MODES else "block"
    if why == "audit":
        mode = "block"
    text = MESSAGES[mode].format(why=WHY.get(why, WHY["internal"]))
    markdown = text.replace("was not checked", "was **not checked**", 1)
    return {
        "check_id": check_id or new_id(), "decision": mode, "title": TITLES[mode],
        "message": text, "message_markdown": markdown, "override": dict(OVERRIDE[mode]),
        "reasons": [{"rule": RULE, "severity": mode, "message": text, "message_markdown": markdown,
                     "recipients": [], "clients": 0, "locations": []}],
        "recipients": [], "findings": {}, "elapsed_ms": round(elapsed_ms, 2),
    }


def answer(inp, exc):
    """Log (the error's type only), count, audit and return the fail-mode response for `inp`."""
    why = cause(exc)
    FAIL_MODE.labels(why).inc()
    log.error("check could not run: %s (%s); answered the fail mode", why, type(exc).__name__)
    elapsed = arrival.seconds_since(request.environ) * 1000 if has_request_context() else 0.0
    body = fail_decision(current_app.config, why, elapsed_ms=elapsed)
    body["audited"] = _audit(inp, body, why)
    return body


def answer_unverified(exc):
    """The fail-mode response for a check whose caller could not be verified (the API key's
    database is unreachable); 400 for a request that is not a check at all."""
    from flask import jsonify

    from .api.check import check_input, json_body

    inp = check_input(json_body(), current_app.config)
    g.caller_unverified = True
    return jsonify(answer(inp, exc))


def _audit(inp, body, why):
    """Queue the record (the database is likely down: the queue retries). False if it can't be kept."""
    queue = current_app.extensions.get("needtoknow.audit_queue")
    if queue is None:
        return False
    row = {
        "kind": "check", "check_id": body["check_id"], "created_at": datetime.now(timezone.utc),
        "actor": inp.sender, "decision": body["decision"], "rules": [RULE],
        "recipients": [{"email": a.email, "field": a.field, "role": "unchecked"} for a in inp.addressees],
        "counts": {}, "elapsed_ms": body["elapsed_ms"],
        # names could identify a client and were not scanned: numbered only
        "attachments": [{"name": f"attachment {i + 1}", "size": a.size}
                        for i, a in enumerate(inp.attachments)],
        "details": {"draft_id": writer.draft_id(labels.draft_id(inp.draft_id)),
                    "client": writer.client_info(labels.client(inp.client)),
                    "cause": why},
    }
    if g.get("caller_unverified"):
        row["details"]["caller"] = "unverified"
    try:
        return queue.enqueue([row])  # written by the queue's thread, never on this one
    except AuditUnavailable:
        return False
    except Exception as error:  # noqa: BLE001 — the answer must go out; say it was not audited
        log.error("fail-mode audit record could not be queued (%s)", type(error).__name__)
        return False


def _database_unavailable(exc):
    """Outside the check (overrides, admin): a JSON 503 the caller can retry, not a bare 500."""
    from .api.errors import error_response

    log.error("database unavailable: %s", type(exc).__name__)
    response = error_response(503, "The database is unavailable; try again in a moment.")
    response.headers["Retry-After"] = "5"
    return response


def init_app(app):
    for error in (OperationalError, PoolTimeout):
        app.register_error_handler(error, _database_unavailable)
