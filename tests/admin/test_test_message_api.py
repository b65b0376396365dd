"""POST /api/v1/admin/test-message: a check that is not recorded, and group rules changing it."""
import pytest
from admin_helpers import check_body

SAM = "sam.lee@kent.gov.uk"  # a professional linked to Joan Smith


def _decide(admin, *to, **extra):
    response = admin.post("/test-message", json=check_body(*to, **extra))
    assert response.status_code == 200, response.json
    return response.json


def test_runs_a_check_without_recording_it(admin, directory):
    result = _decide(admin, SAM)
    assert result["decision"] == "allow" and result["findings"]["client"] == 1
    assert result["groups"] == [{"email": SAM, "groups": []}]
    assert admin.get("/audit").json["total"] == 0


@pytest.mark.parametrize("group, rule, severity, decision", [
    ({"domains": ["kent.gov.uk"]}, "client-data", "warn", "warn"),
    ({"domains": ["kent.gov.uk"]}, "client-data", "block", "block"),
    ({"roles": ["professional"]}, "client-data", "block", "block"),
    ({"addresses": [SAM]}, "client-data", "warn", "warn"),
    ({"roles": ["relative"]}, "client-data", "block", "allow"),  # Sam is not a relative
])
def test_a_group_rule_changes_the_decision(admin, directory, group, rule, severity, decision):
    created = admin.post("/groups", json={"name": "Kent", **group}).json
    admin.post("/rules", json={"group_id": created["id"], "rule": rule, "severity": severity})
    result = _decide(admin, SAM)
    assert result["decision"] == decision
    if decision != "allow":
        assert [r["rule"] for r in result["reasons"]] == [rule]
        assert result["groups"] == [{"email": SAM, "groups": ["Kent"]}]


def test_a_group_rule_can_relax_a_default(admin, directory):
    stranger = "someone@partner.example"
    assert _decide(admin, stranger)["decision"] == "block"  # unlinked-client outside the org
    group = admin.post("/groups", json={"name": "Partners", "domains": ["partner.example"]}).json
    for rule in ("unlinked-client", "unknown-recipient"):
        admin.post("/rules", json={"group_id": group["id"], "rule": rule, "severity": "allow"})
    assert _decide(admin, stranger)["decision"] == "allow"


def test_the_strictest_group_wins(admin, directory):
    kent = admin.post("/groups", json={"name": "Kent", "domains": ["kent.gov.uk"]}).json
    pros = admin.post("/groups", json={"name": "Pros", "roles": ["professional"]}).json
    admin.post("/rules", json={"group_id": kent["id"], "rule": "client-data", "severity": "allow"})
    admin.post("/rules", json={"group_id": pros["id"], "rule": "client-data", "severity": "block"})
    assert _decide(admin, SAM)["decision"] == "block"


def test_bad_input_names_the_field(admin):
    response = admin.post("/test-message", json={"body": "hello"})
    assert response.status_code == 400 and "to" in response.json["fields"]
    bad = admin.post("/test-message", json=check_body(SAM, attachments=[{"name": "a",
                                                                         "content_base64": "%%"}]))
    assert bad.status_code == 400 and "attachments" in bad.json["fields"]
