"""JSON errors for every 4xx and 5xx: a message and, for bad fields, which field. Never the
submitted values."""
import logging

from flask import jsonify
from marshmallow import ValidationError
from werkzeug.exceptions import HTTPException

log = logging.getLogger(__name__)


class ApiError(Exception):
    def __init__(self, status, error, **extra):
        super().__init__(error)
        self.status, self.error, self.extra = status, error, extra


def error_response(status, error, **extra):
    response = jsonify({"error": error, **extra})
    response.status_code = status
    return response


def _validation(exc):
    return error_response(400, "The request is not valid.", fields=exc.normalized_messages())


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
