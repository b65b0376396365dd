"""The draft open in the compose window, found through the Gmail API.

The compose event names no draft, so we list the newest drafts and keep those whose To, Cc and
Bcc are exactly the compose window's (and whose thread is the event's, for a reply). Only a
single match is read: with none or several we can't be sure which email the user is writing, and
the card says the content was not checked.
"""
from dataclasses import dataclass

from ..check import Attachment
from . import mime
from .event import api_id


class NoDraft(Exception):
    """No draft can be matched with confidence; `reason` is `none` or `several`."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Content:
    draft_id: str
    subject: str
    sender: str
    body: str
    body_type: str
    attachments: tuple  # check.Attachment
    skipped: int = 0  # attachments over the count limit, not read


def find(service, event, candidates):
    """(draft id, message id) of the one draft matching `event`, newest first."""
    listed = service.users().drafts().list(userId="me", maxResults=candidates).execute(num_retries=0)
    wanted = {"to": set(event.to), "cc": set(event.cc), "bcc": set(event.bcc)}
    matches = []
    for draft in listed.get("drafts") or ():
        message = draft.get("message") or {}
        if event.thread_id and api_id(message.get("threadId")) != event.thread_id:
            continue
        full = service.users().drafts().get(userId="me", id=draft["id"], format="metadata") \
            .execute(num_retries=0)
        found = mime.recipients(full.get("message") or {})
        if {f: set(v) for f, v in found.items()} == wanted:
            matches.append((draft["id"], (full.get("message") or {}).get("id", message.get("id"))))
    if len(matches) != 1:
        raise NoDraft("none" if not matches else "several")
    return matches[0]


def read(service, draft_id, message_id, max_attachments):
    """The draft's content, attachments fetched when Gmail sent only their ids."""
    draft = service.users().drafts().get(userId="me", id=draft_id, format="full").execute(num_retries=0)
    message = draft.get("message") or {}
    parsed = mime.parse(message)
    message_id = message.get("id") or message_id
    attachments = tuple(Attachment(p.name, p.data if p.data is not None else
                                   _fetch(service, message_id, p.attachment_id))
                        for p in parsed.parts[:max_attachments])
    return Content(draft_id, parsed.subject, parsed.sender, parsed.body, parsed.body_type,
                   attachments, max(0, len(parsed.parts) - max_attachments))


def _fetch(service, message_id, attachment_id):
    got = service.users().messages().attachments().get(
        userId="me", messageId=message_id, id=attachment_id).execute(num_retries=0)
    return mime.b64url(got.get("data"))
