"""JSON log lines (one object per line) that carry the request id of the request they belong to.

The request id comes from the proxy's `X-Request-ID` when it looks like one, else it is made here,
and it goes back in the response header so the access log, the app log and the caller agree.
"""
import logging
import re
import sys

from flask import g, has_request_context, request
from pythonjsonlogger.json import JsonFormatter

from ..ids import new_id

HEADER = "X-Request-ID"
_QUERY = re.compile(r"\?[^\s\"]*")
_ACCEPTED = re.compile(r"^[A-Za-z0-9._-]{8,64}$")
_FIELDS = "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s"
_HANDLER_NAME = "needtoknow"

CHECK_LOG = "needtoknow.check_log"  # WSGI environ key: a check's log fields, for its access line


class RequestIdFilter(logging.Filter):
    """Stamps every record with the current request's id (or "-" outside a request)."""

    def filter(self, record):
        if not hasattr(record, "request_id"):
            record.request_id = g.get("request_id", "-") if has_request_context() else "-"
        return True


class NoQueryString(logging.Filter):
    """For the development server's request lines (`"GET /path?q=… HTTP/1.1" 200 -`): the query
    is cut, as gunicorn's access log does (observability.access), since the console's searches
    carry names and addresses in it."""

    def filter(self, record):
        if isinstance(record.args, tuple):
            record.args = tuple(_QUERY.sub("", a) if isinstance(a, str) else a for a in record.args)
        return True


def formatter(fmt="json"):
    if fmt == "json":
        return JsonFormatter(_FIELDS, rename_fields={"asctime": "time", "levelname": "level",
                                                     "name": "logger"})
    return logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s")


def configure(level="INFO", fmt="json", stream=None):
    """One handler on the `needtoknow` logger, replaced (not added) on every call."""
    logger = logging.getLogger("needtoknow")
    for old in [h for h in logger.handlers if h.get_name() == _HANDLER_NAME]:
        logger.removeHandler(old)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(formatter(fmt))
    handler.addFilter(RequestIdFilter())
    logger.addHandler(handler)
    logger.setLevel(level.upper())
    server_log = logging.getLogger("werkzeug")
    if not any(isinstance(f, NoQueryString) for f in server_log.filters):
        server_log.addFilter(NoQueryString())
    return handler


def _assign_request_id():
    given = request.headers.get(HEADER, "")
    g.request_id = given if _ACCEPTED.match(given) else new_id()


def _echo_request_id(response):
    if "request_id" in g:
        response.headers[HEADER] = g.request_id
    return response


def init_app(app):
    configure(app.config["LOG_LEVEL"], app.config["LOG_FORMAT"])
    app.before_request(_assign_request_id)
    app.after_request(_echo_request_id)
