"""From a compose event to the engine's CheckInput, with an honest account of what was checked.

Recipients always come from the event (Google Groups expanded). The subject, body and attachments
are read from the Gmail draft only when the organisation turned the content check on, the user
granted the scope, and exactly one draft matches; otherwise `ContentNote` says why not, in words
the card shows as they are.
"""
import logging
from dataclasses import dataclass

from ..check import Addressee, CheckInput
from . import drafts
from .event import FIELDS
from .google_apis import API_ERRORS, status
from .groups import Expansion
from .settings import READ_DRAFTS

log = logging.getLogger(__name__)

SAVE_FIRST = "Wait a few seconds for Gmail to save the draft, then press Check again."
NOTES = {
    "off": "Your organisation has not turned on reading drafts, so the subject, body and "
           "attachments were not checked. Check them yourself before sending.",
    "not_allowed": "You have not allowed Need to Know to read your drafts, so the subject, body "
                   "and attachments were not checked. Open Need to Know again and allow it.",
    "none": "Need to Know could not find this draft in Gmail, so its content was not checked. "
            + SAVE_FIRST,
    "several": "Several drafts have exactly these recipients, so Need to Know can't tell which one "
               "you are writing. Its content was not checked.",
    "expired": "Your Google sign-in for Need to Know has expired, so the content was not checked. "
               "Close this panel and open Need to Know again.",
    "refused": "Gmail refused to show Need to Know this draft, so its content was not checked. "
               "Ask your administrator to check the add-on's permissions.",
    "down": "Gmail did not answer, so the content was not checked. Try again in a minute.",
}


@dataclass(frozen=True)
class ContentNote:
    checked: bool
    text: str
    attachments: int = 0
    skipped: int = 0


@dataclass(frozen=True)
class Prepared:
    inp: CheckInput
    content: ContentNote
    expansion: Expansion


def addressees(event):
    return tuple(Addressee(email=e, field=f) for f in FIELDS for e in event.recipients(f))


def prepare(event, settings, expander, gmail_factory, is_known, sender=""):
    """The CheckInput for a compose event, and what could not be checked."""
    expansion = expander.expand(addressees(event), is_known) if expander else Expansion(addressees(event))
    content, note = read_content(event, settings, gmail_factory)
    # who ran the check (the verified Google user, "" when unknown): only they may override it
    client = {"host": "gmail", "content_checked": note.checked, "user": sender}
    if content is None:
        inp = CheckInput(sender=sender, addressees=expansion.addressees, client=client)
    else:
        inp = CheckInput(sender=content.sender or sender, addressees=expansion.addressees,
                         subject=content.subject, body=content.body, body_type=content.body_type,
                         attachments=content.attachments, draft_id=content.draft_id, client=client)
    return Prepared(inp, note, expansion)


def read_content(event, settings, gmail_factory):
    """(drafts.Content or None, ContentNote)."""
    if not settings.content_check:
        return None, ContentNote(False, NOTES["off"])
    if not event.user_oauth_token or not event.granted(READ_DRAFTS):
        return None, ContentNote(False, NOTES["not_allowed"])
    try:
        service = gmail_factory(event.user_oauth_token)
        draft_id, message_id = drafts.find(service, event, settings.draft_candidates)
        content = drafts.read(service, draft_id, message_id, settings.max_attachments)
    except drafts.NoDraft as exc:
        return None, ContentNote(False, NOTES[exc.reason])
    except API_ERRORS as exc:
        code = status(exc)
        log.warning("gmail draft not read: %s (status %s)", type(exc).__name__, code)
        return None, ContentNote(False, NOTES[_failure(code)])
    return content, ContentNote(True, _checked(content), len(content.attachments), content.skipped)


def _failure(code):
    if code == 401:
        return "expired"
    if code in (403, 404):
        return "refused"
    return "down"


def _checked(content):
    files = len(content.attachments)
    what = "the subject, body" + (f" and {files} attachment{'s' if files != 1 else ''}" if files else "")
    text = f"Need to Know checked {what} as Gmail last saved them."
    if content.skipped:
        text += f" {content.skipped} more attachments were over the limit and were not checked."
    return text
