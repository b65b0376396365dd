"""Who each recipient is to the directory: role, inside or outside the organisation, and which
clients they may receive data about."""
from dataclasses import dataclass, field

from .addresses import domain, normalise
from .models import INTERNAL_KINDS

FIELDS = ("to", "cc", "bcc")


@dataclass(frozen=True, slots=True)
class Addressee:
    """A recipient as the add-in gave it."""

    email: str
    field: str = "to"  # to | cc | bcc
    name: str = ""
    type: str = ""  # Outlook's recipientType: user, externalUser, distributionList, other
    expanded_from: str = ""  # the distribution list it came from, if any


@dataclass(frozen=True, slots=True)
class Recipient:
    email: str  # normalised; "" for a contact group with no address
    field: str
    role: str  # a directory kind, or unknown_internal / unknown_external / unresolved
    internal: bool
    known: bool
    linked: frozenset = field(default_factory=frozenset)
    person_id: str | None = None
    type: str = ""
    expanded_from: str = ""
    lookalike: bool = False  # outside the directory, a typo away from a directory address
    suggestion: str = ""  # for a lookalike: the directory address it is probably meant to be
    personal: bool = False  # staff at an address outside the organisation's domains

    def outside(self, personal_counts=True):
        """Whether mail to this recipient leaves the organisation (a staff member's personal
        mailbox does, unless the policy relaxes that)."""
        return not self.internal or (personal_counts and self.personal)

    @property
    def domain(self):
        return domain(self.email)


def classify(addressee, view, org_domains, on):
    email = normalise(addressee.email)
    common = dict(email=email, field=addressee.field, type=addressee.type,
                  expanded_from=addressee.expanded_from)
    if not email or addressee.type == "distributionList":
        # an unexpanded list or a personal contact group: nobody can say who is behind it
        return Recipient(role="unresolved", internal=False, known=False, **common)
    entry = view.by_email.get(email)
    in_org = domain(email) in org_domains
    if entry is None:
        role = "unknown_internal" if in_org else "unknown_external"
        return Recipient(role=role, internal=in_org, known=False, **common)
    staff = entry.kind in INTERNAL_KINDS
    # with no organisation domains set nobody can tell a personal mailbox from a work one
    home = domain(email)
    personal = staff and bool(org_domains) and not any(
        home == d or home.endswith("." + d) for d in org_domains)  # a subdomain is still work
    return Recipient(role=entry.kind, internal=in_org or staff, known=True,
                     linked=view.linked_clients(entry, on), person_id=entry.id, personal=personal,
                     **common)


def classify_all(addressees, view, org_domains, on):
    return [classify(a, view, org_domains, on) for a in addressees]
