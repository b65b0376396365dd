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


class SlowScan:
    """Stands in for the clock and for `scan` in inspect/budget.py: scanning a piece moves the
    clock on by the piece's length times its part's pace (seconds a character), so how pieces are
    sized can be checked without depending on this machine's speed."""

    def __init__(self, monkeypatch, paces):
        from needtoknow.inspect import budget as module

        self.now, self.paces, self.pieces = 1000.0, paces, []
        monkeypatch.setattr(module, "clock", lambda: self.now)
        monkeypatch.setattr(module, "scan", self.scan)

    def scan(self, parts, index):
        from needtoknow.inspect.evidence import EMPTY

        (part,) = parts
        self.pieces.append((part.location, len(part.text), self.now))
        self.now += len(part.text) * self.paces[part.location]
        return EMPTY


def dense(chars):
    return ("4821 key 7730 key 1942 key\n" * (chars // 27 + 1))[:chars]


def test_dense_text_is_scanned_in_pieces_that_end_by_the_deadline(monkeypatch):
    """Dense text can take most of a second a 50,000-character piece: no piece starts that would
    run past the deadline at the pace the text has shown, and the rest is reported."""
    from needtoknow.inspect.budget import SAMPLE_CHARS, CheckBudget, TextPart, scan_within

    clock = SlowScan(monkeypatch, {"a.txt": 25e-6})
    budget = CheckBudget(seconds=4.0, started=clock.now)
    stop = budget.started + budget.seconds - 0.5
    _, problems = scan_within([TextPart("a.txt", dense(1_000_000))], None, budget)
    assert [(p.location, p.kind) for p in problems] == [("a.txt", "unchecked")]
    assert clock.now <= stop  # the last piece ended in time
    sample, *sizes = [size for _, size, _ in clock.pieces]
    assert sample == SAMPLE_CHARS  # the pace learnt first, from a sample
    assert len(sizes) > 3 and sizes[-1] < sizes[1]  # pieces shrink as the deadline nears
    assert stop - clock.now < 0.1  # and the time was used, not given up early


def test_ordinary_text_is_scanned_whole_in_large_pieces(monkeypatch):
    from needtoknow.inspect.budget import CHUNK_CHARS, SAMPLE_CHARS, CheckBudget, TextPart, scan_within

    clock = SlowScan(monkeypatch, {"body": 0.5e-6})
    text = "Rota notes for the week.\n" * 20_000  # 500,000 characters
    _, problems = scan_within([TextPart("body", text)], None, CheckBudget(seconds=4.0, started=clock.now))
    assert problems == []
    assert sum(size for _, size, _ in clock.pieces) == SAMPLE_CHARS + len(text)
    assert max(size for _, size, _ in clock.pieces) <= CHUNK_CHARS
    assert len(clock.pieces) <= len(text) // (CHUNK_CHARS // 2) + 1  # big pieces, not many small ones


def test_each_part_shows_its_own_pace(monkeypatch):
    """A quick part does not make the next part's first piece too big to finish in time."""
    from needtoknow.inspect.budget import CheckBudget, TextPart, scan_within

    clock = SlowScan(monkeypatch, {"body": 0.2e-6, "notes.txt": 28e-6})
    budget = CheckBudget(seconds=4.0, started=clock.now)
    clock.now += 2.9  # reading the attachments took most of the time
    parts = [TextPart("body", "Rota notes.\n" * 50_000), TextPart("notes.txt", dense(300_000))]
    _, problems = scan_within(parts, None, budget)
    assert clock.now <= budget.started + budget.seconds - 0.5
    assert [(p.location, p.kind) for p in problems] == [("notes.txt", "unchecked")]


def test_a_part_slower_than_any_pace_assumed_still_ends_in_time(monkeypatch):
    """Threads and processes busy beside a check can make its text scan slower than the slowest
    pace ever measured alone: the sample shows it before a piece is sized."""
    from needtoknow.inspect.budget import SLOWEST_PACE, CheckBudget, TextPart, scan_within

    clock = SlowScan(monkeypatch, {"notes.txt": 4 * SLOWEST_PACE})
    budget = CheckBudget(seconds=4.0, started=clock.now)
    _, problems = scan_within([TextPart("notes.txt", dense(1_000_000))], None, budget)
    assert clock.now <= budget.started + budget.seconds - 0.5
    assert [(p.location, p.kind) for p in problems] == [("notes.txt", "unchecked")]
