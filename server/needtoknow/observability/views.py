"""GET /readyz and GET /metrics (GET /healthz, liveness, is api/health.py)."""
from flask import Blueprint, Response, current_app, jsonify
from prometheus_client import CONTENT_TYPE_LATEST

from . import exposition
from ..services import get_services
from .readiness import readiness

bp = Blueprint("observability", __name__)


@bp.get("/readyz")
def readyz():
    ready, details = readiness(current_app)
    details["snapshot"] = get_services(current_app).snapshots.status()  # how stale the directory may be
    response = jsonify({"status": "ready" if ready else "not ready", **details})
    response.status_code = 200 if ready else 503
    return response


@bp.get("/metrics")
def metrics():
    return Response(exposition.render(current_app._get_current_object()),
                    content_type=CONTENT_TYPE_LATEST)
