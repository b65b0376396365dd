"""State shared by everything read out of one attachment, however deeply nested.

Limits are per attachment, not per member: a zip of 400 zips must not get 400 budgets. So one
Context carries the deadline, the nesting depth and what has been spent, and collects the output.
"""
import time

from ..document import Extraction, Problem, TextPart


class Context:
    def __init__(self, limits, depth=0, parent=None, reader=None):
        self.limits = limits
        self.depth = depth
        self._root = parent._root if parent else self
        self._reader = parent._reader if parent else reader  # the dispatcher, for nested files
        if parent is None:
            self.deadline = time.monotonic() + limits.seconds
            self.parts, self.problems = [], []
            self.members = 0  # archive members opened so far
            self.inflated = 0  # bytes decompressed so far
            self.chars = 0  # text kept so far
            self._timed_out = self._text_full = False

    def can_nest(self, location):
        """False (and a problem) when files inside this one would be nested too deeply."""
        if self.depth < self.limits.max_archive_depth:
            return True
        self.problem(location, "too_deep",
                     f"files nested more than {self.limits.max_archive_depth} levels deep")
        return False

    def deeper(self):
        """The context of a file inside this one: same budget and output, one level down."""
        return Context(self.limits, self.depth + 1, parent=self)

    def nested(self, location, data):
        """Read a file found inside this one (archive member, attachment of an attached email)."""
        if self.can_nest(location):
            self._reader(location, data, self.deeper())

    def add_text(self, location, text):
        """Keep text, up to the character budget; False once the budget is spent."""
        root = self._root
        text = text.strip()
        room = self.limits.max_text_chars - root.chars
        if len(text) > room:
            if not root._text_full:
                root._text_full = True
                limit = self.limits.max_text_chars
                self.problem(location, "too_large", f"text over {limit} characters; rest not read")
            text = text[:max(room, 0)].strip()
        if text:
            root.chars += len(text)
            root.parts.append(TextPart(location, text))
        return not root._text_full

    @property
    def full(self):
        """True once the text budget is spent: reading more would be wasted work."""
        return self._root._text_full

    def problem(self, location, kind, detail=""):
        self._root.problems.append(Problem(location, kind, detail))

    def out_of_time(self, location):
        """True when the deadline has passed; records one timeout problem per attachment."""
        root = self._root
        if time.monotonic() <= root.deadline:
            return False
        if not root._timed_out:
            root._timed_out = True
            self.problem(location, "timeout", f"reading stopped after {self.limits.seconds:g} s")
        return True

    def spend_members(self, count):
        self._root.members += count

    def spend_inflated(self, count):
        self._root.inflated += count

    @property
    def budget(self):
        """(members, inflated bytes) still allowed."""
        root = self._root
        return (self.limits.max_archive_members - root.members,
                self.limits.max_uncompressed_bytes - root.inflated)

    def result(self):
        root = self._root
        return Extraction(tuple(root.parts), tuple(root.problems))


class Refused(Exception):
    """A reader stops: the dispatcher turns this into a Problem of `kind`.

    `detail` is for people and must never carry the file's content. `stop` means the whole
    attachment's budget is spent, not just this member's: containers must stop too."""

    def __init__(self, kind, detail, stop=False):
        super().__init__(kind, detail)
        self.kind, self.detail, self.stop = kind, detail, stop
