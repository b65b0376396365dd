"""Long-lived objects each worker keeps: the directory snapshot (view, match index, lookalike
search, policy), rebuilt in the background when the directory or policy revision changes
(snapshots.py), the findings cache, and the helper processes that read attachments."""
import time
from dataclasses import dataclass

from flask import current_app

from . import db
from .cache import MemoryCache
from .directory.lookalike import Lookalikes
from .directory.view import load_view
from .directory.view import revisions as load_revisions
from .inspect.directory_match import ClientIndex
from .inspect import extract
from .inspect.extract import pool as extract_pool
from .policy import Policy, Settings
from .snapshots import SnapshotKeeper

EXTENSION = "needtoknow.services"
WARM_DOMAIN = "warm-up.invalid"  # RFC 2606: never a real recipient


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


def _revisions(session):
    return load_revisions(session, ("directory", "policy"))


class Services:
    def __init__(self, config, sessions=None):
        self.config = config
        self.cache = MemoryCache(config["FINDINGS_CACHE_ENTRIES"], config["FINDINGS_CACHE_SECONDS"])
        self.load_policy = policy_from_config  # the admin console's store replaces this
        self.expand = None  # callable(addressees) -> addressees: distribution-list expansion
        self.snapshots = SnapshotKeeper(self._build, _revisions, sessions,
                                        float(config.get("SNAPSHOT_REFRESH_SECONDS", 0)),
                                        build_lock=config.get("SNAPSHOT_BUILD_LOCK"))
        self.slots = extract_pool.CallerSlots(int(config.get("EXTRACT_PER_CALLER", 2)))

    def snapshot(self, session):
        """The snapshot checks use now: the current one, or (no background refresh) the one for
        the database's current revisions, rebuilt at most once per change."""
        return self.snapshots.get(session)

    def extractor(self, caller):
        """Where `caller`'s attachments are read: helper processes, or None (in this process)."""
        pool = self._pool()
        return None if pool is None else extract_pool.bounded(pool, self.slots, caller)

    def _pool(self):
        processes = int(self.config.get("EXTRACT_PROCESSES", 0))
        if processes <= 0:
            return None
        return extract_pool.shared_pool(processes, int(self.config.get("EXTRACT_MEMORY_MB", 0)) << 20,
                                        max(1, int(self.config["EXTRACT_SECONDS"] + 0.999)))

    def warm(self):
        """Before a worker takes traffic: the snapshot built, the helper processes started."""
        pool = self._pool()
        if pool is not None:
            pool.warm()
        else:  # attachments are read in this process: their readers load now, not on a first file
            extract.load_readers()
        if self.snapshots.refresh > 0:
            self.snapshots.prepare()
        self.warm_engine()

    def warm_engine(self):
        """One check of a made-up message, not audited: what the first check would otherwise
        build inside its deadline (the recognizers' patterns, ~0.2 s; the look-alike letters
        table) is built now, before traffic. Nothing to do before a snapshot exists."""
        from .check import Addressee, CheckInput, run_check
        from .inspect.extract.limits import Limits

        snapshot = self.snapshots.current
        if snapshot is None:
            return
        warm = CheckInput(sender=f"warm-up@{WARM_DOMAIN}", addressees=(Addressee(f"nobody@{WARM_DOMAIN}"),),
                          subject="Réunion", body="Visite à 10:30, code 0000.")
        run_check(warm, snapshot=snapshot, cache=self.cache, limits=Limits.from_config(self.config), session=None)

    def _build(self, session, revisions):
        view = load_view(session)
        policy = self.load_policy(session, self.config)
        time.sleep(0)  # between stages, let checks answering beside a background build run
        index = ClientIndex.build(view.clients, org_phones=policy.settings.org_phones,
                                  org_postcodes=policy.settings.org_postcodes,
                                  other_names=view.other_names)
        time.sleep(0)
        return Snapshot(revisions, view, index, Lookalikes(view.emails), policy)


def init_app(app):
    app.extensions[EXTENSION] = Services(app.config, sessions=lambda: db.sessions(app)())


def get_services(app=None):
    return (app or current_app).extensions[EXTENSION]
