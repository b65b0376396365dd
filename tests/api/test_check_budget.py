"""A whole check answers within its deadline, scans a bounded number of characters, and cuts the
subject: what it could not get to is reported ("not fully checked"), never silently passed, and a
code found before the deadline still blocks."""
import time

import hostile_files as hostile
from world import attachment, message

OUTSIDE = "someone@elsewhere.example"
CODE_BODY = "Hi, the key safe code is 4821. Thanks"


def reasons(answer):
    return {r["rule"]: r for r in answer["reasons"]}


def warmed(app):
    """As a gunicorn worker is before it takes traffic (infra/gunicorn.conf.py)."""
    from needtoknow.services import get_services

    get_services(app).warm()
    return app


def check(client, body):
    started = time.monotonic()
    response = client.post("/api/v1/check", json=body)
    return response.status_code, response.get_json(), time.monotonic() - started


def test_deadline_answers_with_what_was_found_and_a_not_checked_reason(make_app):
    app = warmed(make_app(CHECK_SECONDS=1.5, EXTRACT_PROCESSES=1))
    body = message([OUTSIDE], body=CODE_BODY,
                   attachments=[attachment("sheet.xlsx", hostile.tiny_cells_xlsx()),
                                attachment("notes.txt", b"nothing here")])
    status, answer, took = check(app.test_client(), body)
    assert status == 200 and took < 1.5 + 1.5
    assert answer["decision"] == "block"  # the code in the body was found before the deadline
    found = reasons(answer)
    assert "access-code" in found and "unreadable-attachment" in found
    assert "sheet.xlsx" in found["unreadable-attachment"]["message"]


def test_text_over_the_scan_budget_is_reported(make_app):
    app = make_app(SCAN_MAX_CHARS=2_000)
    body = message([OUTSIDE], body="Notes about the weekend rota.\n" * 200 + CODE_BODY)
    status, answer, _ = check(app.test_client(), body)
    assert status == 200 and answer["decision"] != "allow"
    found = reasons(answer)
    assert "unreadable-attachment" in found and "body" in found["unreadable-attachment"]["message"]
    assert "not fully checked" in found["unreadable-attachment"]["message"]


def test_a_multi_megabyte_subject_is_cut_and_reported_quickly(make_app):
    app = make_app()
    body = message([OUTSIDE], subject="Gwen rota " * 400_000, body="see you")
    status, answer, took = check(app.test_client(), body)
    assert status == 200 and took < 4.0
    assert "subject" in reasons(answer)["unreadable-attachment"]["message"]


def test_a_hostile_attachment_costs_a_helper_not_the_check(make_app):
    app = warmed(make_app(EXTRACT_PROCESSES=1, EXTRACT_MEMORY_MB=512, CHECK_SECONDS=6.0))
    body = message([OUTSIDE], body=CODE_BODY,
                   attachments=[attachment("a.eml", hostile.encoded_word_subject_eml())])
    status, answer, took = check(app.test_client(), body)
    assert status == 200 and took < 6.0 + 1.5 and answer["decision"] == "block"
    unreadable = reasons(answer)["unreadable-attachment"]["message"]
    assert "a.eml" in unreadable and "too complex to check" in unreadable


def test_the_deadline_counts_from_the_requests_arrival(make_app):
    """Time spent before the handler ran (a queue, a slow upload) is the check's time too: a request
    that arrived a deadline ago reads nothing more and says so."""
    from needtoknow.observability.arrival import ARRIVED

    app = make_app(CHECK_SECONDS=2.0)
    body = message([OUTSIDE], body="see attached", attachments=[attachment("notes.txt", b"Key safe 4821")])
    response = app.test_client().post("/api/v1/check", json=body,
                                      environ_base={ARRIVED: time.monotonic() - 2.0})
    answer = response.get_json()
    assert response.status_code == 200 and answer["decision"] != "allow"
    assert "notes.txt" in reasons(answer)["unreadable-attachment"]["message"]
    assert "access-code" not in reasons(answer)  # not read, so not found — and not passed either


def test_scanning_stops_when_the_time_left_would_not_cover_another_piece(make_app):
    """Dense text can take most of a second a piece: a piece that would end past the deadline is
    not begun, so the answer comes by the deadline (with the text reported), not after it."""
    from needtoknow import db
    from needtoknow.inspect.budget import CHUNK_CHARS, CheckBudget, scan_within
    from needtoknow.inspect.document import TextPart
    from needtoknow.services import get_services

    app = make_app()
    with app.app_context(), db.sessions(app)() as session:
        index = get_services(app).snapshot(session).index
    text = ("Rota notes for the week.\n" * (3 * CHUNK_CHARS // 25))
    budget = CheckBudget(seconds=4.0)
    budget.last_piece_seconds = 3.9  # the last piece took nearly all the time there is
    _, problems = scan_within([TextPart("body", text)], index, budget)
    assert [p.kind for p in problems] == ["unchecked"] and problems[0].location == "body"
    quick = CheckBudget(seconds=4.0)
    _, problems = scan_within([TextPart("body", text)], index, quick)
    assert problems == [] and quick.last_piece_seconds > 0
