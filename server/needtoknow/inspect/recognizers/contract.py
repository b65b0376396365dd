"""Presidio's recognizer contract without Presidio: Pattern, RecognizerResult, PatternRecognizer.

Our recognizers keep the shape of Presidio's — the same names and fields, the same constructor,
`analyze(text, entities)`, `to_dict()` / `from_dict()` — but not its package: importing
presidio_analyzer imports spaCy and compiles some 180 patterns of its own, over a second of every
`needtoknow check`'s start-up, and scan() uses none of it. presidio.py wraps these classes in
Presidio's own for anyone who wants a stock AnalyzerEngine.
"""
from dataclasses import dataclass, field
from typing import Dict, List, Optional


@dataclass
class Pattern:
    """A named regular expression and the score of a match with no context (as Presidio's)."""

    name: str
    regex: str
    score: float

    def to_dict(self) -> Dict:
        return {"name": self.name, "score": self.score, "regex": self.regex}

    @classmethod
    def from_dict(cls, pattern: Dict) -> "Pattern":
        return cls(**pattern)


@dataclass(slots=True)
class RecognizerResult:
    """One match: where, what kind, how sure; `recognition_metadata` carries the normalised value."""

    RECOGNIZER_NAME_KEY = "recognizer_name"  # Presidio's metadata keys
    RECOGNIZER_IDENTIFIER_KEY = "recognizer_identifier"

    entity_type: str
    start: int
    end: int
    score: float
    recognition_metadata: Optional[Dict] = field(default=None, compare=False)


@dataclass(slots=True)
class RecognizerRegistry:
    """The recognizers scan() runs, built once (recognizers/__init__.py)."""

    recognizers: List["PatternRecognizer"]
    supported_languages: List[str] = field(default_factory=lambda: ["en"])


class PatternRecognizer:
    """The data of a pattern recognizer, with Presidio's constructor and serialisation, so a
    configuration (to_dict / from_dict, YAML) can override its patterns and context; subclasses
    implement analyze() and may override validate_result / invalidate_result."""

    def __init__(self, supported_entity: str, name: Optional[str] = None, supported_language: str = "en",
                 patterns: Optional[List[Pattern]] = None, context: Optional[List[str]] = None,
                 version: str = "0.0.1"):
        if not supported_entity or not patterns:
            raise ValueError("a pattern recognizer needs an entity and patterns")
        self.supported_entities = [supported_entity]
        self.name = name or type(self).__name__
        self.id = f"{self.name}_{id(self)}"
        self.supported_language = supported_language
        self.patterns = [p if isinstance(p, Pattern) else Pattern(p.name, p.regex, p.score) for p in patterns]
        self.context = list(context or [])
        self.version = version

    def analyze(self, text: str, entities=None, nlp_artifacts=None, regex_flags=None) -> List[RecognizerResult]:
        raise NotImplementedError

    def validate_result(self, pattern_text: str) -> Optional[bool]:
        """True: certainly one (score 1); False: certainly not; None: the pattern's score."""
        return None

    def invalidate_result(self, pattern_text: str) -> bool:
        """True: certainly not one, before any other check."""
        return False

    def to_dict(self) -> Dict:
        return {"name": self.name, "supported_language": self.supported_language, "version": self.version,
                "supported_entity": self.supported_entities[0], "context": self.context,
                "patterns": [p.to_dict() for p in self.patterns]}

    @classmethod
    def from_dict(cls, config: Dict) -> "PatternRecognizer":
        config = dict(config)
        config["patterns"] = [Pattern.from_dict(p) for p in config.get("patterns") or ()]
        if "supported_entities" in config:  # Presidio's EntityRecognizer spelling
            config.setdefault("supported_entity", (config.pop("supported_entities") or [None])[0])
        return cls(**config)
