"""Need to Know: the check between a care agency's staff and the Send button."""
import os

from . import config as config_module


def create_app(overrides=None):
    """Build the app: config → extensions → blueprints → errors → cli."""
    from flask import Flask  # here, not at import: `needtoknow --help` must not wait for Flask

    root = config_module.project_root()
    app = Flask(__name__, instance_path=config_module.instance_path(root),
                static_folder=os.path.join(root, "static"), static_url_path="/static")
    os.makedirs(app.instance_path, exist_ok=True)
    app.config.update(config_module.from_environment())
    app.config.update(overrides or {})
    config_module.finish(app.config, app.instance_path)

    from . import auth, db, failmode, observability, ratelimit, redis_cache, services
    from .api import init_app as init_api
    from .audit import chain as audit_chain, queue as audit_queue

    db.init_app(app)
    services.init_app(app)
    redis_cache.init_app(app)  # before observability, which meters whichever cache is chosen
    observability.init_app(app)  # first before_request: request id and timer
    audit_queue.init_app(app)
    audit_chain.configure(app.config["AUDIT_HEAD_LOG_SECONDS"])
    ratelimit.init_app(app)
    failmode.init_app(app)
    auth.init_app(app)
    init_api(app)
    from .inspect.budget import stamp_arrival

    app.wsgi_app = stamp_arrival(app.wsgi_app)  # outermost: a check's deadline counts from here
    return app


def _project_root():
    return config_module.project_root()
