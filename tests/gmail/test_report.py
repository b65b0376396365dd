"""'This is wrong' on the Gmail card: a false-alarm report with the check id and the note."""
from gmail_card_schema import callbacks, validate
from gmail_fakes import BASE
from sqlalchemy import select

from needtoknow import db
from needtoknow.feedback.models import FalseAlarmReport
from test_endpoints import audit, card_of, event, family

NOTE = {"note": {"stringInputs": {"value": ["Both are the same family"]}}}


def reports(app):
    with db.sessions(app)() as session:
        return session.scalars(select(FalseAlarmReport)).all()


def test_a_warning_card_can_be_reported_as_wrong(post, gmail_app):
    response = post("/gmail/compose", event(to=family(2), token=""))
    assert validate(response.get_json(), "triggerResponse") == []
    assert BASE + "/gmail/actions/report" in callbacks(card_of(response))
    check_id = audit(gmail_app)[0].check_id
    answer = post("/gmail/actions/report", event(parameters={"check_id": check_id}, formInputs=NOTE))
    assert "your admin will look at it" in answer.get_json()["renderActions"]["action"]["notification"]["text"]
    assert [(r.check_id, r.note) for r in reports(gmail_app)] == [(check_id, "Both are the same family")]


def test_an_allowed_card_has_nothing_to_report(post):
    response = post("/gmail/compose", event(to=family(1), token=""))
    assert BASE + "/gmail/actions/report" not in callbacks(card_of(response))


def test_only_checks_from_the_add_on_can_be_reported_here(post, gmail_app):
    client = gmail_app.test_client()
    api = client.post("/api/v1/check", json={"sender": "a@agency.example", "to": family(2),
                                             "body": "Hello"}).get_json()
    for check_id in (api["check_id"], "nope"):
        answer = post("/gmail/actions/report", event(parameters={"check_id": check_id}, formInputs=NOTE))
        assert "Press Check again" in answer.get_json()["renderActions"]["action"]["notification"]["text"]
    assert reports(gmail_app) == []
