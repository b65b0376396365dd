"""When a request arrived: stamped by the outermost WSGI layer, before anything reads its body.

One clock for everything that counts from the request's start — a check's deadline
(inspect/budget.py), the `needtoknow_check_seconds` metric, a fail-mode answer's `elapsed_ms`."""
import time

ARRIVED = "needtoknow.arrived"  # WSGI environ key: time.monotonic() when the request arrived


def stamp(wsgi_app):
    """WSGI middleware: note when each request arrived."""
    def app(environ, start_response):
        environ.setdefault(ARRIVED, time.monotonic())
        return wsgi_app(environ, start_response)
    return app


def arrived(environ):
    """The request's arrival (time.monotonic()), or None outside a stamped app."""
    return environ.get(ARRIVED)


def seconds_since(environ):
    """Seconds since the request arrived (0 when it was never stamped)."""
    at = environ.get(ARRIVED)
    return time.monotonic() - at if at is not None else 0.0
