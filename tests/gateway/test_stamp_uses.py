"""One message per stamp, claimed in the database at the moment of deciding."""
import threading

from needtoknow import db
from needtoknow.gateway import stamp_uses


def test_the_first_message_claims_the_stamp_and_only_its_retry_may_follow(app):
    with db.sessions(app)() as session:
        assert stamp_uses.claim(session, "check-a", "<first@agency.example>")
        assert stamp_uses.claim(session, "check-a", "<first@agency.example>")  # a retry after a 451
        assert not stamp_uses.claim(session, "check-a", "<second@agency.example>")
        assert stamp_uses.claim(session, "check-b", "<second@agency.example>")  # another stamp


def test_messages_racing_on_one_stamp_get_one_claim(app):
    """Eight sessions claim at once, as milter processes would: exactly one message wins."""
    won, start = [], threading.Barrier(8)

    def race(n):
        with db.sessions(app)() as session:
            start.wait()
            if stamp_uses.claim(session, "check-raced", f"<m{n}@agency.example>"):
                won.append(n)

    threads = [threading.Thread(target=race, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(won) == 1


def test_the_claim_holds_no_message_id(app):
    with db.sessions(app)() as session:
        stamp_uses.claim(session, "check-c", "<visit-mrs-example@agency.example>")
        row = session.get(stamp_uses.StampUse, "check-c")
        assert "visit" not in row.message_digest and len(row.message_digest) == 64
