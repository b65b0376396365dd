"""The Outlook add-in's server side: manifests generated from the public URLs, CORS for the
add-in's origin, and distribution lists expanded through Microsoft Graph."""
from . import cors, graph


def init_app(app):
    cors.init_app(app)
    init_lists(app)


def init_lists(app):
    """Distribution lists expanded through Graph, when its settings are given."""
    lists = graph.from_config(app.config)
    if lists is not None:
        from ..services import get_services

        services = get_services(app)
        services.expand = chain(services.expand, lists.expand)


def chain(first, second):
    """Both expansions in turn (another add-in may have set one already)."""
    if first is None:
        return second
    return lambda addressees: second(first(addressees))
