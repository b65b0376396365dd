"""scan(parts, index) -> Evidence: the sensitive fields and directory clients in some text.

Values found are used here (to look clients up, to mask codes) and dropped: the Evidence holds
counts, places, masked codes and client ids only, so it can be cached, logged and audited.
"""
from collections import Counter
from typing import Iterable

from .directory_match import ClientIndex
from .document import TextPart
from .evidence import EMPTY, Evidence
from .recognizers import KIND_OF_ENTITY, default_registry, mask
from .text_tables import read_tables
from .unicode_clean import clean, skeleton


SERVICE_PREFIXES = ("03", "05", "08", "09")


def scan(parts: Iterable[TextPart], index: ClientIndex, registry=None) -> Evidence:
    """Evidence of every part, added up; `registry` defaults to all our recognizers."""
    recognizers = (registry or default_registry()).recognizers
    evidence = EMPTY
    for part in parts:
        if part.text:
            evidence = evidence + _scan_part(part, index, recognizers)
    return evidence


def _scan_part(part, index, recognizers):
    # Normalisation first (unicode_clean): invisible characters out, look-alike letters Latin.
    text = read_tables(clean(part.text))
    values = {kind: [] for kind in KIND_OF_ENTITY.values()}
    for kind, value in _findings(skeleton(text), recognizers):
        values[kind].append(value)
    # The organisation's own numbers (its signature) are neither personal data nor a client's.
    values["phone"] = [v for v in values["phone"] if v not in index.org_phones]
    values["postcode"] = [v for v in values["postcode"] if v not in index.org_postcodes]
    clients = index.match(text, values["phone"], values["postcode"], values["nhs_number"])
    # Non-geographic numbers (03, 05, 08, 09: NHS 111, councils, helplines) belong to
    # organisations, not people: they identify a client only through the directory, above.
    values["phone"] = [v for v in values["phone"] if not v.startswith(SERVICE_PREFIXES)]
    counts = Counter({kind: len(found) for kind, found in values.items() if found})
    here = frozenset((part.location,))
    every = clients.named | clients.strong | clients.weak
    return Evidence(
        counts=counts,
        locations={kind: here for kind in counts},
        masked_codes=tuple(mask(code) for code in values["access_code"]),
        named=clients.named,
        strong=clients.strong,
        weak=clients.weak,
        client_locations={client: here for client in every},
        identifiers={k: v for k, v in (("name", clients.named), ("address", clients.street),
                                       ("phone", clients.phone), ("postcode", clients.weak),
                                       ("nhs_number", clients.nhs)) if v},
        health_named=index.health_named(text) if clients.named else frozenset(),
    )


def _findings(text, recognizers):
    """(kind, normalised value) per finding; where two kinds claim the same digits, the surer wins.

    A ten-digit run can pass both as a phone number and as an NHS number: keep one reading.
    """
    results = []
    for recognizer in recognizers:
        results.extend(recognizer.analyze(text, recognizer.supported_entities))
    results.sort(key=lambda r: (r.start, -r.end))
    kept = []
    for result in results:
        if kept and result.start < kept[-1].end:
            if result.score <= kept[-1].score:
                continue
            kept.pop()
        kept.append(result)
    return [(KIND_OF_ENTITY[r.entity_type], r.recognition_metadata["normalized"]) for r in kept]
