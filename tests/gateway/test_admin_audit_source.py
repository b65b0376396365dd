"""The admin audit view filters by where a check was made, and shows for an add-in check whether
the mail gateway later saw the message go out."""
import os
import sys

from needtoknow import db
from needtoknow.gateway import records
from world import ORG, message

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(__file__)), "admin"))
from admin_helpers import AdminClient  # noqa: E402


def check(client, host):
    body = message([f"anne@{ORG}"], "Team meeting at 10", client={"host": host, "version": "1"})
    return client.post("/api/v1/check", json=body).get_json()["check_id"]


def test_filter_by_source_and_gateway_saw_it(any_app):
    admin = AdminClient(any_app.test_client())
    outlook, gmail, api = (check(admin.client, h) for h in ("outlook", "gmail", "script"))
    unseen = check(admin.client, "outlook")
    any_app.extensions["needtoknow.audit_queue"].drain()  # check records are written off the request thread
    with any_app.app_context():
        records.write(db.get_session(), records.row(
            check_id=outlook, gateway_check_id="f" * 32, message_id="<m@agency.example>",
            sender=f"office@{ORG}", recipients=[{"email": f"anne@{ORG}", "field": "to", "role": "office_staff"}],
            decision="allow", rules=[], counts={}, attachments=[], elapsed_ms=3.0, stamp="not-overridden",
            outcome="allowed", mode="enforce", removed_headers=0))

    def ids(source):
        page = admin.get(f"/audit?source={source}").get_json()
        return {r["check_id"]: r for r in page["records"]}

    assert set(ids("outlook")) == {outlook, unseen}
    assert set(ids("gmail")) == {gmail} and set(ids("api")) == {api}
    gateway = ids("gateway")
    assert set(gateway) == {outlook} and gateway[outlook]["kind"] == "gateway"
    assert gateway[outlook]["details"]["message_id"] == "<m@agency.example>"
    seen = ids("outlook")
    assert seen[outlook]["gateway"] == "allowed" and seen[unseen]["gateway"] is None
    assert admin.get("/audit?source=fax").status_code == 400
