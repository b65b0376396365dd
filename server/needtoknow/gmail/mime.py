"""A Gmail API message (`format=full`) as what the check reads: subject, sender, recipients, body
and attachments. Part bodies are base64url; large attachments come as an `attachmentId` to fetch."""
import base64
import binascii
from dataclasses import dataclass
from email.message import Message

from .event import addresses


@dataclass(frozen=True)
class Part:
    name: str
    data: bytes | None  # None: fetch it by attachment_id
    attachment_id: str = ""
    size: int = 0


@dataclass(frozen=True)
class Draft:
    subject: str
    sender: str
    to: tuple
    cc: tuple
    bcc: tuple
    body: str
    body_type: str  # html | text
    parts: tuple  # Part: the attachments


def b64url(data):
    """Bytes from Gmail's base64url (padding optional); b"" when it is not base64url."""
    data = (data or "").strip()
    try:
        return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
    except (binascii.Error, ValueError):
        return b""


def headers(payload):
    """Header name (lower case) -> value; the first of repeated headers."""
    out = {}
    for h in payload.get("headers") or ():
        out.setdefault(str(h.get("name", "")).lower(), str(h.get("value", "")))
    return out


def recipients(message):
    """{to, cc, bcc} address tuples of a message (`format=metadata` or `full`)."""
    found = headers(message.get("payload") or {})
    return {f: addresses([found.get(f, "")]) for f in ("to", "cc", "bcc")}


def parse(message):
    """A Draft from a `format=full` message."""
    payload = message.get("payload") or {}
    top = headers(payload)
    texts, parts = {}, []
    _walk(payload, texts, parts)
    body_type = "html" if "text/html" in texts else "text"
    body = "\n".join(texts.get("text/html" if body_type == "html" else "text/plain", []))
    sender = addresses([top.get("from", "")])
    return Draft(subject=top.get("subject", ""), sender=sender[0] if sender else "",
                 **recipients(message), body=body, body_type=body_type, parts=tuple(parts))


def _walk(part, texts, parts):
    mime = str(part.get("mimeType", "")).lower()
    body = part.get("body") or {}
    if mime.startswith("multipart/"):
        for child in part.get("parts") or ():
            _walk(child, texts, parts)
        return
    name = str(part.get("filename") or "")
    if not name and mime in ("text/plain", "text/html") and not body.get("attachmentId"):
        texts.setdefault(mime, []).append(_decode(b64url(body.get("data")), headers(part)))
        return
    if name or body.get("attachmentId") or body.get("data"):
        data = b64url(body["data"]) if body.get("data") else None
        parts.append(Part(name or f"attachment {len(parts) + 1}", data,
                          str(body.get("attachmentId") or ""), int(body.get("size") or 0)))


def _decode(data, part_headers):
    """Text of a part in the charset its Content-Type names (UTF-8 when it names none)."""
    message = Message()
    message["Content-Type"] = part_headers.get("content-type", "text/plain")
    charset = message.get_content_charset() or "utf-8"
    try:
        return data.decode(charset, errors="replace")
    except LookupError:
        return data.decode("utf-8", errors="replace")
