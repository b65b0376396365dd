"""The import guard: an import that would remove more than a set share of the directory's people
or links is flagged, and is only written when the admin confirms it with the number removed.

A care system's export that was cut short (a filter left on, two clients instead of 105) looks
like a valid file; replacing the directory with it would silently unlink every carer and relative.
"""
from dataclasses import dataclass

DEFAULT_THRESHOLD = 0.10  # a share of the people, or of the links, now in the directory


@dataclass(frozen=True)
class Removals:
    people: int  # people the import removes
    people_before: int  # people in the directory now
    links: int
    links_before: int
    threshold: float

    @staticmethod
    def _share(removed, before):
        return removed / before if before else 0.0

    @property
    def people_share(self):
        return self._share(self.people, self.people_before)

    @property
    def links_share(self):
        return self._share(self.links, self.links_before)

    @property
    def flagged(self):
        """More than the threshold of people or of links would go."""
        return self.people_share > self.threshold or self.links_share > self.threshold

    @property
    def confirm_number(self):
        """What the admin types to confirm: the people removed (the links when no person is)."""
        return self.people if self.people else self.links

    def describe(self):
        """One sentence with the counts (no names)."""
        parts = []
        if self.people:
            parts.append(f"{self.people} of {self.people_before} people "
                         f"({self.people_share:.0%})")
        if self.links:
            parts.append(f"{self.links} of {self.links_before} links between people and clients "
                         f"({self.links_share:.0%})")
        return (f"This import removes {' and '.join(parts) or 'nothing'}, more than "
                f"{self.threshold:.0%} of the directory.")


def removals(changes, people_before, links_before, threshold=DEFAULT_THRESHOLD):
    return Removals(people=sum(changes.removed.values()), people_before=people_before,
                    links=changes.links_removed, links_before=links_before, threshold=threshold)


class RemovalsNotConfirmed(Exception):
    """A flagged import was not confirmed; nothing was written."""

    def __init__(self, found):
        self.removals = found
        super().__init__(found.describe() + " Nothing was imported: confirm the removals to "
                                            "import it.")


def confirmed(found, confirm):
    """True when the import may be written: not flagged, or confirmed with the right number
    (`confirm` True from the CLI's --allow-removals, or the number the admin typed)."""
    if not found.flagged:
        return True
    if confirm is True:
        return True
    return isinstance(confirm, int) and not isinstance(confirm, bool) \
        and confirm == found.confirm_number
