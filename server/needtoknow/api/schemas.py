"""The check API's contract as marshmallow schemas (SPEC "The check API")."""
import base64
import binascii
import re

from marshmallow import Schema, ValidationError, fields, post_load, pre_load, validate, validates_schema

from ..directory.addresses import split
from ..policy.justification import CATEGORIES

SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")
# no address, name or id holds control characters or lone surrogates (and a database refuses some)
printable = validate.Regexp(re.compile(r"^[^\x00-\x1f\x7f\ud800-\udfff]*$"),
                            error="Must not contain control characters.")


class RecipientField(fields.Field):
    """An address string, or {email, name, type}."""

    def _deserialize(self, value, attr, data, **kwargs):
        if isinstance(value, str):
            value = {"email": value}
        if not isinstance(value, dict):
            raise ValidationError("A recipient is an address or an object with `email`.")
        return RECIPIENT.load(_office_names(value))


def _split_lists(recipients):
    """`"a@x, b@y"` (as one entry, or as one object's `email`) is two recipients, never the first
    alone."""
    out = []
    for r in recipients:
        email = r if isinstance(r, str) else r.get("email") if isinstance(r, dict) else None
        parts = split(email) if isinstance(email, str) and (("," in email) or (";" in email)) else None
        if not parts or len(parts) < 2:
            out.append(r)
        elif isinstance(r, str):
            out.extend(parts)
        else:
            out.extend({**r, "email": p, "name": ""} for p in parts)
    return out


OFFICE_NAMES = {"emailAddress": "email", "displayName": "name", "recipientType": "type"}


def _office_names(value):
    """Office.js's own field names (`emailAddress`, …) are accepted for SPEC's."""
    renamed = {OFFICE_NAMES[k]: v for k, v in value.items() if k in OFFICE_NAMES and OFFICE_NAMES[k] not in value}
    return {**value, **renamed} if renamed else value


class RecipientSchema(Schema):
    email = fields.String(load_default="", validate=[validate.Length(max=320), printable])
    name = fields.String(load_default="", validate=[validate.Length(max=320), printable])
    # Outlook's recipientType (user, externalUser, distributionList, other); a type a newer
    # Outlook may add is kept as given rather than failing the check: only lists are special
    type = fields.String(load_default="", validate=validate.Length(max=40))

    class Meta:
        unknown = "exclude"


RECIPIENT = RecipientSchema()
DATA_URL = re.compile(r"^data:[\w.+/-]*(;[\w-]+=[\w.-]+)*;base64,", re.I)


class Base64Bytes(fields.Field):
    """Standard base64, with line breaks (MIME) or a `data:…;base64,` prefix tolerated."""

    def _deserialize(self, value, attr, data, **kwargs):
        if not isinstance(value, str):
            raise ValidationError("Must be a base64 string.")
        try:
            return base64.b64decode(re.sub(r"\s+", "", DATA_URL.sub("", value, count=1)), validate=True)
        except (binascii.Error, ValueError):
            raise ValidationError("Is not valid base64.") from None


class AttachmentSchema(Schema):
    name = fields.String(load_default="attachment", validate=[validate.Length(max=500), printable])
    content_type = fields.String(load_default="", allow_none=True)
    content_base64 = Base64Bytes(load_default=None)
    sha256 = fields.String(load_default=None, validate=validate.Regexp(SHA256, error="Must be 64 hex digits."))
    kind = fields.String(load_default="file", validate=validate.OneOf(("file", "cloud", "unreadable")))
    url = fields.String(load_default=None, load_only=True)
    size = fields.Integer(load_default=None, load_only=True)

    class Meta:
        unknown = "exclude"

    @validates_schema
    def _content_or_hash(self, data, **kwargs):
        if data["kind"] == "file" and data["content_base64"] is None and data["sha256"] is None:
            raise ValidationError("Give `content_base64` or `sha256`.", "content_base64")


class ClientInfoSchema(Schema):
    """Which add-in asked (kept in the audit record, so nothing free-form)."""

    host = fields.String(load_default="", validate=[validate.Length(max=40), printable])
    version = fields.String(load_default="", validate=[validate.Length(max=40), printable])

    class Meta:
        unknown = "exclude"


class CheckRequestSchema(Schema):
    sender = fields.String(load_default="", validate=[validate.Length(max=320), printable])
    to = fields.List(RecipientField(), load_default=list, allow_none=True)
    cc = fields.List(RecipientField(), load_default=list, allow_none=True)
    bcc = fields.List(RecipientField(), load_default=list, allow_none=True)
    subject = fields.String(load_default="", allow_none=True)
    body = fields.String(load_default="", allow_none=True)
    body_type = fields.String(load_default="text", validate=validate.OneOf(("text", "html")))
    attachments = fields.List(fields.Nested(AttachmentSchema), load_default=list, allow_none=True)
    draft_id = fields.String(load_default=None, allow_none=True, validate=[validate.Length(max=200), printable])
    client = fields.Nested(ClientInfoSchema, load_default=dict)

    class Meta:
        unknown = "exclude"

    def __init__(self, *args, max_attachment_bytes=None, max_attachments=None, max_recipients=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.max_attachment_bytes, self.max_attachments = max_attachment_bytes, max_attachments
        self.max_recipients = max_recipients

    @pre_load
    def _object(self, data, **kwargs):
        if not isinstance(data, dict):
            raise ValidationError("The request body must be a JSON object.", "_schema")
        return {**data, **{f: _split_lists(data[f]) for f in ("to", "cc", "bcc")
                           if isinstance(data.get(f), list)}}

    @post_load
    def _nulls_are_empty(self, data, **kwargs):
        for key in ("to", "cc", "bcc", "attachments"):
            data[key] = data[key] or []
        return data

    @validates_schema
    def _limits(self, data, **kwargs):
        recipients = sum(len(data[f] or ()) for f in ("to", "cc", "bcc"))
        if not recipients:
            raise ValidationError("At least one recipient is needed in `to`, `cc` or `bcc`.", "to")
        if self.max_recipients and recipients > self.max_recipients:
            raise ValidationError(f"At most {self.max_recipients} recipients in To, Cc and Bcc together.", "to")
        attachments = data["attachments"] or []
        if self.max_attachments and len(attachments) > self.max_attachments:
            raise ValidationError(f"At most {self.max_attachments} attachments.", "attachments")
        # an attachment over MAX_ATTACHMENT_BYTES (within the request limit) is not bad input: the
        # check answers a "too large to check" warning for it, as the command line does


class OverrideRequestSchema(Schema):
    # how long and how many words: a setting, checked by api/override.py
    justification = fields.String(required=True, validate=[validate.Length(min=1, max=2000), validate.Regexp(
        re.compile(r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]*$"), error="Must not contain control characters.")])
    category = fields.String(load_default=None, allow_none=True,
                             validate=validate.OneOf(tuple(CATEGORIES)))

    @pre_load
    def _object(self, data, **kwargs):
        if not isinstance(data, dict):
            raise ValidationError("The request body must be a JSON object.", "_schema")
        return data


class ReasonSchema(Schema):
    rule = fields.String()
    severity = fields.String()
    message = fields.String()
    message_markdown = fields.String(attribute="markdown")
    recipients = fields.List(fields.String())
    clients = fields.Integer()
    locations = fields.List(fields.String())


class RecipientResultSchema(Schema):
    email = fields.String()
    field = fields.String()
    known = fields.Boolean()
    role = fields.String()
    linked_clients = fields.Integer()
    unlinked_clients = fields.Integer()


class OverrideSchema(Schema):
    allowed = fields.Boolean()
    justification = fields.Boolean()


class CheckResponseSchema(Schema):
    check_id = fields.String()
    decision = fields.String()
    title = fields.String()
    message = fields.String()
    message_markdown = fields.String()
    override = fields.Nested(OverrideSchema)
    reasons = fields.List(fields.Nested(ReasonSchema))
    recipients = fields.List(fields.Nested(RecipientResultSchema))
    findings = fields.Dict(keys=fields.String(), values=fields.Integer())
    elapsed_ms = fields.Float()
    audited = fields.Boolean(metadata={"description": "Only on a fail-mode answer (reason "
                                                      "`check-unavailable`): whether its audit record was kept."})
    stamp = fields.String(metadata={"description": "Signed token (key id, HMAC) over the check id, sender, "
                                                   "recipients, attachment hashes, decision and override state; "
                                                   "the Outlook add-in writes it into `X-NeedToKnow-Check`."})


class OverrideResponseSchema(Schema):
    check_id = fields.String()
    recorded = fields.Boolean()
    stamp = fields.String(metadata={"description": "The check's stamp with the override recorded."})


class ErrorSchema(Schema):
    error = fields.String()
    fields_ = fields.Dict(data_key="fields")
    missing = fields.List(fields.String())
    overridden_at = fields.DateTime(metadata={"description": "On a second override (409): when "
                                                             "the first was recorded."})
