"""Gunicorn's logger with JSON lines: the access log names the path, never the query string, and
never the body (SPEC: no content in logs). A check's line also carries what the app noted of it
(`check`: id, decision, rules, counts — metrics.observe_check), so a check is one line, not two."""
import json
import time

from gunicorn import glogging

from .logs import CHECK_LOG, RequestIdFilter, formatter


class JsonLogger(glogging.Logger):
    def setup(self, cfg):
        super().setup(cfg)
        for handler in self.error_log.handlers:  # the access log's lines are JSON already
            handler.setFormatter(formatter("json"))
            handler.addFilter(RequestIdFilter())

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        self.access_log.info(json.dumps(access_record(resp, environ, request_time)))


def access_record(resp, environ, request_time):
    """One request as a dict: method, path (no query), status, size, time, request id."""
    status = resp.status.split(None, 1)[0] if isinstance(resp.status, str) else resp.status
    headers = dict((k.lower(), v) for k, v in (resp.headers or ()))
    check = environ.get(CHECK_LOG)
    return {**({"message": "check answered", "check": check} if check else {}),
        "time": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "type": "access",
        "remote": environ.get("REMOTE_ADDR", "-"), "method": environ.get("REQUEST_METHOD"),
        "path": environ.get("PATH_INFO"), "status": int(status),
        "bytes": getattr(resp, "sent", None),
        "ms": round(request_time.total_seconds() * 1000, 2),
        "request_id": headers.get("x-request-id", "-"),
    }
