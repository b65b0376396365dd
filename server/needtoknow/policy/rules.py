"""The default rules (SPEC "Default rules") as data. Ids are stable: reasons, group rules and the
audit log cite them."""
from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    id: str
    severity: str  # default severity; `unlinked-client` is block outside the org (and at a
    # staff member's personal address), warn inside
    summary: str  # for admins
    advice: str  # what to do instead, for the person sending


RULES = {r.id: r for r in (
    Rule("access-code", "block",
         "A key safe, door entry, alarm or lockbox code is in the subject, body or an attachment.",
         "Never email access codes: share them by phone or through the care app."),
    Rule("unlinked-client", "block",
         "A recipient gets data identifying a client they have no active link to.",
         "Remove those recipients, or send each person only the details of their own clients."),
    Rule("bulk-client-data", "block",
         "Data identifying many clients goes to more than a few recipients.",
         "Send client lists to as few people as possible, or share them through the care system."),
    Rule("unknown-recipient", "warn",
         "A recipient is neither in the directory nor in the organisation, and the message holds "
         "personal data.",
         "Check the address is right and that they need this information."),
    Rule("exposed-recipients", "warn",
         "Relatives of different clients can see each other's addresses in To or Cc.",
         "Put the recipients in Bcc, or send separate emails."),
    Rule("unreadable-attachment", "warn",
         "An attachment could not be inspected.",
         "Share it through the care system; for a password-protected file, send the password "
         "separately, never in the same email."),
    Rule("lookalike-recipient", "warn",
         "An address outside the directory is one or two characters away from a directory address.",
         "Check the address for a typo before sending."),
    Rule("unexpanded-list", "warn",
         "A distribution list could not be expanded, so who would receive the message is unknown, "
         "and the message holds personal data.",
         "Send to the people by name, or ask IT to check the list can be expanded."),
    Rule("client-health-details", "warn",
         "A client is named with care or health details, and a recipient outside the "
         "organisation is not linked to them.",
         "Check they should know this about the client, or leave the name out."),
    Rule("personal-address", "block",
         "A staff member at a personal address (outside the organisation's domains) gets an NHS "
         "number, a date of birth or an access code.",
         "Send it to their work address instead."),
    Rule("client-data", "allow",
         "A recipient gets any data identifying a client (off by default; groups can turn it on).",
         "Check this recipient should get client details."),
)}
