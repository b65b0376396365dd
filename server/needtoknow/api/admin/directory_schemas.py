"""The admin API's contract for the directory: search, a person's links, CSV import."""
from marshmallow import EXCLUDE, Schema, fields, validate

from ...directory.models import KINDS
from .schemas import PLAIN


class AdminPeopleQuerySchema(Schema):
    q = fields.String(load_default="", validate=[validate.Length(max=200), PLAIN])
    kind = fields.String(load_default=None, validate=validate.OneOf(KINDS))
    limit = fields.Integer(load_default=50, validate=validate.Range(min=1, max=500))
    offset = fields.Integer(load_default=0, validate=validate.Range(min=0))


class AdminPersonSchema(Schema):
    """A search result: what the console lists (never a page of phone or NHS numbers)."""

    id = fields.String()
    kind = fields.String()
    full_name = fields.String()
    email = fields.String(allow_none=True)


class AdminPeoplePageSchema(Schema):
    people = fields.List(fields.Nested(AdminPersonSchema))
    total = fields.Integer()


class AdminLinkSchema(Schema):
    person_id = fields.String()
    client_id = fields.String()
    other_name = fields.String(metadata={"description": "the person at the other end of the link"})
    other_kind = fields.String()
    relationship = fields.String()
    valid_from = fields.Date(allow_none=True)
    valid_to = fields.Date(allow_none=True)
    active = fields.Boolean()


class AdminPersonDetailSchema(AdminPersonSchema):
    """One person as the console shows them: contact details, no NHS number (nothing shows it)."""

    phone = fields.String(allow_none=True)
    address = fields.String(allow_none=True)
    postcode = fields.String(allow_none=True)
    clients = fields.List(fields.Nested(AdminLinkSchema),
                          metadata={"description": "clients this person is linked to"})
    linked_people = fields.List(fields.Nested(AdminLinkSchema),
                                metadata={"description": "for a client: who is linked to them"})


class AdminImportChangesSchema(Schema):
    added = fields.Dict(keys=fields.String(), values=fields.Integer())
    removed = fields.Dict(keys=fields.String(), values=fields.Integer())
    changed = fields.Dict(keys=fields.String(), values=fields.Integer())
    links_added = fields.Integer()
    links_removed = fields.Integer()


class AdminImportRemovalsSchema(Schema):
    people = fields.Integer(metadata={"description": "people the import removes"})
    people_before = fields.Integer()
    links = fields.Integer(metadata={"description": "links the import removes"})
    links_before = fields.Integer()
    threshold = fields.Float(metadata={"description": "the share above which removals are flagged"})
    flagged = fields.Boolean(metadata={"description": "more than the threshold would be removed"})
    confirm_number = fields.Integer(metadata={
        "description": "the number to send as confirm_removals to import it anyway"})
    message = fields.Function(lambda r: r.describe() if r.flagged else "")


class AdminImportReportSchema(Schema):
    removals = fields.Nested(AdminImportRemovalsSchema)
    people = fields.Dict(keys=fields.String(), values=fields.Integer())
    relationships = fields.Integer()
    changes = fields.Nested(AdminImportChangesSchema)
    dry_run = fields.Boolean()
    revision = fields.Integer(allow_none=True)


class AdminImportProblemSchema(Schema):
    file = fields.String()
    line = fields.Integer(metadata={"description": "0: the file as a whole"})
    message = fields.String()


class AdminImportErrorSchema(Schema):
    error = fields.String()
    problems = fields.List(fields.Nested(AdminImportProblemSchema))
    removals = fields.Nested(AdminImportRemovalsSchema, metadata={
        "description": "409: the removals that need confirming"})


class AdminImportFormSchema(Schema):
    people = fields.Raw(required=True, metadata={"type": "string", "format": "binary"})
    relationships = fields.Raw(required=True, metadata={"type": "string", "format": "binary"})
    dry_run = fields.Boolean(load_default=False)
    confirm_removals = fields.Integer(load_default=None, allow_none=True, metadata={
        "description": "an import flagged for removing too much is written only when this is "
                       "the number of people it removes (its links, when it removes no person)"})

    class Meta:
        unknown = EXCLUDE  # the form may carry csrf_token
