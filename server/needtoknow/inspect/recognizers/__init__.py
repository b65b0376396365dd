"""Recognizers for the sensitive fields of a care client's record, on Presidio's contract.

Each recognizer is one file and one class; this module is the registry. `default_registry()`
builds it once per process: patterns are compiled in the recognizers' constructors, so nothing
is compiled on the hot path. scan() calls the recognizers directly, with no engine and so no
lemma context enhancer: our recognizers read their context themselves. Their base (contract.py)
keeps Presidio's shape without importing Presidio; presidio.py adapts them for any stock
Presidio AnalyzerEngine (with the model-free NoOpNlpEngine).
"""
import os

# Before tldextract is imported (by email_address.py, or by Presidio through presidio.py): its
# module-level extractor, which Presidio's EmailRecognizer uses, reads this once and would
# otherwise fetch the public suffix list over the network.
os.environ.setdefault("TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS", "")

from functools import cache  # noqa: E402

from .access_code import AccessCodeRecognizer, mask  # noqa: E402
from .contract import RecognizerRegistry  # noqa: E402
from .date_of_birth import DateOfBirthRecognizer  # noqa: E402
from .email_address import EmailAddressRecognizer  # noqa: E402
from .nhs_number import NhsNumberRecognizer, nhs_digits  # noqa: E402
from .uk_phone import UkPhoneRecognizer, national_digits  # noqa: E402
from .uk_postcode import UkPostcodeRecognizer, normalize_postcode  # noqa: E402

RECOGNIZERS = (
    AccessCodeRecognizer,
    UkPhoneRecognizer,
    UkPostcodeRecognizer,
    NhsNumberRecognizer,
    DateOfBirthRecognizer,
    EmailAddressRecognizer,
)

# Entity type -> the entity kind Evidence counts (evidence.ENTITY_KINDS).
KIND_OF_ENTITY = {
    "ACCESS_CODE": "access_code",
    "UK_PHONE": "phone",
    "UK_POSTCODE": "postcode",
    "NHS_NUMBER": "nhs_number",
    "DATE_OF_BIRTH": "date_of_birth",
    "EMAIL_ADDRESS": "email",
}


def build_registry(enabled=None) -> RecognizerRegistry:
    """A registry of our recognizers; `enabled` (entity types) narrows it, e.g. from settings."""
    recognizers = [cls() for cls in RECOGNIZERS if enabled is None or cls.ENTITY in enabled]
    return RecognizerRegistry(recognizers=recognizers, supported_languages=["en"])


@cache
def default_registry() -> RecognizerRegistry:
    """The process-wide registry with every recognizer, built on first use."""
    return build_registry()


__all__ = [
    "RECOGNIZERS",
    "KIND_OF_ENTITY",
    "build_registry",
    "default_registry",
    "mask",
    "national_digits",
    "normalize_postcode",
    "nhs_digits",
]
