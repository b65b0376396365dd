"""The incident, replayed: a five-page PDF of 120 clients with key safe codes to 198 recipients,
16 of them relatives of other clients."""
import json
import re

from needtoknow.demo.documents import client_list_pdf, key_safe_code
from world import ORG, LiveServer, attachment, load, message


def incident_request(world):
    clients = world.clients[:120]
    relatives = [rel for rel, _client in world.relatives()][:16]
    staff = [p["email"] for p in world.of_kind("care_worker") + world.of_kind("office_staff")]
    others = [f"worker{i:03}@{ORG}" for i in range(198 - len(staff) - len(relatives))]
    to = staff + others + [r["email"] for r in relatives]
    assert len(set(to)) == 198
    pdf = client_list_pdf(clients)
    return message(to, "Please find the updated client list attached.", subject="Client list",
                   attachments=[attachment("Client list.pdf", pdf, "application/pdf")]), clients, relatives


def test_incident_is_blocked_with_counts_not_values(make_app):
    app = make_app()
    world = load(app, n_clients=120)
    body, clients, relatives = incident_request(world)
    server = LiveServer(app)
    try:
        status, raw = server.post("/api/v1/check", body)
    finally:
        server.stop()
    answer = json.loads(raw)
    assert status == 200 and answer["decision"] == "block"
    by_rule = {r["rule"]: r for r in answer["reasons"]}
    assert {"access-code", "bulk-client-data", "unlinked-client"} <= set(by_rule)
    assert answer["findings"]["access_code"] == 120 and answer["findings"]["client"] == 120
    assert "120 key safe or door codes" in answer["message"]
    assert by_rule["bulk-client-data"]["clients"] == 120
    blocked = [r for r in answer["reasons"] if r["rule"] == "unlinked-client" and r["severity"] == "block"]
    outside = [r for r in blocked if "personal address" not in r["message"]][0]
    assert set(outside["recipients"]) == {r["email"] for r in relatives}
    assert outside["recipients"][0] in outside["message"] and "and 13 more are outside the organisation" in outside["message"]
    # care workers at personal mailboxes: the list leaves the organisation through them too
    personal = [r for r in blocked if "personal address" in r["message"]][0]
    staff_away = {p["email"] for p in world.of_kind("care_worker") if not p["email"].endswith("@" + ORG)}
    assert staff_away and set(personal["recipients"]) == staff_away
    answer.pop("check_id"), answer.pop("elapsed_ms")  # random and measured: may hold any digits
    text = json.dumps(answer).lower()
    for client in clients:
        for value in (client["full_name"], client["phone"], client["address"]):
            assert value.lower() not in text
        assert re.search(rf"(?<!\d){key_safe_code(client)}(?!\d)", text) is None
