"""The shared engine of our recognizers: Presidio's PatternRecognizer contract, window context.

Presidio's stock flow (regex module with timeouts, an explanation object per match, then a lemma
context enhancer whose cost grows with results × tokens) is what makes it slow on a client list.
Here each recognizer is data — PATTERNS, CONTEXT, STOP_WORDS — and context is read from a short
window of text just before the match, clipped to the current line and table cell, so the
`Key safe: ` label that table rendering puts before a cell counts as context. A value that opens
its line or cell reads the line or cell before it as its label: `Key safe` above `4821` in a
letter, or the `Key safe | 4821` row of a two-column form.
"""
import re
from typing import List, Optional

from .contract import Pattern, PatternRecognizer, RecognizerResult
from .phrases import Phrases, Words

_WORD = Words(digits=True)
_NEXT_WORD = re.compile(r"[ \t]*([a-z]+)", re.I)
_CELL_BREAK = " | "
# What opens a description after a value in its cell: "4821 - left of the porch", "4821 (reset)".
_DESCRIBE_MARKS = "-\u2013\u2014(,;"
_DESCRIBE_WORDS = frozenset("""by at on in near behind under beside left right round around outside
inside next above below""".split())  # ... or where: "4821 by the back door"
_LONGEST_VALUE = 24  # characters: "4th September 1929" with room to spare
_WINDOWS_KEPT = 4096  # windows remembered per recognizer (_read_window); then forgotten at once
# The end of the sentence before the match: context from an earlier sentence does not count.
# A full stop ends one after a lower-case word ("fitted in 2019. Order 5521"), not after an
# initialism or a title ("D.O.B. November 4, 1929", "for Mrs. Smith: 4812").
# An exclamation mark ends one only before a capitalised word: before a number or a lower-case
# word it is a message's emphasis ("KEYSAFE CODE CHANGED!!! 4821", "ks changed!! now 4821").
_SENTENCE_END = re.compile(r"[?;]\s|!\s+(?=[A-Z][a-z])"
                           r"|(?<=[a-z0-9]{2})(?<!Mrs)(?<!Rev)(?<!Prof)(?<!Sra)(?<!Srta)(?<!Dra)(?<!Sig)(?<!Mme)\.\s+(?=[A-Z])")
# What may stand before a value that opens its line or cell: indentation, "> " quoting, bullets.
_BARE = re.compile(r"[\s>*\u2022\u00b7\-\u2013]*")
# Whose thing a phrase after a value names: "(Mrs) Begum's" says nothing of what the value is
_OWNER = re.compile(r"(?:\b(?:mr|mrs|ms|miss|dr)\.?\s+)?\b[^\W\d_]+['\u2019]s\s+$", re.I)
# Nothing but an answer's opening between a question (or an exclamation) and the value after it
_ANSWER = re.compile(r"[\s>*\u2022\u00b7\-\u2013]*(?:[A-Z][a-z]+:[ \t]*)?"  # a speaker's name: "- Office: 2718"
                     r"(?:(?:it'?s|it is|that'?s|that is)\b[\s:\-\u2013]*)?", re.I)
# "It is now", "from then it will be", "now it's": the code the sentence before spoke of
_SAID_IT = re.compile(r"\s*(?:(?:from (?:then|now|today|monday|tomorrow)|from now on|as of today|now)[,\s]+)?"
                      r"(?:(?:it|this|that)(?:'?s| is| will be|'ll be| has changed to| changes to)(?: now)?"
                      r"|now|new (?:one|code|number|pin|combination|combo))[\s:\-\u2013]*", re.I)
# A line of at most this many words over a blank line and a value is its heading ("Key safe").
_HEADING_WORDS = 3
# What may close a line after a value that is all of it: a cell's quote, a full stop.
_CLOSING = " \t\r\"'\u201d\u2019.)"
# For recognizers' patterns: a value may follow a printed form's dot leader ("Date of
# birth.....04/11/1929"), though not a single dot (a decimal's, a reference's).
NOT_AFTER_ONE_DOT = r"(?:(?<!\.)|(?<=\.\.))"
# What links() answers for a verb whose subject is a phrase further back (see links()).
VERB_LINK = "verb"


class WindowedRecognizer(PatternRecognizer):
    """A PatternRecognizer whose context is the window of text before (or just after) each match.

    Subclasses set ENTITY, PATTERNS (a Pattern may capture the value in a group named `value`),
    CONTEXT and optionally:
      CONTEXT_REQUIRED  drop matches with no context phrase in the window (access codes, DOBs);
      MAX_GAP_WORDS     at most this many words between the context phrase and the match;
      STOP_WORDS        a match is dropped if one of the last few words before it (after the
                        context phrase, if any) is one of these ("ext 1234", "fitted in 2019"),
                        and a phrase after it does not count when one of these follows the
                        phrase ("1300 key safe visit");
      STOP_BEFORE       ... or if the word right before it is one of these ("at 0730");
      STOP_AFTER        ... or if the word right after it is one of these ("2019 model").
      LINK_WORDS        a phrase further back (LINK_WINDOW characters, in the match's cell, or
                        its line and the one above) still counts when one of these words comes
                        between, in the match's own sentence: "Key safe round the back by the
                        bins, code 4821";
      BRIDGE_WORDS      a phrase that bridges() (a specific one) counts at most this many words
                        back in the match's own sentence, line and cell: "Keys are in the lock
                        box on the wall by the garage, it's 4821";
      AFTER_GAP_WORDS   a phrase at most this many words after the match counts too ("4821
                        (key safe)"), for values accepts_after_context() takes;
      ROW_LABELS        a value alone in its table cell (its label, if any, made of these words)
                        counts when another cell of its row holds a phrase, for values
                        accepts_after_context() takes: "Name: Al | Entry: keypad | Number: 4821";
      ANCHOR            a character every value holds ("@"): a text without it is not searched;
      TYPO_LABELS       label words also found with one slip ("keysaef", typos.py).
      TOLD, TOLD_CLAUSE a value told after the sentence that names it ("… the key safe. It's 4821").
    and may override validate_result / invalidate_result / normalize, says_otherwise /
    says_after / stop_before_applies (when the stop words apply), after_gap (which words
    between a value and a phrase after it count), after_comma, links / accepts_link / stop_in
    (a phrase further back), describes_phrase (a long gap that only says where a thing is), and
    needs_context (a value that counts only after a phrase, though the recognizer's others need
    none: a phone number that lost its leading 0) / accepts_after_context.
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
    LINK_WORDS: frozenset = frozenset()
    LINK_WINDOW = 120
    BRIDGE_WORDS = 0
    AFTER_GAP_WORDS = 0
    ROW_LABELS: frozenset = frozenset()
    ANCHOR = ""
    TYPO_LABELS: tuple = ()
    GLUED_PHRASE = ""  # a regex for a phrase written glued to its value ("KS4821")
    TOLD = None  # a regex: the opening of a sentence or line that tells a value asked or spoken of
    TOLD_CLAUSE = None  # a regex: ... or of a clause after a comma (a verb of keying)
    TOLD_WINDOW = 200  # characters looked back for the phrase a told value answers
    TOLD_WORDS = 25  # words at most between that phrase and the telling

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
        self._context = (Phrases(self.context, self.TYPO_LABELS, self.GLUED_PHRASE)
                         if self.context else None)
        self._windows = {}  # clipped window -> what it says (_read_window)
        self._metadata = {
            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
        }

    def normalize(self, value: str) -> str:
        """The canonical form of a matched value (for lookups and masking); never logged."""
        return value

    def needs_context(self, value: str) -> bool:
        """Whether this value counts only with a context phrase (always, if CONTEXT_REQUIRED)."""
        return self.CONTEXT_REQUIRED

    def accepts_phrase(self, value: str, phrase: str, before: str = "", gap: str = ""):
        """Whether this phrase right before the value makes it one (a weak label may not):
        True, False (the words say it is something else), or None (this phrase does not label
        it; others further back or after may); `before` is the text before the phrase, `gap`
        the text between phrase and value."""
        return True

    def links(self, value: str, gap) -> object:
        """Whether the words after the last phrase (or in the window) link the value to a phrase
        further back: a LINK_WORDS word among them (True), or for a subclass VERB_LINK, a verb
        right before the value whose subject that phrase is ("the panel in the hall needs
        4821"), which counts only with no stop word between."""
        return any(w in self.LINK_WORDS for w in gap)

    def accepts_link(self, value: str, phrase: str, before: str, gap: str) -> bool:
        """Whether a phrase further back (linked or bridging) may label the value: by default,
        always; a subclass refuses what the words say is something else ("Dress code: tunic
        4821", "key safe empty, arrived 0015")."""
        return True

    def bridges(self, phrase: str) -> bool:
        """Whether this phrase is specific enough to reach BRIDGE_WORDS words ahead."""
        return False

    def heads(self, phrase: str) -> bool:
        """Whether this phrase, as the label heading a cell or line ("Access: …"), labels a
        value anywhere in it (with BRIDGE_WORDS set)."""
        return False

    def gap_owns(self, gap) -> bool:
        """Whether a number between phrase and match owns the phrase (it is another value)."""
        return _has_number(gap)

    def describes_phrase(self, gap: str, value: str) -> bool:
        """Whether the words between a phrase and the value, though more than MAX_GAP_WORDS,
        only say where the thing is ("box on the wall by the bins → 4821"): by default, never."""
        return False

    def accepts_after_context(self, value: str, between=(), phrase: str = "", before=()) -> bool:
        """Whether `phrase` after the value (weaker than one before), with these words between
        (or in another cell of its table row), may make it one; `before` holds the last words
        before the value in its sentence ("punch" in "punch 1919 into the key safe")."""
        return True

    def says_otherwise(self, rest: str, words) -> bool:
        """Whether the text between the last phrase (or the window's start) and a value says it
        is something else; `words` are its last STOP_LOOKBACK words."""
        return any(w in self.STOP_WORDS for w in words)

    def says_after(self, text: str, start: int, end: int) -> bool:
        """Whether the words right after the value text[start:end] say it is something else: by
        default, a STOP_AFTER word ("2019 model")."""
        after = _NEXT_WORD.match(text, end, end + 24) if self.STOP_AFTER else None
        return bool(after) and after.group(1).lower() in self.STOP_AFTER

    def stop_before_applies(self, value: str, word: str, previous: str = "") -> bool:
        """Whether a STOP_BEFORE word right before this value (`previous` the word before it)
        says what it is."""
        return True

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
        """Where values may be: everywhere, or when context is required, just around each phrase.

        Looking around the (few) phrases first costs one pass over the text (in C, phrases.near)
        instead of one per pattern, and a text with no phrase at all costs almost nothing.
        """
        if self.ANCHOR and self.ANCHOR not in text:
            return ()
        if not self.CONTEXT_REQUIRED:
            return ((0, len(text)),)
        reach = max(self.WINDOW, self.LINK_WINDOW if self.LINK_WORDS else 0) + _LONGEST_VALUE
        reach += self._context.longest  # from a phrase's anchor word to its end
        back = self.WINDOW + _LONGEST_VALUE + self._context.longest if self.AFTER_GAP_WORDS else 0
        ranges = []
        for first, last in self._context.near(text):
            start = first - back if back else last
            if ranges and start <= ranges[-1][1]:
                ranges[-1][1] = last + reach  # overlapping windows: search once
            else:
                ranges.append([max(0, start), last + reach])
        return [(start, min(end, len(text))) for start, end in ranges]

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
        if has_context is None or (not has_context and self.needs_context(value)):
            return None
        score = 1.0 if valid else min(1.0, pattern.score + self.CONTEXT_BOOST * has_context)
        metadata = dict(self._metadata, normalized=self.normalize(value))
        entity = self.supported_entities[0]
        return RecognizerResult(entity, start, end, score, recognition_metadata=metadata)

    def _window_context(self, text, start, end):
        """True if a context phrase labels the match, False if none, None if a stop word says
        the number is something else."""
        window = _clip(text[max(0, start - self.WINDOW) : start])
        phrase, gap, stopped, words = self._read_window(window)
        if stopped or (
            gap and gap[-1] in self.STOP_BEFORE and not window.rstrip().endswith(":")  # "over: 4821"
            and self.stop_before_applies(text[start:end], gap[-1], words[-2] if len(words) > 1 else "")
        ):
            return None
        if self.says_after(text, start, end):
            return None
        if phrase is not None and (self.MAX_GAP_WORDS is None or len(gap) <= self.MAX_GAP_WORDS
                                   or self.describes_phrase(window[phrase[1] :], text[start:end])):
            first, last = phrase
            verdict = self.accepts_phrase(text[start:end], window[first:last], window[:first],
                                          window[last:])
            if verdict is False:
                return None
            if verdict:  # another number between phrase and match owns it ("DOB 1929-11-04, seen 03/12")
                return self.MAX_GAP_WORDS is None or not self.gap_owns(gap)
            # None: this phrase does not label the match; a phrase further back or after may
        if self._context is None:
            return False
        return (self._linked(text, start, end, words) or self._followed(text, start, end, words)
                or self._told_after(text, start, end)
                or self._in_row(text, start, end))

    def _read_window(self, window):
        """What the clipped window before a match says, whatever the match: (the last phrase's
        span or None, the words after it, whether a stop word is among the last of them, the
        words of the window after a phrase or else those words again).

        A function of the window's text alone, so it is remembered: the rows of a client list
        put the same label before every value ("… | Key safe: 4821"), and each is read once.
        """
        known = self._windows.get(window)
        if known is not None:
            return known
        phrase = _last(self._context.finditer(window)) if self._context is not None else None
        rest = window[phrase.end() if phrase else 0 :]
        gap = tuple(_WORD.findall(rest.lower()))
        stopped = self.says_otherwise(rest, gap[-self.STOP_LOOKBACK :])
        if phrase is None:
            known = (None, gap, stopped, gap)
        else:
            known = ((phrase.start(), phrase.end()), gap, stopped,
                     tuple(_WORD.findall(window.lower())))
        if len(self._windows) >= _WINDOWS_KEPT:
            self._windows.clear()
        self._windows[window] = known
        return known

    def _linked(self, text, start, end, gap):
        """A phrase further back: bridged by a link word ("Key safe round the back by the bins,
        code 4821"), or specific enough to reach that far in the match's own sentence."""
        linked = self.links(text[start:end], gap)
        if not linked and not self.BRIDGE_WORDS:
            return False
        lines = self._lines_before(text, start, end)
        if lines is None:
            return False
        above, newline, own = lines
        before, bar, cell = own.rpartition(_CELL_BREAK)
        if linked:  # in a table, the match's own cell; in prose, its line and the one above
            wide = cell if bar else above.rpartition("\n")[2] + "\n" + own
        else:  # its own cell or line, and sentence
            if (bar or newline or start <= self.LINK_WINDOW) and self._headed(cell, text[start:end]):
                return True
            sentence = _last(_SENTENCE_END.finditer(cell))
            wide = cell[sentence.end() :] if sentence else cell
        found = self._context.finditer(wide)
        if not linked:  # the last phrase that reaches so far ("lockbox …, opens on 4821")
            found = [p for p in found if self.bridges(wide[p.start() : p.end()])]
        phrase = _last(found)
        if phrase is None:
            return False
        between = _WORD.findall(wide[phrase.end() :].lower())
        if _has_number(between) or self.stop_in(between):
            return False
        if not self.accepts_link(text[start:end], wide[phrase.start() : phrase.end()], wide[: phrase.start()],
                                 wide[phrase.end() :]):
            return False
        return bool(linked) or (len(between) <= self.BRIDGE_WORDS and not self.stop_in(between))

    def _told_after(self, text, start, end):
        """A value told in a later sentence or line than the phrase it answers: what stands
        before it in its own sentence and line is only an answer's or a telling's opening
        (TOLD: "It's", "Yes,", "New number", "It should be", "> no, … new one is"), and the last
        phrase before that, within TOLD_WINDOW characters of its cell, has no other number nor a
        stop word after it: "Daughter rang back re the key safe at the bungalow. It's 4821",
        "> Do we have the code for the new key safe?\n\nYes, 4821"."""
        if self.TOLD is None:
            return False
        head = text[max(0, start - self.TOLD_WINDOW) : start]
        head = head.rpartition(_CELL_BREAK)[2]
        line_start = head.rfind("\n") + 1
        own = head[line_start:]
        sentence = _last(_SENTENCE_END.finditer(own))
        opening = own[sentence.end() :] if sentence else own
        if not self.TOLD.fullmatch(opening) and self.TOLD_CLAUSE is not None:
            clause = opening.rpartition(", ")[2]  # "… won't open with the old number, use 4821 instead"
            opening = clause if clause != opening and self.TOLD_CLAUSE.fullmatch(clause) else opening
        if not self.TOLD.fullmatch(opening) or not opening.strip(" \t>"):
            return False
        earlier = head[: len(head) - len(opening)]
        phrase = _last(self._context.finditer(earlier))
        if phrase is None:
            return False
        between = _WORD.findall(earlier[phrase.end() :].lower())
        if _has_number(between) or len(between) > self.TOLD_WORDS or self.stop_in(between):
            return False
        value = text[start:end]
        return (self.accepts_after_context(value, ("told",))
                and self.accepts_link(value, earlier[phrase.start() : phrase.end()], earlier[: phrase.start()],
                                      earlier[phrase.end() :]))

    def _lines_before(self, text, start, end):
        """(the text above, whether it ends in a line break, the match's own line) in the link
        window. For a value alone on its line, the line above stands as its own ("KEY SAFE
        (round the side by the gas meter)" over "4821"), or over a blank line a heading of a few
        words ("Key safe", a blank line, "4821"); None under a blank line and a longer one."""
        wide = text[max(0, start - self.LINK_WINDOW) : start]
        above, newline, own = wide.rpartition("\n")
        if not (newline and _BARE.fullmatch(own) and self._alone_below(text, start, end)):
            return above, newline, own
        above, newline, own = above.rpartition("\n")
        if newline and not own.strip():
            above, newline, own = above.rstrip().rpartition("\n")
            heading = _WORD.findall(own.lower())
            if len(heading) > _HEADING_WORDS and not (
                    self.LINK_WORDS.intersection(heading)
                    and self.accepts_after_context(text[start:end], ("heading",))):
                return None  # ... but a line that names the code heads it: "Key safe code for Mr Singh has changed"
        return above, newline, own

    def _alone_below(self, text, start, end):
        """Whether a value that opens its line is all of it (but for a closing quote, or words
        that say where it is), and not a year."""
        line_end = text.find("\n", end)
        rest = text[end : line_end if line_end >= 0 else len(text)]
        return ((not rest.strip(_CLOSING) or self._describes(rest))
                and self.accepts_after_context(text[start:end]))

    def _headed(self, cell, value):
        """Whether the label heading the value's cell (its column's header, "Access: …") labels
        every value in it, however far on: "Access: Key safe round by the back door behind the
        big green bush on the left 4821". Not over another number or a word that says what the
        number is ("Keys: returned, tag number 4821"), and not for what accepts_after_context()
        refuses after other words (a time, a year)."""
        phrase = self._context.search(cell)
        if phrase is None or cell[: phrase.start()].strip() or not (
                cell[phrase.end() :].lstrip().startswith(":")
                and self.heads(cell[phrase.start() : phrase.end()])):
            return False
        rest = cell[phrase.end() :]
        between = _WORD.findall(rest.lower())
        return (self._says_nothing_else(between)
                and self.accepts_phrase(value, cell[phrase.start() : phrase.end()], cell[: phrase.start()],
                                        rest) is not False
                and self.accepts_after_context(value, ("cell",)))

    def _in_row(self, text, start, end):
        """A value alone in its cell, another cell of its table row holding a phrase."""
        if not self.ROW_LABELS:
            return False
        first = text.rfind("\n", 0, start) + 1
        last = text.find("\n", end)
        line = text[first : last if last >= 0 else len(text)]
        if _CELL_BREAK not in line:
            return False
        head = line[: start - first].rpartition(_CELL_BREAK)
        tail = line[end - first :].partition(_CELL_BREAK)
        label = head[2].strip()
        if not (label.endswith(":") or not label) or not self._describes(tail[0]):
            return False  # not alone in its cell, nor followed only by where it is
        if label and not set(_WORD.findall(label.lower())) <= self.ROW_LABELS:
            return False  # its own label says what it is
        others = (head[0], tail[2])
        if not any(self._context.search(cells) for cells in others if cells):
            return False
        return self.accepts_after_context(text[start:end], ("row",))

    def _describes(self, rest):
        """Whether the rest of a value's cell only says where or how it is used ("4821 - left of
        the porch", "4821 (reset after)", "4821 by the back door"): a mark or a word of place,
        then words none of which says what the number is, and no other number."""
        if not rest.strip():
            return True
        words = _WORD.findall(rest.lower())
        opens = rest.lstrip()[:1] in _DESCRIBE_MARKS or (words and words[0] in _DESCRIBE_WORDS)
        return (rest[:1] in " \t" and opens and bool(words)
                and words[0] not in self.STOP_AFTER and self._says_nothing_else(words))

    def _says_nothing_else(self, words):
        """No other number among `words`, and none of them says what the number is."""
        return not _has_number(words) and not any(w in self.STOP_WORDS for w in words)

    def _followed(self, text, start, end, before=()):
        """A phrase just after the match, in its line, cell and sentence: "4821 (key safe)"."""
        if not self.AFTER_GAP_WORDS:
            return False
        tail = text[end : end + self.WINDOW].partition("\n")[0].partition(_CELL_BREAK)[0]
        sentence = _SENTENCE_END.search(tail)
        phrase = self._context.search(tail, 0, sentence.start() if sentence else len(tail))
        if phrase is None:
            return False
        if "," in tail[: phrase.start()] and not self.after_comma(text[start:end]):
            return False
        between = _WORD.findall(tail[: phrase.start()].lower())
        owner = _OWNER.search(tail, 0, phrase.start())  # "4821 for Mrs Begum's key safe"
        if owner:
            between = between[: len(between) - len(_WORD.findall(owner.group(0)))]
        named = _NEXT_WORD.match(tail, phrase.end())
        if named and named.group(1).lower() in self.STOP_WORDS:
            return False  # "1300 key safe visit", "48213 key safe order": the visit's, the order's
        if not self.accepts_after_context(text[start:end], between, tail[phrase.start() : phrase.end()],
                                          before[-2:]):
            return False
        return self.after_gap(between) <= self.AFTER_GAP_WORDS and not any(
            w in self.STOP_WORDS or (len(w) > 2 and w.isdigit()) for w in between
        )

    def stop_in(self, words) -> bool:
        """Whether a STOP_WORDS word is among `words` (the words between a phrase further back
        and the value)."""
        return any(w in self.STOP_WORDS for w in words)

    def after_comma(self, value: str) -> bool:
        """Whether a phrase after the value, past a comma, may still label it: by default, yes."""
        return True

    def after_gap(self, between) -> int:
        """How many of the words between a value and a phrase after it count against
        AFTER_GAP_WORDS: by default all of them."""
        return len(between)


def _has_number(words):
    return any(len(w) > 2 and w.isdigit() for w in words)


def _clip(window):
    """The part of the window in the match's own line, table cell and sentence. A match that
    opens its line or cell reads the one before as its label ("Key safe:" above "4821")."""
    above, newline, line = window.rpartition("\n")
    if newline and _BARE.fullmatch(line):  # the line right above; a blank one labels nothing,
        label = above.rpartition("\n")[2]
        if not label.strip() and above.rstrip().endswith(":"):  # but for a colon's ("Key safe:\n\n4821")
            label = above.rstrip().rpartition("\n")[2]
        line = label + ": " + line
    before, bar, cell = line.rpartition(_CELL_BREAK)
    if bar and _BARE.fullmatch(cell):
        cell = before.rpartition(_CELL_BREAK)[2] + ": " + cell
    sentence = _last(_SENTENCE_END.finditer(cell))
    if sentence is None:
        return cell
    rest = cell[sentence.end() :]
    if cell[sentence.start()] in "?!" and _ANSWER.fullmatch(rest) or _SAID_IT.fullmatch(rest):
        # the answer to a question, or what an exclamation announces ("What's the key safe
        # code? 4821", "… for Joan's key safe? -- It's 4821", "Key safe changed!!! 4821"), or
        # the code a sentence spoke of, told in the next ("… changes on the 1st; from then it
        # will be 4821", "The key safe code has changed. It is now 4821")
        earlier = _last(_SENTENCE_END.finditer(cell, 0, sentence.start()))
        return cell[earlier.end() if earlier else 0 : sentence.start()] + ": " + rest
    return rest


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
