"""EMAIL_ADDRESS: Presidio's email pattern, validated against a public-suffix list kept offline.

Presidio's EmailRecognizer calls tldextract's module-level extractor, which fetches the public
suffix list over the network unless told otherwise, and only reads that setting when tldextract
is first imported. Our own extractor is told explicitly: bundled snapshot, no download, no cache.
"""
import functools

from .contract import Pattern
from .windowed import WindowedRecognizer


@functools.cache
def _offline():
    """Built on the first address found: tldextract brings requests with it, a tenth of a
    second of start-up that a text with no address needn't pay."""
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


class EmailAddressRecognizer(WindowedRecognizer):
    ENTITY = "EMAIL_ADDRESS"

    # Copied from Microsoft Presidio (MIT licence), presidio-analyzer 2.2.366,
    # predefined_recognizers/generic/email_recognizer.py, so that finding an address does not
    # import Presidio (and spaCy); test_email_address.py checks the copy still matches.
    PATTERNS = [
        Pattern(
            "Email (Medium)",
            r"\b((([!#$%&'*+\-/=?^_`{|}~\w])|([!#$%&'*+\-/=?^_`{|}~\w][!#$%&'*+\-/=?^_`{|}~\.\w]{0,}"
            r"[!#$%&'*+\-/=?^_`{|}~\w]))[@]\w+(?:-+\w+)*(?:\.\w+(?:-+\w+)*)+)\b",
            0.5,
        ),
    ]
    CONTEXT = ["email", "e-mail", "mail"]
    ANCHOR = "@"

    def normalize(self, value):
        return value.lower()

    def validate_result(self, pattern_text):
        domain = pattern_text.rpartition("@")[2]
        return None if _offline()(domain).suffix else False
