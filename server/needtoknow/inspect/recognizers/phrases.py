"""Context phrases, found in text: one trie-shaped regex per recognizer, and label words with a slip.

A phrase is written as people write it: "key safe" (also found as "keysafe" and "key-safe"),
"Access:" (a label: counts only before a colon, an arrow, an equals sign, a table cell break or
the end of its line, never in prose such as "access to work"), or a stem ending in "*" for the
inflected languages staff write ("klucz*": klucz, klucze, kluczami). Phrases are put through the
same look-alike skeleton as the text, so Cyrillic words match the skeleton the recognizers read.
"""
import re

import ahocorasick

from ..unicode_clean import skeleton
from .typos import TypoLabels

_HYPHEN = "\\-\u2010\u2011"  # "key-safe" with an ASCII or a (non-breaking) Unicode hyphen
# What announces a label's value: "Access:", "Access | 4821", "Entry → 4821", "KS = 4821", "Gate #",
# and the other right-pointing arrows and pointers people type or paste ("Keys 👉 4821", "☞", "▶").
LABEL_MARKS = (":|=#>\u2192\u21d2\u21e8\u2794\u279c\u279d\u279e\u27a1\u27a4\u27f6\u25b6\u25ba"
               "\u261e\U0001f449")
# Not the end of the text: a window ends right before the value it is read for ("Entry 4821").
_LABEL_END = r"(?=[ \t]*[%s\r\n])" % re.escape(LABEL_MARKS)
_STEM = "*"
# Combining marks are letters' parts, though re reads them as \W: Latin accents typed apart, Arabic
# vowel marks, and the vowel signs of the Indic scripts ("चाबी" is one word, not "च" and "ब").
MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed" + "".join(
    "%s-%s%s-%s%s-%s%s-%s" % (chr(base), chr(base + 0x03), chr(base + 0x3A), chr(base + 0x4F),
                              chr(base + 0x51), chr(base + 0x57), chr(base + 0x62), chr(base + 0x63))
    for base in range(0x0900, 0x0E00, 0x80))  # Devanagari to Sinhala
LETTER = r"(?:[^\W\d_]|[%s])" % MARKS
LETTERS = r"(?:[^\W\d_]+|[%s]+)+" % MARKS  # a word: letters and the marks on them


class Words:
    """findall() of words (LETTERS, and digits with `digits`): ASCII text, most of it, is split by
    the plain letter class, which re runs twice as fast as one that takes marks too."""

    def __init__(self, digits=False):
        tail = r"|\d+" if digits else ""
        self._ascii = re.compile(r"[^\W\d_]+" + tail)
        self._any = re.compile(LETTERS + tail)

    def findall(self, text):
        return (self._ascii if text.isascii() else self._any).findall(text)
_STEM_TAIL = LETTER + "*"  # the rest of an inflected word: letters only


def context_regex(phrases):
    """Whole-word regex for context phrases; "key safe" also matches "keysafe" and "key-safe".

    A phrase glued to a digit is another word: "KS1" is a school key stage, not a key safe.

    The phrases are written as a trie ("k(?:ey(?: safe|pad)|s)"), longest first at each branch:
    a flat alternation of a few hundred phrases is tried one by one at every letter.
    """
    trie = {}
    for phrase in {skeleton(p.lower()) for p in phrases}:
        node = trie
        for char in phrase.rstrip(":"):
            node = node.setdefault(char, {})
        node[""] = node.get("", "label") if phrase.endswith(":") else "plain"
    # Leading with a character set lets re skip ahead to candidate positions: twice as fast.
    first = re.escape("".join(sorted(trie)))
    edge = r"(?:(?![^\W_])|(?<![^\W_]))"  # not glued to a letter or digit after a word
    return re.compile(r"(?=[%s])(?<![^\W\d_])%s%s" % (first, _trie_regex(trie), edge), re.I)


def _trie_regex(node):
    space = r"[\s%s]?" % _HYPHEN
    branches = []
    for char, child in sorted(node.items()):
        if char == _STEM:
            branches.append(_STEM_TAIL + _trie_regex(child))
        elif char:
            branches.append((space if char == " " else re.escape(char)) + _trie_regex(child))
    end = node.get("")
    if end is not None:
        branches.append(_LABEL_END if end == "label" else "")
    if len(branches) == 1:
        return branches[0]
    return "(?:%s)" % "|".join(branches)


class Phrases:
    """Context phrases as written (a regex) and, when label words are given, with one slip."""

    def __init__(self, phrases, typo_labels=(), glued=""):
        self._regex = context_regex(phrases)
        self._typos = TypoLabels(typo_labels, self._regex.pattern) if typo_labels else None
        self._glued = re.compile(glued, re.I) if glued else None
        self.pattern = self._regex.pattern
        self._anchors, self.longest = _anchors(phrases)

    def near(self, text):
        """(start, end) of every place a phrase may be, left to right, in one pass in C: each
        phrase's longest word found as a substring ("safe" in "keysafe"; slips where there is
        none). A superset of finditer()'s matches (their anchors lie inside them), for choosing
        where to look; the regex decides."""
        spots = [(end + 1 - length, end + 1) for end, length in self._anchors.iter_long(text.lower())]
        if not spots and self._typos is not None:  # as finditer(): slips only where no phrase is
            spots = [(hit.start(), hit.end()) for hit in self._typos.finditer(text)]
        return spots

    def finditer(self, text):
        found = list(self._regex.finditer(text))
        if self._typos is None and self._glued is None:
            return found
        if found and self._glued is None:
            return found  # a phrase as written: its slips matter little beside it
        more = [] if found or self._typos is None else self._typos.finditer(text)
        if self._glued is not None:
            more += self._glued.finditer(text)
        if not more:  # the usual case: no slip, nothing glued
            return found
        return sorted(found + more, key=lambda m: (m.start(), -m.end()))

    def is_phrase(self, text):
        """Whether `text` is one of the phrases as written ("keysafe", "keys safe" written "keyssafe")."""
        return self._regex.fullmatch(text) is not None

    def slips(self, text):
        """Label words written with one slip in `text` (typos.py)."""
        return self._typos.finditer(text) if self._typos is not None else []

    def search(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        found = [m for m in self.finditer(text[:endpos]) if m.start() >= pos]
        return found[0] if found else None


# Words too common to anchor a phrase on: "then key" is looked for where "key" is, not at every
# "then" of a text (which would make the search cover most prose).
_COMMON = frozenset("and then please just simply to you now first the a an in on it".split())


def _anchors(phrases):
    """An automaton of each phrase's longest word (its stem, for "klucz*") that is not a common
    one, and the longest phrase."""
    automaton = ahocorasick.Automaton()
    for phrase in phrases:
        words = re.findall(LETTERS + r"|\d+", skeleton(phrase.lower()))
        word = max([w for w in words if w not in _COMMON] or words or [""], key=len)
        if len(word) < 3:  # "k/s", "k.s", an emoji: the whole short form
            word = skeleton(phrase.lower()).rstrip(":*")
        automaton.add_word(word, len(word))
    automaton.make_automaton()
    return automaton, max(len(p) for p in phrases) + 24  # a stem's inflection, up to 24 letters
