"""An admin's change reaches another app instance on the same database without a restart."""
import pytest
from admin_helpers import AdminClient, check_body

from needtoknow import create_app

SAM = "sam.lee@kent.gov.uk"


@pytest.fixture
def second(app):
    """Another app (another worker or server) on the first one's database."""
    return create_app({"TESTING": True, "DATABASE_URL": app.config["DATABASE_URL"],
                       "ORG_DOMAINS": ("agency.example",)}).test_client()


def _decision(client, to):
    response = client.post("/api/v1/check", json=check_body(to))
    assert response.status_code == 200, response.json
    return response.json["decision"]


def test_a_rule_change_is_seen_by_the_second_instance(admin, directory, second):
    assert _decision(second, SAM) == "allow"  # its snapshot is now built and cached
    group = admin.post("/groups", json={"name": "Kent", "domains": ["kent.gov.uk"]}).json
    rule = admin.post("/rules", json={"group_id": group["id"], "rule": "client-data",
                                      "severity": "block"}).json
    assert _decision(second, SAM) == "block"
    admin.put(f"/rules/{rule['id']}", json={"group_id": group["id"], "rule": "client-data",
                                            "severity": "warn"})
    assert _decision(second, SAM) == "warn"
    admin.delete(f"/groups/{group['id']}")
    assert _decision(second, SAM) == "allow"


def test_a_settings_change_is_seen_by_the_second_instance(admin, directory, second):
    stranger = "someone@partner.example"
    assert _decision(second, stranger) == "block"
    admin.patch("/settings", json={"org_domains": ["agency.example", "partner.example"]})
    assert _decision(second, stranger) == "warn"  # inside the organisation now: staff warning


def test_the_second_instance_admin_sees_the_first_ones_groups(admin, second):
    admin.post("/groups", json={"name": "Kent", "domains": ["kent.gov.uk"]})
    other = AdminClient(second)
    assert [g["name"] for g in other.get("/groups").json] == ["Kent"]
