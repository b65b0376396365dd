"""What extraction produces: pieces of text with where they came from, and what could not be read."""
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TextPart:
    """Text from one place in a message.

    `location` names the place for people (`subject`, `body`, `rota.pdf`, `pack.zip/rota.docx`).
    Tables are rendered one row per line with each cell as `Header: value`, cells joined by
    ` | `, so a bare `9357` under a "Key safe" column reads `Key safe: 9357` to the recognizers.
    """

    location: str
    text: str


PROBLEM_KINDS = ("encrypted", "corrupt", "too_large", "too_deep", "bomb", "timeout", "unsupported",
                 "cloud", "image")  # image: a picture, which holds no text we read (the policy decides)
PROBLEM_KINDS += ("too_complex", "unchecked")  # a helper killed for overrunning; a check's deadline


@dataclass(frozen=True, slots=True)
class Problem:
    """An attachment (or a member of one) that could not be fully inspected."""

    location: str
    kind: str  # one of PROBLEM_KINDS
    detail: str = ""  # for people; never the file's content

    def __post_init__(self):
        if self.kind not in PROBLEM_KINDS:
            raise ValueError(f"unknown problem kind {self.kind!r}")


@dataclass(frozen=True, slots=True)
class Extraction:
    parts: tuple[TextPart, ...] = ()
    problems: tuple[Problem, ...] = ()
