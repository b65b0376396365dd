"""EMAIL_ADDRESS: Presidio's email pattern, validated against a public-suffix list kept offline.

Presidio's EmailRecognizer calls tldextract's module-level extractor, which fetches the public
suffix list over the network unless told otherwise, and only reads that setting when tldextract
is first imported. Our own extractor is told explicitly: bundled snapshot, no download, no cache.
"""
import tldextract
from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from .windowed import WindowedRecognizer

_OFFLINE = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


class EmailAddressRecognizer(WindowedRecognizer):
    ENTITY = "EMAIL_ADDRESS"

    PATTERNS = [Pattern(p.name, p.regex, p.score) for p in EmailRecognizer.PATTERNS]
    CONTEXT = ["email", "e-mail", "mail"]
    ANCHOR = "@"

    def normalize(self, value):
        return value.lower()

    def validate_result(self, pattern_text):
        domain = pattern_text.rpartition("@")[2]
        return None if _OFFLINE(domain).suffix else False
