"""From a compose event to the CheckInput, and what the card says when content isn't checked."""
import pytest
from gmail_fakes import PDF, GmailMessage, draft, drafts_list, error, mime_draft, ok
from googleapiclient.http import HttpMockSequence

from needtoknow.check import Addressee
from needtoknow.gmail import compose
from needtoknow.gmail.event import Event
from needtoknow.gmail.google_apis import gmail_service
from needtoknow.gmail.groups import Expansion
from needtoknow.gmail.settings import READ_DRAFTS, GmailSettings

ON = GmailSettings(content_check=True)
EVENT = Event(to=("rel@mailbox.example",), cc=("w1@agency.example",), has_recipients=True,
              user_oauth_token="ya29.user")


class Down:
    """A transport that never reaches Gmail."""

    def request(self, *args, **kwargs):
        raise ConnectionRefusedError("connection refused")


def gmail(responses):
    transport = responses if isinstance(responses, Down) else HttpMockSequence(list(responses))
    return lambda token: gmail_service(token, http=transport)


def saved_draft():
    message = GmailMessage(mime_draft(to=EVENT.to, cc=EVENT.cc, subject="Visit", text="Hello",
                                      attachments=[("notes.pdf", PDF, b"%PDF-1.4 tiny")]), "m-1", "t-1")
    return [ok(drafts_list(("r-1", message))), ok(draft("r-1", message, "metadata")),
            ok(draft("r-1", message)), ok(message.attachment(next(iter(message.attachments))))]


def test_content_is_read_into_the_check():
    prepared = compose.prepare(EVENT, ON, None, gmail(saved_draft()), lambda e: False, sender="x@y")
    inp = prepared.inp
    assert [(a.email, a.field) for a in inp.addressees] == [("rel@mailbox.example", "to"),
                                                            ("w1@agency.example", "cc")]
    assert (inp.subject, inp.body_type, inp.draft_id, inp.sender) == ("Visit", "text", "r-1",
                                                                      "ann.office@agency.example")
    assert [(a.name, a.data) for a in inp.attachments] == [("notes.pdf", b"%PDF-1.4 tiny")]
    assert inp.client == {"host": "gmail", "content_checked": True, "user": "x@y"}
    assert prepared.content.checked and "1 attachment as Gmail last saved" in prepared.content.text


@pytest.mark.parametrize("settings, event, responses, note", [
    (GmailSettings(), EVENT, [], "off"),
    (ON, Event(to=EVENT.to), [], "not_allowed"),
    (ON, Event(to=EVENT.to, user_oauth_token="t", authorized_scopes=("other",)), [], "not_allowed"),
    (ON, EVENT, [error(401, "authError", "Invalid Credentials")], "expired"),
    (ON, EVENT, [error(403, "insufficientPermissions")], "refused"),
    (ON, EVENT, [error(503)], "down"),
    (ON, EVENT, Down(), "down"),
    (ON, EVENT, [ok({"resultSizeEstimate": 0})], "none"),
])
def test_content_not_checked_says_why(settings, event, responses, note):
    prepared = compose.prepare(event, settings, None, gmail(responses), lambda e: False, sender="x@y")
    assert not prepared.content.checked and prepared.content.text == compose.NOTES[note]
    assert (prepared.inp.body, prepared.inp.attachments, prepared.inp.sender) == ("", (), "x@y")
    assert prepared.inp.client["content_checked"] is False


def test_granted_scope_is_enough():
    event = Event(to=EVENT.to, cc=EVENT.cc, user_oauth_token="t", authorized_scopes=(READ_DRAFTS,))
    assert compose.prepare(event, ON, None, gmail(saved_draft()), lambda e: False).content.checked


def test_groups_are_expanded_before_the_check():
    class Expander:
        def expand(self, addressees, is_known):
            assert is_known("known@agency.example")
            members = (Addressee("m@agency.example", "cc", expanded_from="w1@agency.example"),)
            return Expansion((addressees[0],) + members, ("w1@agency.example",))

    prepared = compose.prepare(EVENT, GmailSettings(), Expander(), None,
                               lambda e: e == "known@agency.example")
    assert [a.email for a in prepared.inp.addressees] == ["rel@mailbox.example", "m@agency.example"]
    assert prepared.expansion.groups == ("w1@agency.example",)
