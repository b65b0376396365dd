"""Reply drafts (issue 14, point 5): the add-on's event names the thread `thread-f:<decimal>`,
the Gmail API names it in hexadecimal; they are the same number and must match.

The forms as the platform gives them: the compose event's `gmail.threadId` is
`thread-f:1761581011553591432` (and message ids `msg-f:<decimal>`), while `users.drafts.list`
answers `"threadId": "18726498c4b9a088"` for the same thread."""
import pytest
from gmail_fakes import GmailMessage, draft, drafts_list, mime_draft, ok
from googleapiclient.http import HttpMockSequence

from needtoknow.gmail import drafts
from needtoknow.gmail import event as events
from needtoknow.gmail.google_apis import gmail_service

TO = ("carer.one@agency.example", "rel@mailbox.example")
DECIMAL, HEX = 1761581011553591432, "18726498c4b9a088"


@pytest.mark.parametrize("given, expected", [
    (f"thread-f:{DECIMAL}", HEX),
    (f"msg-f:{DECIMAL}", HEX),
    ("thread-f:1", "1"),
    (HEX, HEX),
    (HEX.upper(), HEX),
    ("thread-a:r-123", "thread-a:r-123"),  # a form we don't know stays as it is
    ("", ""),
])
def test_ids_in_the_apis_form(given, expected):
    assert events.api_id(given) == expected
    assert int(HEX, 16) == DECIMAL


def compose_event(thread_id):
    return events.parse({"gmail": {"toRecipients": list(TO), "ccRecipients": [], "bccRecipients": [],
                                   "threadId": thread_id}})


def test_a_reply_draft_is_found_from_the_events_thread_form():
    other = GmailMessage(mime_draft(to=TO, subject="Rota", text="x"), "m-2", "18726498c4b9a000")
    reply = GmailMessage(mime_draft(to=TO, subject="Re: Rota", text="y"), "m-1", HEX)
    http = HttpMockSequence([ok(drafts_list(("r-2", other), ("r-1", reply))), ok(draft("r-1", reply, "metadata"))])
    service = gmail_service("ya29.user-token", http=http)
    assert drafts.find(service, compose_event(f"thread-f:{DECIMAL}"), 10) == ("r-1", "m-1")
    assert len(http.request_sequence) == 2, "the other thread's draft was never fetched"
