"""The shared engine of our recognizers: Presidio's PatternRecognizer contract, window context.

Presidio's stock flow (regex module with timeouts, an explanation object per match, then a lemma
context enhancer whose cost grows with results × tokens) is what makes it slow on a client list.
Here each recognizer is data — PATTERNS, CONTEXT, STOP_WORDS — and context is read from a short
window of text just before the match, clipped to the current line and table cell, so the
`Key safe: ` label that table rendering puts before a cell counts as context.
"""
import re
from typing import List, Optional

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

_WORD = re.compile(r"[a-z]+|\d+")
_NEXT_WORD = re.compile(r"[ \t]*([a-z]+)", re.I)
_CELL_BREAK = " | "
_LONGEST_VALUE = 24  # characters: "4th September 1929" with room to spare
# The end of the sentence before the match: context from an earlier sentence does not count.
# A full stop ends one after a lower-case word ("fitted in 2019. Order 5521"), not after an
# initialism or a title ("D.O.B. November 4, 1929", "for Mrs. Smith: 4812").
_SENTENCE_END = re.compile(r"[!?;]\s|(?<=[a-z0-9]{2})(?<!Mrs)(?<!Rev)(?<!Prof)\.\s+(?=[A-Z])")


def context_regex(phrases):
    """Whole-word regex for context phrases; "key safe" also matches "keysafe" and "key-safe"."""
    alternatives = sorted((re.escape(p).replace(r"\ ", r"[\s\-]?") for p in phrases), key=len)
    # Leading with a character set lets re skip ahead to candidate positions: twice as fast.
    first = re.escape("".join(sorted({p[0].lower() for p in phrases})))
    return re.compile(
        r"(?=[%s])(?<![a-z])(?:%s)(?![a-z])" % (first, "|".join(reversed(alternatives))), re.I
    )


class WindowedRecognizer(PatternRecognizer):
    """A PatternRecognizer whose context is the window of text before each match.

    Subclasses set ENTITY, PATTERNS (a Pattern may capture the value in a group named `value`),
    CONTEXT and optionally:
      CONTEXT_REQUIRED  drop matches with no context phrase in the window (access codes, DOBs);
      MAX_GAP_WORDS     at most this many words between the context phrase and the match;
      STOP_WORDS        a match is dropped if one of the last few words before it (after the
                        context phrase, if any) is one of these ("ext 1234", "fitted in 2019");
      STOP_BEFORE       ... or if the word right before it is one of these ("at 0730");
      STOP_AFTER        ... or if the word right after it is one of these ("2019 model").
    and may override validate_result / invalidate_result / normalize.
    """

    ENTITY = ""
    PATTERNS: List[Pattern] = []
    CONTEXT: List[str] = []
    CONTEXT_REQUIRED = False
    CONTEXT_BOOST = 0.35
    WINDOW = 48  # characters looked at before a match
    MAX_GAP_WORDS: Optional[int] = None
    STOP_WORDS: frozenset = frozenset()
    STOP_LOOKBACK = 3  # words before a match checked against STOP_WORDS
    STOP_BEFORE: frozenset = frozenset()  # the word right before says what it is ("in 2019")
    STOP_AFTER: frozenset = frozenset()  # the word right after says what it is ("2019 model")

    def __init__(self, patterns=None, context=None, supported_entity=None, name=None, **kwargs):
        # Presidio's signature, so configuration (to_dict / from_dict, YAML) can override the data.
        super().__init__(
            supported_entity=supported_entity or self.ENTITY,
            patterns=list(patterns or self.PATTERNS),
            context=list(context or self.CONTEXT),
            name=name or type(self).__name__,
            **kwargs,
        )
        # stdlib re beats the `regex` module on these simple patterns; compiled once, here.
        self._compiled = [(p, re.compile(p.regex, re.I)) for p in self.patterns]
        self._context = context_regex(self.context) if self.context else None
        self._metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }

    def normalize(self, value: str) -> str:
        """The canonical form of a matched value (for lookups and masking); never logged."""
        return value

    def analyze(self, text, entities=None, nlp_artifacts=None, regex_flags=None):
        """Presidio's contract; each result carries its normalised value in its metadata."""
        results = {}
        ranges = self._search_ranges(text)
        for pattern, regex in self._compiled:
            for start, end in ranges:
                for match in regex.finditer(text, start, end):
                    result = self._result(text, match, pattern, end)
                    if result is not None:
                        results[result.start, result.end] = result
        return _outermost(results.values())

    def _search_ranges(self, text):
        """Where values may be: everywhere, or when context is required, just after each phrase.

        Looking after the (few) phrases first costs one pass over the text instead of one per
        pattern, and a text with no phrase at all costs almost nothing.
        """
        if not self.CONTEXT_REQUIRED:
            return ((0, len(text)),)
        reach = self.WINDOW + _LONGEST_VALUE
        ranges = []
        for phrase in self._context.finditer(text):
            end = min(len(text), phrase.end() + reach)
            if ranges and phrase.start() <= ranges[-1][1]:
                ranges[-1] = (ranges[-1][0], end)  # overlapping windows: search once
            else:
                ranges.append((phrase.end(), end))
        return ranges

    def _result(self, text, match, pattern, search_end):
        if match.end() == search_end < len(text):
            return None  # cut short by the range end: too far from its phrase to count anyway
        start, end = match.span("value") if "value" in match.re.groupindex else match.span()
        value = text[start:end]
        if self.invalidate_result(value):
            return None
        valid = self.validate_result(value)
        if valid is False:
            return None
        has_context = self._window_context(text, start, end)
        if has_context is None or (self.CONTEXT_REQUIRED and not has_context):
            return None
        score = 1.0 if valid else min(1.0, pattern.score + self.CONTEXT_BOOST * has_context)
        metadata = dict(self._metadata, normalized=self.normalize(value))
        entity = self.supported_entities[0]
        return RecognizerResult(entity, start, end, score, recognition_metadata=metadata)

    def _window_context(self, text, start, end):
        """True if a context phrase precedes the match, False if none, None if a stop word says
        the number is something else."""
        window = _clip(text[max(0, start - self.WINDOW) : start])
        phrase = _last(self._context.finditer(window)) if self._context is not None else None
        gap = _WORD.findall(window[phrase.end() if phrase else 0 :].lower())
        if any(w in self.STOP_WORDS for w in gap[-self.STOP_LOOKBACK :]) or (
            gap and gap[-1] in self.STOP_BEFORE
        ):
            return None
        after = _NEXT_WORD.match(text, end, end + 24) if self.STOP_AFTER else None
        if after and after.group(1).lower() in self.STOP_AFTER:
            return None
        if phrase is None:
            return False
        # Another number between phrase and match owns the phrase ("DOB 1929-11-04, seen 03/12").
        return self.MAX_GAP_WORDS is None or (
            len(gap) <= self.MAX_GAP_WORDS and not any(len(w) > 2 and w.isdigit() for w in gap)
        )


def _clip(window):
    """The part of the window in the match's own line, table cell and sentence."""
    window = window[window.rfind("\n") + 1 :]
    cell = window.rfind(_CELL_BREAK)
    if cell >= 0:
        window = window[cell + len(_CELL_BREAK) :]
    sentence = _last(_SENTENCE_END.finditer(window))
    return window[sentence.end() :] if sentence else window


def _outermost(results):
    """Results not inside a longer one of the same recognizer (Presidio's remove_duplicates
    does the same with a set and per-group scans, several times slower on long lists)."""
    kept = []
    for result in sorted(results, key=lambda r: (r.start, -r.end, -r.score)):
        if not kept or result.end > kept[-1].end:
            kept.append(result)
    return kept


def _last(iterator):
    last = None
    for last in iterator:
        pass
    return last
