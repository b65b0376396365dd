"""What a scan of some text reveals, without any of the text: safe to cache and to log.

Evidence of several parts (body, each attachment) adds up with `+`; `identified()` then applies
SPEC's definition over the whole message: a client is identified by any one strong identifier
(phone, NHS number, street address line), or by their name together with any other identifier.
"""
from collections import Counter
from dataclasses import dataclass, field

ENTITY_KINDS = ("access_code", "phone", "postcode", "nhs_number", "date_of_birth", "email")


@dataclass(frozen=True)
class Evidence:
    counts: Counter = field(default_factory=Counter)  # entity kind -> hits (org's own excluded)
    locations: dict = field(default_factory=dict)  # entity kind -> frozenset of locations
    masked_codes: tuple = ()  # access codes as "48**"
    named: frozenset = frozenset()  # client ids whose name appears
    strong: frozenset = frozenset()  # client ids whose phone, NHS number or street line appears
    weak: frozenset = frozenset()  # client ids whose postcode (or other secondary id) appears
    client_locations: dict = field(default_factory=dict)  # client id -> frozenset of locations
    # identifier kind (name, address, phone, postcode, nhs_number) -> ids of the clients whose
    # own identifier of that kind appears: which of a client's details a message holds
    identifiers: dict = field(default_factory=dict)
    health_named: frozenset = frozenset()  # named with a care or health word (health_terms)

    def __add__(self, other):
        if not isinstance(other, Evidence):
            return NotImplemented
        return Evidence(
            counts=self.counts + other.counts,
            locations=_union_values(self.locations, other.locations),
            masked_codes=self.masked_codes + other.masked_codes,
            named=self.named | other.named,
            strong=self.strong | other.strong,
            weak=self.weak | other.weak,
            client_locations=_union_values(self.client_locations, other.client_locations),
            identifiers=_union_values(self.identifiers, other.identifiers),
            health_named=self.health_named | other.health_named,
        )

    def identified(self):
        """Ids of the directory clients this evidence identifies."""
        return self.strong | (self.named & self.weak)

    def named_only(self):
        """SPEC *named* clients: their full name appears, with no other identifier of theirs."""
        return self.named - self.identified()

    def named_with_health(self):
        """SPEC *named* clients (no other identifier) with care or health details about them."""
        return self.health_named - self.identified()

    def has_personal_data(self):
        """SPEC: an access code, NHS number, date of birth, identified client, or a phone number or
        postcode that is not the organisation's own (those were not counted)."""
        return bool(self.identified()) or any(self.counts[k] for k in ENTITY_KINDS if k != "email")


def _union_values(a, b):
    out = dict(a)
    for key, value in b.items():
        out[key] = out.get(key, frozenset()) | value
    return out


EMPTY = Evidence()
