"""HTTP layer: thin views over the domain; blueprints are registered here."""
from . import admin, check, demo, errors, gmail, hardening, health, openapi, reports, wellknown


def init_app(app):
    errors.init_app(app)
    hardening.init_app(app)
    for blueprint in (health.bp, check.bp, reports.bp, openapi.bp, demo.bp, gmail.bp, wellknown.bp, *admin.blueprints):
        app.register_blueprint(blueprint)
    openapi.describe_check_api(app)
