"""EML (RFC 822): headers people read, every text part, and each attachment through extract()."""
import email
from email import policy

import re

from lxml import etree
from lxml import html as lxml_html

from . import html

_WORD = re.compile(r"\w+")

# Headers that carry words people wrote or read: display names, a forwarded subject, keywords.
HEADERS = ("subject", "from", "to", "cc", "bcc", "reply-to", "sender", "comments", "keywords",
           "thread-topic", "organization")


def read(name, data, ctx):
    message = email.message_from_bytes(data, policy=policy.default)
    ctx.add_text(name, _headers(message))
    _part(name, message, ctx, counter=[0])


def _headers(message):
    lines = []
    for header in HEADERS:
        try:
            value = message.get(header)
        except Exception:  # the header parser can fail in many ways; the body must still be read
            value = None
        if value:
            lines.append(f"{header.capitalize()}: {value}")
    return "\n".join(lines)


def _parts(name, message, ctx, counter):
    """Walk the MIME tree; an attached email is a file of its own, not more parts of this one."""
    for part in message.iter_parts() if message.is_multipart() else [message]:
        _part(name, part, ctx, counter)


def _part(name, part, ctx, counter):
    content_type = part.get_content_type()
    if content_type == "message/rfc822" or (_is_attachment(part) and not part.is_multipart()):
        counter[0] += 1
        filename = part.get_filename() or f"attachment-{counter[0]}"
        ctx.nested(f"{name}/{filename}", _payload(part))
    elif content_type == "multipart/alternative":
        _alternatives(name, part, ctx, counter)
    elif part.is_multipart():
        _parts(name, part, ctx, counter)
    elif content_type == "text/html":
        html.read_text(name, _text(part), ctx)
    else:
        ctx.add_text(name, _text(part))


def _alternatives(name, message, ctx, counter):
    """Plain and HTML versions of one body: read the HTML, and the plain text only when it says
    something the HTML does not (else every count in the email would be doubled)."""
    parts = list(message.iter_parts())
    html_words = set()
    for part in parts:
        if part.get_content_type() == "text/html":
            html_words |= _words(_html_text(_text(part)))
    for part in parts:
        if part.get_content_type() == "text/plain" and html_words and _words(_text(part)) <= html_words:
            continue
        _part(name, part, ctx, counter)


def _words(text):
    return set(_WORD.findall(text.lower()))


def _html_text(markup):
    try:
        return lxml_html.fromstring(markup).text_content() if markup.strip() else ""
    except (ValueError, etree.ParserError):
        return ""


def _is_attachment(part):
    return part.is_attachment() or part.get_content_maintype() != "text"


def _payload(part):
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) else inner
        return inner.as_bytes() if hasattr(inner, "as_bytes") else str(inner).encode()
    return part.get_payload(decode=True) or b""


def _text(part):
    try:
        return part.get_content()
    except (LookupError, ValueError):  # unknown charset: the bytes still say something
        return (part.get_payload(decode=True) or b"").decode("utf-8", errors="replace")
