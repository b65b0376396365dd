"""What operators see: JSON logs with a request id, Prometheus metrics, /readyz.

`init_app` wires the three into an app. Nothing here reads message content: logs and metrics carry
decisions, rule ids, counts and timings only.
"""
from . import logs, metrics, views


def init_app(app):
    logs.init_app(app)
    metrics.init_app(app)
    app.register_blueprint(views.bp)
