"""OLE2 compound files: Outlook MSG read with extract-msg; encrypted or legacy Office refused.

A password-protected DOCX/XLSX is an OLE2 file too (EncryptionInfo + EncryptedPackage), so the
streams inside decide what this is before extract-msg is asked.
"""
import logging

import extract_msg
import olefile

from . import html
from .context import Refused

logging.getLogger("extract_msg").setLevel(logging.CRITICAL)  # it logs about every odd file
LEGACY = ("WordDocument", "Workbook", "Book", "PowerPoint Document")


def read(name, data, ctx):
    _check_streams(data)
    message = extract_msg.openMsg(data, delayAttachments=False, strict=False)
    try:
        read_message(name, message, ctx)
    finally:
        message.close()


def _check_streams(data):
    try:
        ole = olefile.OleFileIO(data)
    except Exception:  # olefile raises OSError, ValueError, struct.error... on damaged headers
        raise Refused("corrupt", "OLE2 compound file is damaged") from None
    try:
        if ole.exists("EncryptedPackage"):
            raise Refused("encrypted", "Office document is password-protected")
        if any(ole.exists(stream) for stream in LEGACY):
            raise Refused("unsupported", "legacy Office format (.doc/.xls/.ppt)")
        if not ole.exists("__properties_version1.0"):
            raise Refused("unsupported", "OLE2 file that is not an Outlook message")
    finally:
        ole.close()


def read_message(name, message, ctx):
    """A message's headers and body, then its attachments (embedded messages recursively)."""
    lines = [f"{label}: {value}" for label, value in (
        ("Subject", message.subject), ("From", getattr(message, "sender", None)),
        ("To", getattr(message, "to", None)), ("Cc", getattr(message, "cc", None)),
        ("Bcc", getattr(message, "bcc", None))) if value]
    ctx.add_text(name, "\n".join(lines))
    body = getattr(message, "body", None)
    if body:
        ctx.add_text(name, body)
    elif getattr(message, "htmlBody", None):
        html.read_text(name, message.htmlBody.decode("utf-8", errors="replace"), ctx)
    for number, attachment in enumerate(message.attachments, start=1):
        _attachment(name, number, attachment, ctx)


def _attachment(name, number, attachment, ctx):
    filename = (getattr(attachment, "longFilename", None)
                or getattr(attachment, "shortFilename", None) or f"attachment-{number}")
    location = f"{name}/{filename}"
    data = attachment.data
    if isinstance(data, bytes):
        ctx.nested(location, data)
    elif data is None:  # a link to a file elsewhere, or a type extract-msg can't read
        ctx.problem(location, "unsupported", "attachment without content (a link?)")
    elif ctx.can_nest(location):  # an embedded message object
        read_message(location, data, ctx.deeper())
