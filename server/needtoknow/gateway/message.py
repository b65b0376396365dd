"""A message as the gateway sees it: the SMTP envelope and the MIME bytes → a CheckInput.

Recipients are the envelope's (every RCPT TO: Bcc and expanded lists as they really are); an
envelope recipient named in the To or Cc header counts in that field, any other is a Bcc. The body
is the message's own text (HTML when it has it); every other part — files, images, attached
emails — is an attachment read by the project's extraction (an attached email is read as one).
"""
import email
import email.errors
import email.header
import hashlib
from dataclasses import dataclass
from email import policy
from email.utils import getaddresses

from ..check import Addressee, Attachment, CheckInput

STAMP_HEADER = "X-NeedToKnow-Check"
GATEWAY_HEADER = "X-NeedToKnow-Gateway"
OUR_PREFIX = "x-needtoknow-"


@dataclass(frozen=True)
class Envelope:
    sender: str
    recipients: tuple  # addresses, in RCPT TO order


@dataclass(frozen=True)
class Parsed:
    check: CheckInput
    message_id: str
    attachment_shas: tuple
    stamps: tuple  # values of X-NeedToKnow-Check, in order
    ours: tuple  # (header name, 1-based index among headers of that name) of every X-NeedToKnow-*


def bare(address):
    return (address or "").strip().strip("<>").strip().lower()


def parse(envelope, raw):
    message = email.message_from_bytes(raw, policy=policy.compat32)
    fields = _fields(message)
    addressees = tuple(Addressee(email=bare(r), field=fields.get(bare(r), "bcc")) for r in envelope.recipients)
    texts, files = {}, []
    _walk(message, texts, files)
    body_type = "html" if texts.get("text/html") else "text"
    body = "\n".join(texts.get("text/html" if body_type == "html" else "text/plain", []))
    attachments = tuple(Attachment(name=name, data=data) for name, data in files)
    check = CheckInput(sender=bare(envelope.sender), addressees=addressees, subject=_header(message, "subject"),
                       body=body, body_type=body_type, attachments=attachments,
                       client={"host": "gateway"})
    return Parsed(check, _header(message, "message-id")[:250],
                  tuple(hashlib.sha256(d).hexdigest() for _n, d in files),
                  tuple("".join(_decoded(v).split()) for v in message.get_all(STAMP_HEADER) or ()),
                  _ours(message))


def _fields(message):
    """address -> `to` or `cc` from the headers (To wins)."""
    out = {}
    for field in ("cc", "to"):
        for _name, address in getaddresses([str(v) for v in message.get_all(field) or ()]):
            if address:
                out[bare(address)] = field
    return out


def _walk(part, texts, files):
    content_type = part.get_content_type()
    if content_type == "message/rfc822":
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) else inner
        files.append((_name(part, files), inner.as_bytes() if hasattr(inner, "as_bytes") else str(inner).encode()))
    elif part.is_multipart():
        for child in part.get_payload():
            _walk(child, texts, files)
    elif content_type in ("text/plain", "text/html") and not part.get_filename() \
            and (part.get("content-disposition") or "").lower().split(";")[0].strip() != "attachment":
        texts.setdefault(content_type, []).append(_text(part))
    else:
        files.append((_name(part, files), part.get_payload(decode=True) or b""))


def _name(part, files):
    return str(part.get_filename() or f"attachment {len(files) + 1}")


def _text(part):
    data = part.get_payload(decode=True) or b""
    charset = part.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")


def _header(message, name):
    value = message.get(name)
    return "" if value is None else _decoded(value)


def _decoded(value):
    """A header's text, encoded-words (RFC 2047) decoded, folding undone."""
    try:
        return str(email.header.make_header(email.header.decode_header(str(value))))
    except (email.errors.HeaderParseError, LookupError, ValueError, UnicodeError):
        return str(value)


def _ours(message):
    seen, out = {}, []
    for name in message.keys():
        key = name.lower()
        seen[key] = seen.get(key, 0) + 1
        if key.startswith(OUR_PREFIX):
            out.append((name, seen[key]))
    return tuple(out)
