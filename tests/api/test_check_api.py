"""Every SPEC rule through the real HTTP API, on the project's own synthetic agency; no response
echoes a name, number or code it protects."""
import json

import pytest

from needtoknow.demo.documents import (client_list_pdf, contacts_xlsx, encrypted_pdf, key_safe_code,
                                       referral_pdf, rota_docx)
from world import ORG, attachment, message


def rules(answer):
    return {r["rule"] for r in answer["reasons"]}


def post_check(server, body):
    status, raw = server.post("/api/v1/check", body)
    return status, raw, json.loads(raw)


def assert_no_secret(raw, secrets):
    text = raw.decode("utf-8").lower()
    leaked = [s for s in secrets if s and s.lower() in text]
    assert not leaked, f"{len(leaked)} protected value(s) echoed"


def office(world, n=0):
    return world.of_kind("office_staff")[n]["email"]


def scenario(world, name):
    """(request, expected decision, expected rules, secrets) built from the directory."""
    (rel_a, client_a), (rel_b, client_b) = world.relatives()[:2]
    carer = next(p for p in world.of_kind("care_worker") if p["email"].endswith(ORG))
    stranger_client = world.unlinked_client(carer["id"])
    own = [c for c in world.clients if c["id"] in world.linked(carer["id"])]
    gp = world.of_kind("professional")[0]
    gp_client = world.person(sorted(world.linked(gp["id"]))[0])
    expired = next(r for r in world.links(active=False) if world.person(r["person_id"])["email"]
                   and r["client_id"] not in world.linked(r["person_id"]))
    expired_person, expired_client = world.person(expired["person_id"]), world.person(expired["client_id"])
    code = key_safe_code(client_a)
    line = lambda c: f"{c['full_name']}, {c['address']}, {c['postcode']}"
    return {
        "access-code": (message([office(world)], f"Key safe for the new client: {code}"),
                        "block", {"access-code"}, [code]),
        "relative gets another client": (message([rel_a["email"]], f"Update on {line(client_b)}"),
                                         "block", {"unlinked-client"}, world.secrets(client_b)),
        "carer gets unassigned client": (message([carer["email"]], f"Please visit {line(stranger_client)}"),
                                         "warn", {"unlinked-client"}, world.secrets(stranger_client)),
        "client list to many": (message([office(world, i) for i in range(4)] + [f"temp{i}@{ORG}" for i in range(3)],
                                        "List attached", attachments=[attachment("list.pdf", client_list_pdf(world.clients[:12], False))]),
                                "block", {"bulk-client-data", "unlinked-client"}, world.secrets(*world.clients[:12])),
        "unknown outsider": (message(["someone@elsewhere.example"], f"{client_a['full_name']} is on {client_a['phone']}"),
                             "block", {"unlinked-client", "unknown-recipient"}, world.secrets(client_a)),
        "families in To": (message([rel_a["email"], rel_b["email"]], "The coffee morning is on Friday."),
                           "warn", {"exposed-recipients"}, []),
        "protected pdf": (message([office(world)], "Password by phone", attachments=[attachment("plan.pdf", encrypted_pdf())]),
                          "warn", {"unreadable-attachment"}, []),
        "relative own client": (message([rel_a["email"]], f"Review for {line(client_a)} on 3 May at 14:30."),
                                "allow", set(), world.secrets(client_a)),
        "rota of own clients": (message([carer["email"]], "Rota attached", attachments=[attachment("rota.docx", rota_docx(own))]),
                                "allow", set(), world.secrets(*own)),
        "list to two office staff": (message([office(world), office(world, 1)], "Contacts",
                                             attachments=[attachment("contacts.xlsx", contacts_xlsx(world.clients[:12]))]),
                                     "allow", set(), world.secrets(*world.clients[:12])),
        "expired link": (message([expired_person["email"]], f"Invoice for {line(expired_client)}"),
                         # staff at a personal mailbox: the mail leaves the organisation
                         "warn" if expired_person["kind"] == "care_worker"
                         and expired_person["email"].endswith("@" + ORG) else "block", {"unlinked-client"},
                         world.secrets(expired_client)),
        "gp referral": (message([gp["email"]], "Referral attached", attachments=[attachment("referral.pdf", referral_pdf(gp_client))]),
                        "allow", set(), world.secrets(gp_client)),
        "lookalike": (message([rel_a["email"].replace("@", "x@", 1)], "The coffee morning is on Friday."),
                      "warn", {"lookalike-recipient"}, []),
    }


NAMES = ["access-code", "relative gets another client", "carer gets unassigned client",
         "client list to many", "unknown outsider", "families in To", "protected pdf",
         "relative own client", "rota of own clients", "list to two office staff", "expired link",
         "gp referral", "lookalike"]


@pytest.mark.parametrize("name", NAMES)
def test_scenario(live, name):
    server, world, _app = live
    body, decision, expected_rules, secrets = scenario(world, name)[name]
    status, raw, answer = post_check(server, body)
    assert status == 200
    assert answer["decision"] == decision, answer["reasons"]
    assert expected_rules <= rules(answer)
    if decision == "allow":
        assert answer["reasons"] == []
    assert len(answer["message"]) <= 500 and len(answer["message_markdown"]) <= 500
    assert answer["override"] == {"block": {"allowed": False}, "warn": {"allowed": True, "justification": True},
                                  "allow": {"allowed": True, "justification": False}}[decision]
    assert_no_secret(raw, secrets)


def test_recipient_table(live):
    server, world, _app = live
    (rel_a, client_a), (_rel_b, client_b) = world.relatives()[:2]
    body = message([rel_a["email"], "stranger@else.example"],
                   f"{client_a['phone']} and {client_b['phone']}")
    _status, _raw, answer = post_check(server, body)
    table = {r["email"]: r for r in answer["recipients"]}
    assert table[rel_a["email"]] == {"email": rel_a["email"], "field": "to", "known": True,
                                     "role": "relative", "linked_clients": 1, "unlinked_clients": 1}
    assert table["stranger@else.example"]["role"] == "unknown_external"
    assert answer["findings"] == {"phone": 2, "client": 2}


def test_a_named_client_is_counted_in_findings(live):
    """SPEC: a directory client's full name with no other identifier is a *named* client."""
    server, world, _app = live
    client = world.clients[7]
    _status, raw, answer = post_check(server, message([office(world)], f"{client['full_name']} says thank you"))
    assert answer["findings"] == {"client": 0, "named_client": 1}
    assert_no_secret(raw, [client["full_name"]])


def test_attachment_by_hash_after_it_was_seen(live):
    import hashlib

    server, world, _app = live
    data = client_list_pdf(world.clients[:3])
    sha = hashlib.sha256(data).hexdigest()
    by_hash = message([office(world)], "again", attachments=[{"name": "list.pdf", "sha256": sha}])
    status, _raw, answer = post_check(server, by_hash)
    assert status == 409 and answer["missing"] == [sha]
    status, _raw, first = post_check(server, message([office(world)], "x", attachments=[attachment("list.pdf", data)]))
    assert status == 200 and first["decision"] == "block"
    status, _raw, again = post_check(server, by_hash)
    assert status == 200
    assert (again["decision"], rules(again), again["findings"]) == (first["decision"], rules(first), first["findings"])


def test_cloud_attachment_is_reported(live):
    server, world, _app = live
    body = message([office(world)], "See link", attachments=[{"name": "rota.xlsx", "kind": "cloud"}])
    _status, _raw, answer = post_check(server, body)
    assert answer["decision"] == "warn" and rules(answer) == {"unreadable-attachment"}
    assert "link" in answer["message"]


def test_attachment_named_after_a_client_is_not_echoed(live):
    server, world, _app = live
    client = world.clients[5]
    body = message([office(world)], "", attachments=[attachment(f"{client['full_name']} keysafe.pdf", encrypted_pdf())])
    _status, raw, answer = post_check(server, body)
    assert answer["reasons"][0]["locations"] == ["attachment 1"]
    assert_no_secret(raw, [client["full_name"]])


def test_distribution_list_without_expansion_is_unknown(live):
    server, world, _app = live
    client = world.clients[0]
    body = message([{"email": f"all-carers@{ORG}", "name": "All carers", "type": "distributionList"},
                    {"email": "", "name": "My group", "type": "other"}], f"Call {client['phone']}")
    _status, _raw, answer = post_check(server, body)
    assert {r["role"] for r in answer["recipients"]} == {"unresolved"}
    assert {"unknown-recipient", "unexpanded-list"} <= rules(answer)
