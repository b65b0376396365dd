"""/api/v1/admin/settings: defaults from the environment, partial changes, field errors, audit,
and the effect on the next check."""
import pytest
from admin_helpers import check_body

from needtoknow.api.admin.schemas import AdminSettingsSchema
from needtoknow.policy_store.store import SETTING_KEYS


def test_the_schema_covers_every_setting():
    assert set(AdminSettingsSchema().fields) == set(SETTING_KEYS)


def test_defaults_come_from_the_environment_and_spec(admin):
    settings = admin.get("/settings").json
    assert settings["org_domains"] == ["agency.example"]  # the test app's ORG_DOMAINS
    assert settings["bulk_min_clients"] == 10 and settings["bulk_max_recipients"] == 5
    assert settings["fail_mode"] == "warn" and settings["max_attachment_bytes"] == 20 * 1024 * 1024


def test_a_partial_change_keeps_the_rest(admin):
    response = admin.patch("/settings", json={"bulk_min_clients": 3, "org_domains": ["Agency.example",
                                                                                   "care.example"],
                                              "org_postcodes": ["me1 1aa"]})
    assert response.status_code == 200
    settings = admin.get("/settings").json
    assert settings["bulk_min_clients"] == 3 and settings["bulk_max_recipients"] == 5
    assert settings["org_domains"] == ["agency.example", "care.example"]
    assert settings["org_postcodes"] == ["ME1 1AA"]


@pytest.mark.parametrize("body, field", [
    ({"bulk_min_clients": 0}, "bulk_min_clients"),
    ({"bulk_min_clients": "ten"}, "bulk_min_clients"),
    ({"bulk_max_recipients": -1}, "bulk_max_recipients"),
    ({"lookalike_max_edits": 4}, "lookalike_max_edits"),
    ({"fail_mode": "explode"}, "fail_mode"),
    ({"org_domains": ["not a domain"]}, "org_domains"),
    ({"org_domains": "agency.example"}, "org_domains"),
    ({"org_phones": ["call me"]}, "org_phones"),
    ({"org_postcodes": ["ME5"]}, "org_postcodes"),
    ({"max_attachment_bytes": 10}, "max_attachment_bytes"),
    ({"extract_seconds": 0}, "extract_seconds"),
    ({"colour": "red"}, "colour"),
])
def test_invalid_settings_name_the_field(admin, body, field):
    response = admin.patch("/settings", json=body)
    assert response.status_code == 400 and field in response.json["fields"]
    assert admin.get("/audit").json["total"] == 0


def test_only_changed_values_are_audited(admin):
    admin.patch("/settings", json={"bulk_min_clients": 10, "fail_mode": "block"})
    records = admin.get("/audit?kind=admin").json["records"]
    assert len(records) == 1
    assert records[0]["details"] == {"what": "settings changed", "before": {"fail_mode": "warn"},
                                     "after": {"fail_mode": "block"}}
    admin.patch("/settings", json={"fail_mode": "block"})
    assert admin.get("/audit?kind=admin").json["total"] == 1


def test_organisation_domains_change_the_next_check(admin, directory):
    to = "someone@partner.example"
    assert "unknown-recipient" in _rules(admin, to)
    admin.patch("/settings", json={"org_domains": ["agency.example", "partner.example"]})
    assert "unknown-recipient" not in _rules(admin, to)


def test_size_limits_reach_the_extractor(admin, app):
    admin.patch("/settings", json={"max_attachment_bytes": 4096, "max_pages": 7})
    admin.post("/test-message", json=check_body("a@agency.example"))  # rebuilds the snapshot
    assert app.config["MAX_ATTACHMENT_BYTES"] == 4096 and app.config["MAX_PAGES"] == 7
    big = {"name": "big.txt", "content_base64": "QUFB" * 2000}
    response = admin.post("/test-message", json=check_body("a@agency.example", attachments=[big]))
    # over the limit (within the request limit): a "too large to check" warning, as on the CLI
    assert response.status_code == 200 and response.json["decision"] == "warn"
    assert "big.txt is too large to check" in response.json["message"]


def _rules(admin, to):
    return [r["rule"] for r in admin.post("/test-message", json=check_body(to)).json["reasons"]]
