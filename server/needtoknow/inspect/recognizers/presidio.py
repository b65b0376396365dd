"""Our recognizers on Presidio's own classes, for anyone who wants a stock AnalyzerEngine:

    engine = AnalyzerEngine(registry=presidio.build_registry(), nlp_engine=NoOpNlpEngine(...))

Kept apart from the recognizers so that scan() never imports Presidio (and spaCy through it):
see contract.py. `adapter(AccessCodeRecognizer)` is a Presidio PatternRecognizer class that runs
ours inside, with Presidio's results and Presidio's to_dict / from_dict round trip.
"""
from functools import cache

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerRegistry, RecognizerResult

from . import RECOGNIZERS, contract

# Presidio's PatternRecognizer options our recognizers have no use for (they read their own
# patterns with their own flags, and have no deny lists).
_PRESIDIO_ONLY = ("deny_list", "deny_list_score", "global_regex_flags", "country_code")


class PresidioRecognizer(PatternRecognizer):
    """A Presidio PatternRecognizer whose matching is one of ours (WRAPS, set by adapter())."""

    WRAPS = None

    def __init__(self, **config):
        config = {k: v for k, v in config.items() if k not in _PRESIDIO_ONLY}
        if config.get("patterns"):  # Presidio's Pattern objects from from_dict, or ours
            config["patterns"] = [contract.Pattern(p.name, p.regex, p.score) for p in config["patterns"]]
        self.wrapped = self.WRAPS(**config)
        super().__init__(
            supported_entity=self.wrapped.supported_entities[0],
            name=self.wrapped.name,
            supported_language=self.wrapped.supported_language,
            patterns=[Pattern(p.name, p.regex, p.score) for p in self.wrapped.patterns],
            context=self.wrapped.context,
            version=self.wrapped.version,
        )

    def analyze(self, text, entities=None, nlp_artifacts=None, regex_flags=None):
        found = []
        for r in self.wrapped.analyze(text, entities):
            metadata = dict(r.recognition_metadata or {})
            metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id  # the engine looks us up by it
            found.append(RecognizerResult(r.entity_type, r.start, r.end, r.score, recognition_metadata=metadata))
        return found


@cache
def adapter(cls) -> type:
    """The Presidio PatternRecognizer class for one of our recognizer classes."""
    return type(f"Presidio{cls.__name__}", (PresidioRecognizer,), {"WRAPS": cls, "__module__": __name__})


def build_registry(enabled=None) -> RecognizerRegistry:
    """A Presidio registry of our recognizers; `enabled` (entity types) narrows it."""
    recognizers = [adapter(cls)() for cls in RECOGNIZERS if enabled is None or cls.ENTITY in enabled]
    return RecognizerRegistry(recognizers=recognizers, supported_languages=["en"])
