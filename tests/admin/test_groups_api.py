"""/api/v1/admin/groups: create, list, show, replace, delete; field errors; audited."""
import pytest

KENT = {"name": "Kent County Council", "description": "commissioners",
        "domains": ["@Kent.gov.uk"], "roles": ["professional"]}


def test_create_list_show(admin):
    created = admin.post("/groups", json=KENT)
    assert created.status_code == 201
    group = created.json
    assert group["domains"] == ["kent.gov.uk"] and group["network"] == "any"
    assert admin.get("/groups").json == [group]
    assert admin.get(f"/groups/{group['id']}").json == group


def test_replace(admin):
    group = admin.post("/groups", json=KENT).json
    changed = admin.put(f"/groups/{group['id']}", json={**KENT, "addresses": ["A@B.example"],
                                                         "network": "outside"})
    assert changed.status_code == 200
    assert changed.json["addresses"] == ["a@b.example"] and changed.json["network"] == "outside"


def test_delete_takes_the_group_rules_with_it(admin):
    group = admin.post("/groups", json=KENT).json
    admin.post("/rules", json={"group_id": group["id"], "rule": "client-data", "severity": "warn"})
    assert admin.delete(f"/groups/{group['id']}").status_code == 204
    assert admin.get("/groups").json == [] and admin.get("/rules").json == []
    record = admin.get("/audit?kind=admin&limit=1").json["records"][0]
    assert record["details"]["before"]["rules"][0]["rule"] == "client-data"
    assert record["details"]["after"] is None


@pytest.mark.parametrize("body, field", [
    ({"domains": ["kent.gov.uk"]}, "name"),
    ({"name": "  ", "domains": ["kent.gov.uk"]}, "name"),
    ({"name": "x" * 121, "domains": ["kent.gov.uk"]}, "name"),
    ({"name": "Nobody"}, "roles"),
    ({"name": "Bad role", "roles": ["manager"]}, "roles"),
    ({"name": "Bad domain", "domains": ["not a domain"]}, "domains"),
    ({"name": "Bad address", "addresses": ["nobody"]}, "addresses"),
    ({"name": "Bad list", "lists": ["list@"]}, "lists"),
    ({"name": "Bad network", "roles": ["relative"], "network": "everywhere"}, "network"),
    ({"name": "Unknown", "roles": ["relative"], "colour": "red"}, "colour"),
])
def test_invalid_groups_name_the_field(admin, body, field):
    response = admin.post("/groups", json=body)
    assert response.status_code == 400
    assert field in response.json["fields"]
    assert admin.get("/groups").json == []


def test_body_must_be_a_json_object(admin):
    assert admin.post("/groups", json=["a"]).status_code == 400
    assert admin.post("/groups", data="{", content_type="application/json").status_code == 400


def test_names_are_unique(admin):
    admin.post("/groups", json=KENT)
    response = admin.post("/groups", json=KENT)
    assert response.status_code == 409 and "name" in response.json["fields"]
    other = admin.post("/groups", json={**KENT, "name": "Other"}).json
    assert admin.put(f"/groups/{other['id']}", json=KENT).status_code == 409


@pytest.mark.parametrize("method", ["get", "put", "delete"])
def test_missing_group_is_404(admin, method):
    call = getattr(admin, method)
    response = call("/groups/99", json=KENT) if method == "put" else call("/groups/99")
    assert response.status_code == 404


def test_changes_are_audited_with_before_and_after(admin):
    group = admin.post("/groups", json=KENT).json
    admin.put(f"/groups/{group['id']}", json={**KENT, "name": "KCC"})
    records = admin.get("/audit?kind=admin").json["records"]
    changed, created = records[0], records[1]
    assert created["actor"] == "admin@localhost" and created["details"]["before"] is None
    assert changed["details"]["before"]["name"] == "Kent County Council"
    assert changed["details"]["after"]["name"] == "KCC"
    assert "changed" in changed["details"]["what"] and changed["created_at"]
