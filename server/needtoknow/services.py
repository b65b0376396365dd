"""Long-lived objects each worker keeps: the directory snapshot (view, match index, lookalike
search, policy), rebuilt only when the directory or policy revision changes, and the findings
cache."""
import threading
from dataclasses import dataclass

from flask import current_app

from .cache import MemoryCache
from .directory.lookalike import Lookalikes
from .directory.view import load_view
from .directory.view import revisions as load_revisions
from .inspect.directory_match import ClientIndex
from .policy import Policy, Settings

EXTENSION = "needtoknow.services"


@dataclass(frozen=True)
class Snapshot:
    revisions: tuple  # (directory, policy)
    view: object  # DirectoryView
    index: object  # ClientIndex
    lookalikes: Lookalikes
    policy: Policy

    @property
    def key(self):
        """Names what cached findings depend on: the clients and the organisation's own numbers."""
        return f"d{self.revisions[0]}p{self.revisions[1]}"


def policy_from_config(_session, config):
    """The default policy: SPEC's rules with settings from the environment."""
    return Policy(settings=Settings(org_domains=tuple(config["ORG_DOMAINS"]),
                                    fail_mode=config["FAIL_MODE"]))


class Services:
    def __init__(self, config):
        self.config = config
        self.cache = MemoryCache(config["FINDINGS_CACHE_ENTRIES"], config["FINDINGS_CACHE_SECONDS"])
        self.load_policy = policy_from_config  # the admin console's store replaces this
        self.expand = None  # callable(addressees) -> addressees: distribution-list expansion
        self._snapshot = None
        self._lock = threading.Lock()

    def snapshot(self, session):
        """The snapshot for the database's current revisions; rebuilt at most once per change."""
        revisions = load_revisions(session, ("directory", "policy"))
        current = self._snapshot
        if current is not None and current.revisions == revisions:
            return current
        with self._lock:
            current = self._snapshot
            if current is None or current.revisions != revisions:
                current = self._build(session, revisions)
                self._snapshot = current
        return current

    def _build(self, session, revisions):
        view = load_view(session)
        policy = self.load_policy(session, self.config)
        index = ClientIndex.build(view.clients, org_phones=policy.settings.org_phones,
                                  org_postcodes=policy.settings.org_postcodes,
                                  other_names=view.other_names)
        return Snapshot(revisions, view, index, Lookalikes(view.emails), policy)


def init_app(app):
    app.extensions[EXTENSION] = Services(app.config)


def get_services(app=None):
    return (app or current_app).extensions[EXTENSION]
