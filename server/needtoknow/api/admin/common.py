"""What every admin view needs: the request's database session, who is acting, the settings'
defaults, and `PolicyError` as a JSON error."""
from flask import current_app

from ... import db
from ...admin.identity import actor  # noqa: F401  (re-exported for the views)
from ...policy_store.store import PolicyLoader, setting_defaults
from ...services import get_services
from ..check import json_body  # noqa: F401  (re-exported for the views)
from ..errors import error_response


def session():
    return db.get_session()


def defaults():
    """The settings' values when no admin has set them (the loader's, captured at first use)."""
    loader = get_services().load_policy
    if isinstance(loader, PolicyLoader):
        return loader.setting_defaults(current_app.config)
    return setting_defaults(current_app.config)


def policy_error(exc):
    fields = {exc.field: [exc.message]} if exc.field else {}
    return error_response(exc.status, exc.message, **({"fields": fields} if fields else {}))
