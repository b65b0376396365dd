"""The policy in the database: read groups, group rules and settings into a `Policy`.

`PolicyLoader` replaces `Services.load_policy`. Every change (see `policy_store.changes`) bumps the
`policy` revision, so each worker — and every other app instance on the same database — rebuilds
its snapshot on its next check.

Settings default to the environment's values (`NEEDTOKNOW_ORG_DOMAINS`, `…_FAIL_MODE`, the size
limits) and to SPEC's thresholds; a row in `policy_settings` overrides one.
"""
import threading
from dataclasses import fields

from sqlalchemy import select

from ..directory import models as revisions
from ..directory.models import Revision
from ..policy.groups import Group, Overrides
from ..policy.model import Policy, Settings
from .tables import GroupRule, PolicySetting, RecipientGroup

REVISION = "policy"
POLICY_KEYS = tuple(f.name for f in fields(Settings))
# The extraction limits are config values; an admin's value replaces the environment's.
LIMIT_KEYS = {
    "max_attachment_bytes": "MAX_ATTACHMENT_BYTES", "max_attachments": "MAX_ATTACHMENTS",
    "max_pages": "MAX_PAGES", "max_cells": "MAX_CELLS", "max_archive_depth": "MAX_ARCHIVE_DEPTH",
    "max_archive_members": "MAX_ARCHIVE_MEMBERS", "extract_seconds": "EXTRACT_SECONDS",
}
ENV_KEYS = {"org_domains": "ORG_DOMAINS", "fail_mode": "FAIL_MODE", **LIMIT_KEYS}
SETTING_KEYS = POLICY_KEYS + tuple(LIMIT_KEYS)


def setting_defaults(config):
    """Every setting's value when no admin has set it: the environment's, else SPEC's."""
    spec = Settings()
    values = {key: getattr(spec, key) for key in POLICY_KEYS}
    values.update({key: config[env] for key, env in ENV_KEYS.items() if env in config})
    return {key: list(v) if isinstance(v, tuple) else v for key, v in values.items()}


def current_settings(session, defaults):
    values = dict(defaults)
    for row in session.scalars(select(PolicySetting)):
        if row.key in values:
            values[row.key] = row.value
    return values


def group_dict(row):
    return {"id": row.id, "name": row.name, "description": row.description or "",
            "roles": list(row.roles or ()), "domains": list(row.domains or ()),
            "addresses": list(row.addresses or ()), "lists": list(row.lists or ()),
            "network": row.network or "any"}


def rule_dict(row, group_name=None):
    return {"id": row.id, "group_id": row.group_id, "group": group_name, "rule": row.rule,
            "severity": row.severity, "note": row.note or ""}


def list_groups(session):
    rows = session.scalars(select(RecipientGroup).order_by(RecipientGroup.name))
    return [group_dict(g) for g in rows]


def list_rules(session, group_id=None):
    query = (select(GroupRule, RecipientGroup.name).join(RecipientGroup)
             .order_by(RecipientGroup.name, GroupRule.rule))
    if group_id is not None:
        query = query.where(GroupRule.group_id == group_id)
    return [rule_dict(rule, name) for rule, name in session.execute(query)]


def load_groups(session):
    """Every group as a `Group` (the matching form)."""
    return [Group.of(g["id"], g["name"], g["roles"], g["domains"], g["addresses"], g["lists"],
                     g["network"]) for g in list_groups(session)]


def bump_revision(session):
    """Increment the `policy` revision in the session's transaction (the caller commits)."""
    return revisions.bump_revision(session, REVISION)


def load_policy(session, defaults):
    """(Policy, settings values) from the database."""
    values = current_settings(session, defaults)
    settings = Settings(**{k: tuple(values[k]) if isinstance(values[k], list) else values[k]
                           for k in POLICY_KEYS})
    groups = load_groups(session)
    rules = session.execute(select(GroupRule.group_id, GroupRule.rule, GroupRule.severity)).all()
    overrides = Overrides(groups, rules, settings.org_domains) if rules else None
    row = session.get(Revision, REVISION)
    return Policy(settings=settings, overrides=overrides, revision=row.number if row else 0), values


class PolicyLoader:
    """`Services.load_policy`: the policy from the database over the environment's defaults.

    The defaults are taken from the config on the first load (after start-up has finished with
    it); from then on each load writes the admin's values for the environment's keys back into
    the config, so code that reads the config per check (the size limits) sees them too.
    """

    def __init__(self):
        self.defaults = None
        self._lock = threading.Lock()

    def setting_defaults(self, config):
        with self._lock:  # taken once, before this loader first writes into the config
            if self.defaults is None:
                self.defaults = setting_defaults(config)
        return self.defaults

    def __call__(self, session, config):
        policy, values = load_policy(session, self.setting_defaults(config))
        for key, config_key in ENV_KEYS.items():
            value = values[key]
            config[config_key] = tuple(value) if isinstance(value, list) else value
        return policy
