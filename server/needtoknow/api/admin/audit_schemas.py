"""The admin API's contract for the audit log: filters, records, and the test-a-message answer."""
from marshmallow import Schema, ValidationError, fields, validate, validates_schema

from ...policy.rules import RULES
from ..schemas import CheckResponseSchema
from .schemas import PLAIN

KINDS = ("check", "override", "admin", "gateway")
SOURCES = ("outlook", "gmail", "api", "gateway")
DECISIONS = ("allow", "warn", "block")


class AdminAuditQuerySchema(Schema):
    since = fields.Date(load_default=None, metadata={"description": "first day (UTC), inclusive"})
    until = fields.Date(load_default=None, metadata={"description": "last day (UTC), inclusive"})
    kind = fields.String(load_default=None, validate=validate.OneOf(KINDS))
    decision = fields.String(load_default=None, validate=validate.OneOf(DECISIONS))
    rule = fields.String(load_default=None, validate=validate.OneOf(tuple(RULES)))
    sender = fields.String(load_default=None, validate=[validate.Length(max=320), PLAIN],
                           metadata={"description": "part of the sender's (or admin's) address"})
    recipient = fields.String(load_default=None, validate=[validate.Length(max=320), PLAIN],
                              metadata={"description": "a recipient's full address"})
    source = fields.String(load_default=None, validate=validate.OneOf(SOURCES),
                           metadata={"description": "where the check was made: an add-in, the API, the mail gateway"})
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=500))
    offset = fields.Integer(load_default=0, validate=validate.Range(min=0))

    @validates_schema
    def _order(self, data, **kwargs):
        if data["since"] and data["until"] and data["since"] > data["until"]:
            raise ValidationError("Must not be before `since`.", "until")


class AdminAuditRecordSchema(Schema):
    id = fields.Integer()
    kind = fields.String()
    created_at = fields.DateTime()
    check_id = fields.String(allow_none=True)
    actor = fields.String(allow_none=True, metadata={"description": "the sender, or the admin"})
    decision = fields.String(allow_none=True)
    rules = fields.List(fields.String())
    recipients = fields.List(fields.Dict())
    counts = fields.Dict(keys=fields.String(), values=fields.Integer())
    attachments = fields.List(fields.Dict())
    elapsed_ms = fields.Float(allow_none=True)
    justification = fields.String(allow_none=True)
    details = fields.Dict(metadata={"description": "admin changes: what, before, after"})
    gateway = fields.String(allow_none=True, metadata={
        "description": "checks only: the mail gateway's outcome when it later saw the message go out"})
    changes = fields.List(fields.String(), metadata={
        "description": "admin changes: each changed value as `key: before → after`"})


class AdminAuditPageSchema(Schema):
    records = fields.List(fields.Nested(AdminAuditRecordSchema))
    total = fields.Integer()


class AdminRecipientGroupsSchema(Schema):
    email = fields.String()
    groups = fields.List(fields.String())


class AdminTestResultSchema(CheckResponseSchema):
    groups = fields.List(fields.Nested(AdminRecipientGroupsSchema),
                         metadata={"description": "the recipient groups each recipient is in"})
