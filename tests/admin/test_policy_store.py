"""policy_store/store.py and policy_store/changes.py: the policy read from the database, revisions, audit."""
from needtoknow import db
from needtoknow.audit.models import AuditRecord
from needtoknow.directory.view import revision
from needtoknow.policy_store import changes
from needtoknow.policy_store.store import PolicyLoader, load_policy, setting_defaults
from needtoknow.services import get_services


def test_the_console_installs_the_database_loader(app):
    assert isinstance(get_services(app).load_policy, PolicyLoader)


def test_defaults_are_the_environment_then_spec(app):
    defaults = setting_defaults({**app.config, "ORG_DOMAINS": ("a.example",), "FAIL_MODE": "block"})
    assert defaults["org_domains"] == ["a.example"] and defaults["fail_mode"] == "block"
    assert defaults["bulk_min_clients"] == 10 and defaults["org_phones"] == []
    assert defaults["max_pages"] == app.config["MAX_PAGES"]


def test_every_change_bumps_the_policy_revision_and_is_audited(app):
    with app.app_context():
        session = db.get_session()
        defaults = setting_defaults(app.config)
        assert revision(session, "policy") == 0
        group = changes.create_group(session, "me", {"name": "G", "roles": ["relative"]})
        rule = changes.create_rule(session, "me", {"group_id": group["id"], "rule": "client-data",
                                                   "severity": "block"})
        changes.update_rule(session, "me", rule["id"], {"severity": "warn"})
        changes.update_settings(session, "me", {"bulk_min_clients": 4}, defaults)
        changes.update_settings(session, "me", {"bulk_min_clients": 4}, defaults)  # no change
        changes.delete_group(session, "me", group["id"])
        assert revision(session, "policy") == 5
        assert session.query(AuditRecord).filter_by(kind="admin", actor="me").count() == 5


def test_loaded_policy_carries_settings_and_overrides(app):
    with app.app_context():
        session = db.get_session()
        defaults = setting_defaults(app.config)
        policy, _ = load_policy(session, defaults)
        assert policy.overrides is None and policy.settings.org_domains == ("agency.example",)
        group = changes.create_group(session, "me", {"name": "G", "domains": ["x.example"]})
        changes.create_rule(session, "me", {"group_id": group["id"], "rule": "access-code",
                                            "severity": "warn", "reason": "Locksmiths' codes"})
        changes.update_settings(session, "me", {"org_phones": ["01474 000000"]}, defaults)
        policy, values = load_policy(session, defaults)
        assert policy.revision == 3 and policy.settings.org_phones == ("01474 000000",)
        assert values["org_phones"] == ["01474 000000"]
        assert policy.overrides is not None


def test_loader_writes_admin_values_into_the_config(app):
    loader = PolicyLoader()
    config = dict(app.config)
    with app.app_context():
        session = db.get_session()
        defaults = loader.setting_defaults(config)
        changes.update_settings(session, "me", {"max_cells": 1234, "fail_mode": "block"}, defaults)
        loader(session, config)
    assert config["MAX_CELLS"] == 1234 and config["FAIL_MODE"] == "block"
    assert loader.defaults["max_cells"] == app.config["MAX_CELLS"]  # the environment's, kept
