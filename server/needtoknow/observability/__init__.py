"""What operators see: JSON logs with a request id, Prometheus metrics, /readyz.

`init_app` wires the three into an app. Nothing here reads message content: logs and metrics carry
decisions, rule ids, counts and timings only.
"""


def init_app(app):
    # Imported here: the audit queue and the fail mode import metrics.py alone, and a one-shot
    # `needtoknow check` (no HTTP layer) must not load the views' Alembic and exposition with it.
    from . import logs, metrics, views

    logs.init_app(app)
    metrics.init_app(app)
    app.register_blueprint(views.bp)
