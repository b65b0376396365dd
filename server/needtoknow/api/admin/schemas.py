"""The admin API's contract for groups, group rules and settings (marshmallow schemas).

Names start with `Admin` so they are unique in the OpenAPI document's components.
"""
import re

from marshmallow import (Schema, ValidationError, fields, post_load, pre_load, validate,
                         validates_schema)

from ...policy.groups import NETWORKS, ROLES
from ...policy.rules import RULES
from ...policy.severity import SEVERITIES

DOMAIN = re.compile(r"^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
# control characters and unpaired surrogates: no name or note needs them, and the database can't
# store a NUL (PostgreSQL) or encode a lone surrogate (any driver), so they would be a 500
PLAIN = validate.Regexp(r"^[^\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]*$",
                        error="Holds control characters; type it again.")
POSTCODE = re.compile(r"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")


class Domain(fields.String):
    """An email domain, lower case, with or without a leading `@`."""

    def _deserialize(self, value, attr, data, **kwargs):
        value = super()._deserialize(value, attr, data, **kwargs).strip().lower().lstrip("@")
        if not DOMAIN.match(value):
            raise ValidationError("Is not an email domain (like agency.example).")
        return value


class Address(fields.Email):
    def _deserialize(self, value, attr, data, **kwargs):
        return super()._deserialize(value.strip() if isinstance(value, str) else value,
                                    attr, data, **kwargs).lower()


class Postcode(fields.String):
    def _deserialize(self, value, attr, data, **kwargs):
        value = super()._deserialize(value, attr, data, **kwargs).strip().upper()
        if not POSTCODE.match(value):
            raise ValidationError("Is not a UK postcode.")
        return value


def _unique(values):
    return list(dict.fromkeys(values))


class JsonObject(Schema):
    @pre_load
    def _object(self, data, **kwargs):
        if not isinstance(data, dict):
            raise ValidationError("The request body must be a JSON object.", "_schema")
        return data


class AdminGroupSchema(JsonObject):
    id = fields.Integer(dump_only=True)
    name = fields.String(required=True, validate=[validate.Length(min=1, max=120), PLAIN])
    description = fields.String(load_default="", validate=[validate.Length(max=500), PLAIN])
    roles = fields.List(fields.String(validate=validate.OneOf(ROLES)), load_default=list)
    domains = fields.List(Domain(), load_default=list)
    addresses = fields.List(Address(), load_default=list)
    lists = fields.List(Address(), load_default=list,
                        metadata={"description": "distribution-list addresses"})
    network = fields.String(load_default="any", validate=validate.OneOf(NETWORKS))

    @validates_schema
    def _someone(self, data, **kwargs):
        if not any(data.get(k) for k in ("roles", "domains", "addresses", "lists")):
            raise ValidationError("Give at least one role, domain, address or distribution list.",
                                  "roles")

    @post_load
    def _tidy(self, data, **kwargs):
        data["name"] = data["name"].strip()
        if not data["name"]:
            raise ValidationError({"name": ["Give the group a name."]})
        for key in ("roles", "domains", "addresses", "lists"):
            data[key] = _unique(data[key])
        return data


class AdminGroupRuleSchema(JsonObject):
    id = fields.Integer(dump_only=True)
    group_id = fields.Integer(required=True, strict=True)
    group = fields.String(dump_only=True, metadata={"description": "the group's name"})
    rule = fields.String(required=True, validate=validate.OneOf(tuple(RULES)))
    severity = fields.String(required=True, validate=validate.OneOf(SEVERITIES),
                             metadata={"description": "allow relaxes the rule, block tightens it"})
    note = fields.String(load_default="", validate=[validate.Length(max=500), PLAIN])
    reason = fields.String(load_only=True, load_default="",
                           validate=[validate.Length(max=1000), PLAIN], metadata={
                               "description": "why a safety rule (access-code) is relaxed below "
                                              "block for this group: required then, kept in the "
                                              "audit log"})


class AdminRuleDefinitionSchema(Schema):
    id = fields.String()
    severity = fields.String(metadata={"description": "the default severity"})
    summary = fields.String()
    advice = fields.String()


def _range(low, high):
    return validate.Range(min=low, max=high)


class AdminSettingsSchema(JsonObject):
    """Every admin setting; a PATCH may send any subset."""

    org_domains = fields.List(Domain())
    org_phones = fields.List(fields.String(validate=validate.Regexp(
        r"^[0-9 ()+\-.]{6,25}$", error="Is not a phone number.")))
    org_postcodes = fields.List(Postcode())
    bulk_min_clients = fields.Integer(strict=True, validate=_range(1, 100_000))
    bulk_max_recipients = fields.Integer(strict=True, validate=_range(0, 100_000))
    lookalike_max_edits = fields.Integer(strict=True, validate=_range(0, 3))
    fail_mode = fields.String(validate=validate.OneOf(("warn", "block")))
    max_attachment_bytes = fields.Integer(strict=True, validate=_range(1024, 500 * 1024 * 1024))
    max_attachments = fields.Integer(strict=True, validate=_range(1, 1000))
    max_pages = fields.Integer(strict=True, validate=_range(1, 100_000))
    max_cells = fields.Integer(strict=True, validate=_range(100, 100_000_000))
    max_archive_depth = fields.Integer(strict=True, validate=_range(0, 10))
    max_archive_members = fields.Integer(strict=True, validate=_range(1, 100_000))
    extract_seconds = fields.Float(validate=_range(0.5, 300))
    personal_address_outside = fields.Boolean()
    warn_images_outside = fields.Boolean()
    justification_min_chars = fields.Integer(strict=True, validate=_range(1, 500))
    justification_min_words = fields.Integer(strict=True, validate=_range(1, 50))

    @post_load
    def _tidy(self, data, **kwargs):
        for key in ("org_domains", "org_phones", "org_postcodes"):
            if key in data:
                data[key] = _unique(v.strip() for v in data[key])
        return data
