"""JSON errors for every 4xx and 5xx: a message and, for bad fields, which field. Never the
submitted values: marshmallow's messages don't quote them, and the one place a caller's text
becomes a key — an unknown field's name — is named only when it reads like a field name
(`colour`); one that could be a pasted name, number or code is counted under `_unknown`."""
import logging
import re

from flask import jsonify
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)
UNKNOWN = "Unknown field."
_FIELD_NAME = re.compile(r"[a-z_]{1,40}")  # lower case, no digits, no spaces


class ApiError(Exception):
    def __init__(self, status, error, **extra):
        super().__init__(error)
        self.status, self.error, self.extra = status, error, extra


def error_response(status, error, **extra):
    response = jsonify({"error": error, **extra})
    response.status_code = status
    return response


def _validation(exc):
    return error_response(400, "The request is not valid.", fields=safe_messages(exc.normalized_messages()))


def safe_messages(messages):
    """marshmallow's messages, unknown fields whose names don't read as field names counted in
    one `_unknown` entry instead."""
    if not isinstance(messages, dict):
        return messages
    out, hidden = {}, 0
    for key, value in messages.items():
        if value == [UNKNOWN] and not (isinstance(key, str) and _FIELD_NAME.fullmatch(key)):
            hidden += 1
        else:
            out[key] = safe_messages(value)
    if hidden:
        out["_unknown"] = [f"{hidden} unknown field{'s' if hidden != 1 else ''} (names not shown)."]
    return out


def _http(exc):
    return error_response(exc.code or 500, exc.description or exc.name)


def _api(exc):
    return error_response(exc.status, exc.error, **exc.extra)


def _unexpected(exc):
    # the type only: an exception's text may quote the content being checked
    log.error("unhandled %s", type(exc).__name__)
    return error_response(500, "Internal error.")


def init_app(app):
    app.register_error_handler(ValidationError, _validation)
    app.register_error_handler(HTTPException, _http)
    app.register_error_handler(ApiError, _api)
    app.register_error_handler(Exception, _unexpected)
