"""Prometheus metrics. Under gunicorn every worker writes its samples to PROMETHEUS_MULTIPROC_DIR
(infra/gunicorn.conf.py sets it before this module is imported) and /metrics adds them up.

Checks are measured from their responses (decision, rule ids, timing), so the engine stays free of
metrics code; extraction failures are counted as findings enter the findings cache, which every
freshly extracted attachment does exactly once.
"""
import logging

from flask import g, request
from prometheus_client import Counter, Gauge, Histogram

from . import arrival
from .logs import CHECK_LOG

CHECK_SECONDS = Histogram(
    "needtoknow_check_seconds", "Time to answer POST /api/v1/check, by decision", ["decision"],
    buckets=(0.005, 0.01, 0.02, 0.035, 0.05, 0.075, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60))
CHECK_REASONS = Counter(
    "needtoknow_check_reasons", "Reasons checks gave, by rule id and severity", ["rule", "severity"])
EXTRACTION_FAILURES = Counter(
    "needtoknow_extraction_failures", "Attachments or members that could not be inspected, by kind",
    ["kind"])
FINDINGS_CACHE = Counter(
    "needtoknow_findings_cache", "Findings cache look-ups and errors, by result", ["result"])
FAIL_MODE = Counter(
    "needtoknow_fail_mode", "Checks answered with the fail mode because they could not run, by cause",
    ["cause"])
AUDIT_RECORDS = Counter(
    "needtoknow_audit_records",
    "Audit records by outcome: queued (spooled for the writer thread), written (in the database), "
    "refused (not kept: the spool was full or could not be written; the check answered block), "
    "rejected (refused by the database even in reduced form)", ["outcome"])
AUDIT_SPOOL_CORRUPT = Counter(
    "needtoknow_audit_spool_corrupt",
    "Torn or corrupt audit spool records moved aside (a process killed mid-append)")
AUDIT_PENDING = Gauge(
    "needtoknow_audit_pending", "Audit records waiting for the database", multiprocess_mode="livesum")
HTTP_RESPONSES = Counter(
    "needtoknow_http_responses", "Responses by endpoint and status code", ["endpoint", "status"])

CHECK_ENDPOINT = "check.check"
log = logging.getLogger("needtoknow.checks")


class MeteredCache:
    """Wraps the findings cache: counts hits and misses, and the problems of each new extraction."""

    def __init__(self, inner):
        self.inner = inner

    def get(self, key):
        value = self.inner.get(key)
        FINDINGS_CACHE.labels("hit" if value is not None else "miss").inc()
        return value

    def set(self, key, value):
        for problem in value[1]:
            EXTRACTION_FAILURES.labels(problem.kind).inc()
        self.inner.set(key, value)


def _observe(response):
    endpoint = request.url_rule.endpoint if request.url_rule else "none"
    HTTP_RESPONSES.labels(endpoint, str(response.status_code)).inc()
    if endpoint == CHECK_ENDPOINT and response.status_code == 200 and response.is_json:
        body = g.get("check_answer") or response.get_json(silent=True) or {}
        observe_check(body, arrival.seconds_since(request.environ), request.environ)
    return response


def observe_check(body, seconds, environ=None):
    """Metrics and the `check answered` log fields of one check. Under gunicorn (`environ` from it)
    the fields go on the request's access line (observability/access.py), one line a request;
    otherwise they are logged as a line of their own."""
    decision = body.get("decision", "unknown")
    CHECK_SECONDS.labels(decision).observe(seconds)
    rules = []
    for reason in body.get("reasons", ()):
        rules.append(reason.get("rule", "unknown"))
        CHECK_REASONS.labels(rules[-1], reason.get("severity", "unknown")).inc()
    # ids, counts and timings only: never an address, a name or the text
    fields = {"check_id": body.get("check_id"), "decision": decision, "rules": rules,
              "recipients": len(body.get("recipients", ())), "findings": body.get("findings", {}),
              "ms": round(seconds * 1000, 2)}
    if environ is not None and "gunicorn.socket" in environ:
        environ[CHECK_LOG] = fields
    else:
        log.info("check answered", extra=fields)


def init_app(app):
    from ..services import EXTENSION as SERVICES

    services = app.extensions.get(SERVICES)
    if services is not None and not isinstance(services.cache, MeteredCache):
        services.cache = MeteredCache(services.cache)
    app.after_request(_observe)
