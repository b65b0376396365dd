"""Need to Know: the check between a care agency's staff and the Send button."""
import os

from . import config as config_module


def create_app(overrides=None, *, http=True):
    """Build the app: config → extensions → blueprints → errors → cli.

    `http=False` builds only what running checks needs — configuration, the database, the
    services with the admin's policy and distribution-list expansion — for a one-shot command
    (`needtoknow check`), without the HTTP layer: views, sign-in, rate limits, metrics, the
    audit queue and the shared findings cache (bench/bench_cli.py measures the difference)."""
    from flask import Flask  # here, not at import: `needtoknow --help` must not wait for Flask

    root = config_module.project_root()
    app = Flask(__name__, instance_path=config_module.instance_path(root),
                static_folder=os.path.join(root, "static"), static_url_path="/static")
    os.makedirs(app.instance_path, exist_ok=True)
    app.config.update(config_module.from_environment())
    app.config.update(overrides or {})
    config_module.finish(app.config, app.instance_path)

    from . import db, services

    db.init_app(app)
    services.init_app(app)
    if not http:
        return _checks_only(app)
    from . import auth, failmode, observability, ratelimit, redis_cache
    from .api import init_app as init_api
    from .audit import chain as audit_chain, queue as audit_queue

    redis_cache.init_app(app)  # before observability, which meters whichever cache is chosen
    observability.init_app(app)  # first before_request: request id and timer
    audit_queue.init_app(app)
    audit_chain.configure(app.config["AUDIT_HEAD_LOG_SECONDS"])
    ratelimit.init_app(app)
    failmode.init_app(app)
    auth.init_app(app)
    init_api(app)
    from .observability import arrival

    app.wsgi_app = arrival.stamp(app.wsgi_app)  # outermost: a check's deadline counts from here
    return app


def _checks_only(app):
    """What the HTTP layer's set-up would add that a check reads: the admin's policy from the
    database (api/admin/setup.py) and distribution lists expanded through Graph (outlook/)."""
    from .outlook import init_lists
    from .policy_store.store import PolicyLoader
    from .services import get_services

    get_services(app).load_policy = PolicyLoader()
    init_lists(app)
    return app


def _project_root():
    return config_module.project_root()
