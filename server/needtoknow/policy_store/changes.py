"""An admin's changes to groups, group rules and settings.

Each change is one transaction: the rows, the `policy` revision bump (so every worker reloads)
and an audit record of who changed what, before and after.
"""
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ..audit.writer import record_admin_change
from ..policy.severity import ORDER
from .store import SETTING_KEYS, bump_revision, current_settings, group_dict, rule_dict
from .tables import GroupRule, PolicySetting, RecipientGroup

GROUP_DEFAULTS = {"description": "", "roles": [], "domains": [], "addresses": [], "lists": [],
                  "network": "any"}
GROUP_FIELDS = ("name", *GROUP_DEFAULTS)
# rules that must stay `block` unless an admin writes down why: codes that open clients' doors
SAFETY_RULES = frozenset({"access-code"})
REASON_MIN_CHARS = 10


class PolicyError(Exception):
    """A change that can't be made: `status` 400 (a rule names no group), 404 (no such row) or
    409 (conflict); `field` names the input at fault."""

    def __init__(self, status, message, field=None):
        super().__init__(message)
        self.status, self.message, self.field = status, message, field


def _flush(session):
    try:
        session.flush()
    except IntegrityError:  # a concurrent change got there first
        session.rollback()
        raise PolicyError(409, "That conflicts with an existing entry.") from None


def _commit(session, actor, what, before, after):
    _flush(session)
    bump_revision(session)
    record_admin_change(session, actor, what, before, after)  # commits


def _group(session, group_id, status=404):
    """The group; a missing one is 404 when the URL names it, 400 when a rule's body does."""
    row = session.get(RecipientGroup, group_id)
    if row is None:
        raise PolicyError(status, "No such group.", "group_id" if status == 400 else None)
    return row


def _unique_name(session, name, group_id=None):
    found = session.scalar(select(RecipientGroup.id).where(RecipientGroup.name == name))
    if found is not None and found != group_id:
        raise PolicyError(409, "A group with this name already exists.", "name")


def create_group(session, actor, data):
    _unique_name(session, data["name"])
    given = {k: v for k, v in data.items() if k in GROUP_FIELDS}
    row = RecipientGroup(**{**GROUP_DEFAULTS, **given})
    session.add(row)
    _flush(session)
    _commit(session, actor, f"group “{row.name}” created", None, group_dict(row))
    return group_dict(row)


def update_group(session, actor, group_id, data):
    row = _group(session, group_id)
    if "name" in data:
        _unique_name(session, data["name"], group_id)
    before = group_dict(row)
    for key in GROUP_FIELDS:
        if key in data:
            setattr(row, key, data[key])
    _commit(session, actor, f"group “{before['name']}” changed", before, group_dict(row))
    return group_dict(row)


def delete_group(session, actor, group_id):
    row = _group(session, group_id)
    rules = session.scalars(select(GroupRule).where(GroupRule.group_id == group_id)).all()
    before = {**group_dict(row), "rules": [rule_dict(r, row.name) for r in rules]}
    for rule in rules:
        session.delete(rule)
    session.delete(row)
    _commit(session, actor, f"group “{row.name}” deleted", before, None)


def _rule(session, rule_id):
    row = session.get(GroupRule, rule_id)
    if row is None:
        raise PolicyError(404, "No such group rule.")
    return row


def _no_duplicate(session, group_id, rule, rule_id=None):
    found = session.scalar(select(GroupRule.id).where(GroupRule.group_id == group_id,
                                                      GroupRule.rule == rule))
    if found is not None and found != rule_id:
        raise PolicyError(409, "This group already has a setting for that rule; change it instead.",
                          "rule")


def _relaxing_reason(data, rule, severity):
    """The admin's reason when a safety rule is set below block (required then), else None."""
    if rule not in SAFETY_RULES or ORDER[severity] >= ORDER["block"]:
        return None
    reason = " ".join((data.get("reason") or "").split())
    if len(reason) < REASON_MIN_CHARS or not any(c.isalpha() for c in reason):
        raise PolicyError(400, "Key safe and door codes are blocked for everyone by default. To "
                               "relax this for a group, write why (at least "
                               f"{REASON_MIN_CHARS} characters); it is kept in the audit log.",
                          "reason")
    return reason


def _with_reason(rule, reason):
    return rule if reason is None else {**rule, "reason": reason}


def create_rule(session, actor, data):
    group = _group(session, data["group_id"], 400)
    _no_duplicate(session, group.id, data["rule"])
    reason = _relaxing_reason(data, data["rule"], data["severity"])
    row = GroupRule(group_id=group.id, rule=data["rule"], severity=data["severity"],
                    note=data.get("note", ""))
    session.add(row)
    _flush(session)
    _commit(session, actor, f"rule {row.rule} for “{group.name}” created", None,
            _with_reason(rule_dict(row, group.name), reason))
    return rule_dict(row, group.name)


def update_rule(session, actor, rule_id, data):
    row = _rule(session, rule_id)
    group = _group(session, data.get("group_id", row.group_id), 400)
    _no_duplicate(session, group.id, data.get("rule", row.rule), rule_id)
    reason = None
    if ORDER[data.get("severity", row.severity)] < ORDER[row.severity] \
            or (data.get("rule", row.rule), group.id) != (row.rule, row.group_id):  # relaxing, or a new rule or group
        reason = _relaxing_reason(data, data.get("rule", row.rule), data.get("severity", row.severity))
    before = rule_dict(row, session.get(RecipientGroup, row.group_id).name)
    for key in ("group_id", "rule", "severity", "note"):
        if key in data:
            setattr(row, key, data[key])
    _commit(session, actor, f"rule {before['rule']} for “{before['group']}” changed", before,
            _with_reason(rule_dict(row, group.name), reason))
    return rule_dict(row, group.name)


def delete_rule(session, actor, rule_id):
    row = _rule(session, rule_id)
    before = rule_dict(row, session.get(RecipientGroup, row.group_id).name)
    session.delete(row)
    _commit(session, actor, f"rule {row.rule} for “{before['group']}” deleted", before, None)


def update_settings(session, actor, changes, defaults):
    """Store the changed settings; the audit record holds only the keys that changed."""
    before = current_settings(session, defaults)
    changed = {k: v for k, v in changes.items() if k in SETTING_KEYS and before[k] != v}
    if not changed:
        return before
    for key, value in changed.items():
        session.merge(PolicySetting(key=key, value=value))
    _commit(session, actor, "settings changed", {k: before[k] for k in changed}, changed)
    return {**before, **changed}
