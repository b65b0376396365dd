"""/api/v1/admin/directory: CSV import with per-line errors and a dry-run preview; search; person."""
from admin_helpers import PEOPLE, RELATIONSHIPS, files

BAD_PEOPLE = PEOPLE.replace("R2,relative,Pat Penn", "R2,cousin,Pat Penn")


def test_a_bad_line_is_reported_by_file_and_line_and_nothing_is_imported(admin):
    response = admin.post("/directory/import", data=files(people=BAD_PEOPLE))
    assert response.status_code == 400
    assert "nothing was imported" in response.json["error"]
    problems = response.json["problems"]
    assert {"file": "people.csv", "line": 5} == {k: problems[0][k] for k in ("file", "line")}
    assert "kind" in problems[0]["message"] and "Pat" not in str(problems)
    assert admin.get("/directory/people").json["total"] == 0


def test_dry_run_previews_the_changes_without_writing(admin):
    response = admin.post("/directory/import", data=files(dry_run=True))
    assert response.status_code == 200
    report = response.json
    assert report["dry_run"] is True and report["revision"] is None
    assert report["people"]["client"] == 2 and report["relationships"] == 4
    assert report["changes"]["added"] == {"client": 2, "relative": 2, "professional": 1,
                                          "care_worker": 1, "office_staff": 1}
    assert admin.get("/directory/people").json["total"] == 0
    assert admin.get("/audit").json["total"] == 0


def test_import_replaces_the_directory_and_is_audited(admin):
    assert admin.post("/directory/import", data=files()).json["revision"] == 1
    fewer = PEOPLE.replace("P1,professional,Sam Lee,sam.lee@kent.gov.uk,,,,\n", "")
    links = RELATIONSHIPS.replace("P1,C1,social_worker,,\n", "")
    preview = admin.post("/directory/import", data=files(fewer, links, dry_run=True)).json
    assert preview["changes"]["removed"] == {"professional": 1}
    assert preview["changes"]["links_removed"] == 1
    refused = admin.post("/directory/import", data=files(fewer, links))  # 1 of 7 people: > 10 %
    assert refused.status_code == 409 and refused.json["removals"]["confirm_number"] == 1
    report = admin.post("/directory/import", data={**files(fewer, links), "confirm_removals": "1"}).json
    assert report["revision"] == 2 and admin.get("/directory/people").json["total"] == 6
    record = admin.get("/audit?kind=admin").json["records"][0]
    assert record["details"]["what"] == "directory imported"
    assert record["details"]["after"]["changes"]["removed"] == {"professional": 1}


def test_both_files_are_needed(admin):
    response = admin.post("/directory/import", data={"people": files()["people"]})
    assert response.status_code == 400 and "relationships" in response.json["fields"]


def test_search_by_name_email_or_id_and_kind(admin, directory):
    assert [p["id"] for p in admin.get("/directory/people?q=smith").json["people"]] == ["C1", "R1"]
    assert [p["id"] for p in admin.get("/directory/people?q=KENT.GOV").json["people"]] == ["P1"]
    relatives = admin.get("/directory/people?kind=relative").json
    assert relatives["total"] == 2 and {p["kind"] for p in relatives["people"]} == {"relative"}
    page = admin.get("/directory/people?limit=2&offset=2").json
    assert page["total"] == 7 and len(page["people"]) == 2
    assert admin.get("/directory/people?q=%25").json["total"] == 0  # wildcards are literal
    assert admin.get("/directory/people?kind=cousin").status_code == 400


def test_person_view_shows_links_both_ways(admin, directory):
    joan = admin.get("/directory/people/C1").json
    assert joan["full_name"] == "Joan Smith" and joan["clients"] == []
    assert {(l["person_id"], l["relationship"]) for l in joan["linked_people"]} == {
        ("R1", "next_of_kin"), ("P1", "social_worker"), ("W1", "assigned_carer")}
    carer = admin.get("/directory/people/W1").json
    assert carer["clients"] == [{"person_id": "W1", "client_id": "C1", "other_name": "Joan Smith",
                                 "other_kind": "client", "relationship": "assigned_carer",
                                 "valid_from": "2020-01-01", "valid_to": None, "active": True}]
    assert admin.get("/directory/people/NOPE").status_code == 404


def test_a_preview_that_removes_most_people_is_flagged_and_the_import_needs_the_number(admin):
    assert admin.post("/directory/import", data=files()).status_code == 200
    two = "\n".join(PEOPLE.splitlines()[:3]) + "\n"
    links = "person_id,client_id,relationship,valid_from,valid_to\n"
    preview = admin.post("/directory/import", data=files(two, links, dry_run=True))
    assert preview.status_code == 200
    removals = preview.json["removals"]
    assert (removals["flagged"], removals["people"], removals["people_before"]) == (True, 5, 7)
    assert "5 of 7 people" in removals["message"]
    for confirm in (None, "4", "yes"):
        data = files(two, links) if confirm is None else {**files(two, links),
                                                         "confirm_removals": confirm}
        refused = admin.post("/directory/import", data=data)
        assert refused.status_code in (400, 409) and "confirm_removals" in refused.json["fields"]
    assert admin.get("/directory/people").json["total"] == 7
    done = admin.post("/directory/import", data={**files(two, links), "confirm_removals": "5"})
    assert done.status_code == 200 and admin.get("/directory/people").json["total"] == 2
