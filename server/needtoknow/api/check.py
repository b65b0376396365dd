"""POST /api/v1/check and POST /api/v1/checks/<id>/override."""
from functools import lru_cache

from flask import Blueprint, current_app, g, has_request_context, jsonify, request

from .. import db, failmode
from ..cache import TenantCache, tenant_of
from ..audit import queue as audit_queue
from ..gateway import issue as stamps
from ..check import Addressee, Attachment, CheckInput, MissingAttachments, run_check
from ..inspect.budget import CheckBudget
from ..inspect.extract.limits import Limits
from ..observability import arrival
from ..services import get_services
from . import override as overrides
from .errors import ApiError
from .schemas import CheckRequestSchema, CheckResponseSchema, OverrideRequestSchema

bp = Blueprint("check", __name__, url_prefix="/api/v1")
RESPONSE = CheckResponseSchema()


def json_body():
    data = request.get_json(silent=True)
    if data is None:
        raise ApiError(400, "The request body must be JSON.", fields={"_schema": ["Malformed JSON."]})
    return data


@lru_cache(maxsize=8)
def request_schema(max_attachment_bytes, max_attachments, max_recipients):
    """Built once per limit setting, not per request (marshmallow schemas are reusable)."""
    return CheckRequestSchema(max_attachment_bytes=max_attachment_bytes, max_attachments=max_attachments,
                              max_recipients=max_recipients)


def check_input(data, config):
    """The validated request as a CheckInput."""
    body = request_schema(config["MAX_ATTACHMENT_BYTES"], config["MAX_ATTACHMENTS"],
                          config["MAX_RECIPIENTS"]).load(data)
    addressees = tuple(Addressee(email=r["email"], name=r["name"], type=r["type"], field=f)
                       for f in ("to", "cc", "bcc") for r in body[f])
    attachments = tuple(Attachment(name=a["name"], data=a["content_base64"], sha256=a["sha256"],
                                   kind=a["kind"]) for a in body["attachments"])
    return CheckInput(sender=body["sender"], addressees=addressees, subject=body["subject"] or "",
                      body=body["body"] or "", body_type=body["body_type"], attachments=attachments,
                      draft_id=body["draft_id"], client=body["client"])


def perform(inp, *, record=True, budget=None):
    """Run a check with this app's snapshot, cache and limits; record it unless told not to."""
    services, session = get_services(), db.get_session()
    snapshot = services.snapshot(session)
    cache = TenantCache(services.cache, tenant_of(_principal()))  # no cross-tenant probing
    return run_check(inp, snapshot=snapshot, cache=cache,
                     limits=Limits.from_config(current_app.config),
                     session=session if record else None, expand=services.expand,
                     budget=budget or CheckBudget.from_config(current_app.config),
                     extractor=services.extractor(_caller()),
                     exposure_limit=current_app.config["EXPOSURE_MAX_PAIRS"])


def _principal():
    """Who is calling; None for the CLI, which acts for the deployment itself (as dev mode's
    caller does) and so needn't load token verification."""
    if not has_request_context():
        return None
    from ..auth.guard import current_principal  # (auth imports the API's error helpers)

    return current_principal()


def _caller():
    """Whose attachments these are, for the per-caller bound on extraction in flight."""
    if not has_request_context():  # the CLI: no request, and no need to load the rate limiter
        return "local"
    from ..ratelimit import caller_key

    return caller_key()


def present(result):
    """The response body for a CheckResult."""
    identified = result.identified
    return RESPONSE.dump({
        "check_id": result.check_id, "decision": result.decision.decision, **result.dialog,
        "reasons": result.decision.reasons,
        "recipients": [{"email": r.email, "field": r.field, "known": r.known, "role": r.role,
                        "linked_clients": len(identified & r.linked),
                        "unlinked_clients": len(identified - r.linked)} for r in result.recipients],
        "findings": result.counts, "elapsed_ms": round(result.elapsed_ms, 2),
    })


@bp.post("/check")
def check():
    # the deadline counts from the request's arrival, reading its body included
    budget = CheckBudget.from_config(current_app.config, arrival.arrived(request.environ))
    inp = check_input(json_body(), current_app.config)
    try:
        result = perform(inp, budget=budget)
    except MissingAttachments as exc:
        raise ApiError(409, "Send these attachments again with their content.", missing=exc.missing)
    except Exception as exc:  # noqa: BLE001 — it could not decide: answer the configured fail mode
        body = failmode.answer(inp, exc)
        body["stamp"] = stamps.for_answer(current_app.config, inp, body)
        return jsonify(body)
    body = present(result)
    body["stamp"] = stamps.for_result(current_app.config, inp, result)
    g.check_answer = body  # for the metrics and the log line, without parsing the response again
    return jsonify(body)


@bp.post("/checks/<check_id>/override")
def override(check_id):
    body = OverrideRequestSchema().load(json_body())
    session = db.get_session()
    check_record = audit_queue.find_check(session, check_id)  # may still be queued
    if check_record is None:
        raise ApiError(404, "No such check.")
    try:  # only a warning, once, with a reason in words (api/override.py)
        overrides.admit(session, check_record, body["justification"],
                        get_services().snapshot(session).policy.settings)
        overrides.record(session, check_record, body["justification"].strip(), category=body["category"])
    except overrides.Refused as exc:
        raise ApiError(exc.status, exc.message, **({"fields": {exc.field: [exc.message]}} if exc.field else {}),
                       **exc.extra) from None
    return jsonify({"check_id": check_id, "recorded": True,
                    "stamp": stamps.for_record(current_app.config, check_record, overridden=True)}), 201
