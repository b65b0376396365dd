"""HTTP layer: thin views over the domain; blueprints are registered here.

The views are imported when an app registers them, not when a module of this package is: a
command that only needs `api.check.present` or `api.errors` does not load the admin console,
the Gmail add-on's Google client or the incident report's PDF writer (`needtoknow check`'s
start-up, bench/bench_cli.py).
"""


def init_app(app):
    from . import admin, check, demo, errors, gmail, hardening, health, openapi, reports, wellknown

    errors.init_app(app)
    hardening.init_app(app)
    for blueprint in (health.bp, check.bp, reports.bp, openapi.bp, demo.bp, gmail.bp, wellknown.bp, *admin.blueprints):
        app.register_blueprint(blueprint)
    openapi.describe_check_api(app)
