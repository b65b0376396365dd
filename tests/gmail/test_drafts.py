"""Finding the open draft and reading it through the Gmail API (googleapiclient HttpMockSequence
behind the real client and the user's token)."""
from urllib.parse import parse_qs, urlparse

import pytest
from gmail_fakes import PDF, XLSX, GmailMessage, draft, drafts_list, mime_draft, ok
from googleapiclient.http import HttpMockSequence

from needtoknow.demo.documents import client_list_pdf, contacts_xlsx
from needtoknow.demo.generate import make_directory
from needtoknow.gmail import drafts
from needtoknow.gmail.event import Event
from needtoknow.gmail.google_apis import gmail_service

TO = ("carer.one@agency.example", "rel@mailbox.example")


def message(mid, thread, to=TO, cc=(), attachments=()):
    return GmailMessage(mime_draft(to=to, cc=cc, subject="Rota", text="See attached.",
                                   html="<p>See attached.</p>", attachments=attachments),
                        mid, thread)


def service(responses):
    http = HttpMockSequence(list(responses))
    return gmail_service("ya29.user-token", http=http), http


def test_the_one_draft_with_these_recipients_is_found():
    other, mine = message("m-2", "t-2", to=("x@y.example",)), message("m-1", "t-1")
    svc, http = service([ok(drafts_list(("r-2", other), ("r-1", mine))),
                         ok(draft("r-2", other, "metadata")), ok(draft("r-1", mine, "metadata"))])
    assert drafts.find(svc, Event(to=TO), 10) == ("r-1", "m-1")
    uri, method, _, headers = http.request_sequence[0]
    assert urlparse(uri).path == "/gmail/v1/users/me/drafts" and method == "GET"
    assert parse_qs(urlparse(uri).query)["maxResults"] == ["10"]
    assert headers["authorization"] == "Bearer ya29.user-token"
    assert parse_qs(urlparse(http.request_sequence[2][0]).query)["format"] == ["metadata"]


def test_a_reply_is_matched_on_its_thread_too():
    same_recipients_other_thread, reply = message("m-2", "t-2"), message("m-1", "t-reply")
    svc, http = service([ok(drafts_list(("r-2", same_recipients_other_thread), ("r-1", reply))),
                         ok(draft("r-1", reply, "metadata"))])
    assert drafts.find(svc, Event(to=TO, thread_id="t-reply"), 10) == ("r-1", "m-1")
    assert len(http.request_sequence) == 2  # the other thread's draft was never fetched


@pytest.mark.parametrize("listed, reason", [((), "none"), (("a", "b"), "several")])
def test_no_confident_match(listed, reason):
    messages = [(f"r-{i}", message(f"m-{i}", f"t-{i}")) for i in listed]
    svc, _ = service([ok(drafts_list(*messages))] + [ok(draft(d, m, "metadata")) for d, m in messages])
    with pytest.raises(drafts.NoDraft) as caught:
        drafts.find(svc, Event(to=TO), 10)
    assert caught.value.reason == reason


def test_reading_fetches_large_attachments_by_id():
    clients = make_directory(12).clients
    pdf, xlsx = client_list_pdf(clients), contacts_xlsx(clients)
    mine = message("m-1", "t-1", attachments=[("clients.pdf", PDF, pdf), ("contacts.xlsx", XLSX, xlsx)])
    (pdf_id, _), (xlsx_id, _) = mine.attachments.items()
    svc, http = service([ok(draft("r-1", mine)), ok(mine.attachment(pdf_id)), ok(mine.attachment(xlsx_id))])
    content = drafts.read(svc, "r-1", "m-1", max_attachments=50)
    assert [(a.name, a.data) for a in content.attachments] == [("clients.pdf", pdf), ("contacts.xlsx", xlsx)]
    assert (content.subject, content.body_type, content.draft_id) == ("Rota", "html", "r-1")
    path = urlparse(http.request_sequence[1][0]).path
    assert path == f"/gmail/v1/users/me/messages/m-1/attachments/{pdf_id}"


def test_attachments_over_the_limit_are_counted_not_read():
    mine = message("m-1", "t-1", attachments=[(f"f{i}.txt", "text/plain", b"x" * 10) for i in range(3)])
    ids = list(mine.attachments)
    svc, _ = service([ok(draft("r-1", mine)), ok(mine.attachment(ids[0]))])
    content = drafts.read(svc, "r-1", "m-1", max_attachments=1)
    assert len(content.attachments) == 1 and content.skipped == 2
