"""What the policy reads (Settings, Policy) and what it answers (Reason, Decision)."""
from dataclasses import dataclass, field

from .severity import ORDER, most_severe


@dataclass(frozen=True)
class Settings:
    """Admin settings with SPEC's defaults."""

    org_domains: tuple = ()
    org_phones: tuple = ()  # the organisation's own numbers (signatures): not personal data
    org_postcodes: tuple = ()
    bulk_min_clients: int = 10
    bulk_max_recipients: int = 5
    lookalike_max_edits: int = 2
    fail_mode: str = "warn"
    # staff at a personal mailbox: the mail leaves the organisation (SPEC "Internal staff")
    personal_address_outside: bool = True
    # pictures can't be read; warn about them only when this is on and someone is outside
    warn_images_outside: bool = False
    # an override's written reason: at least this many characters and words with letters
    justification_min_chars: int = 10
    justification_min_words: int = 2


@dataclass(frozen=True)
class Policy:
    """Settings, each rule's severity, and recipient-group overrides.

    `overrides(rule_id, recipient)` returns the severities that the recipient's groups set for a
    rule (empty when no group rule applies); the most severe of them wins (deny overrides) and
    replaces the default.
    """

    settings: Settings = field(default_factory=Settings)
    severities: dict = field(default_factory=dict)  # rule id -> severity over the default
    overrides: object = None  # callable(rule_id, recipient) -> iterable of severities
    revision: int = 0

    def severity(self, rule_id, recipient, default):
        if self.overrides is not None and recipient is not None:
            chosen = list(self.overrides(rule_id, recipient))
            if chosen:
                return most_severe(chosen)
        return self.severities.get(rule_id, default)


@dataclass(frozen=True)
class Reason:
    rule: str
    severity: str
    message: str
    markdown: str
    recipients: tuple = ()
    clients: int = 0
    locations: tuple = ()


@dataclass(frozen=True)
class Decision:
    decision: str
    reasons: tuple = ()
    note: tuple = ()  # (plain, markdown): why an allowed email with personal details may go

    @property
    def rank(self):
        return ORDER[self.decision]
