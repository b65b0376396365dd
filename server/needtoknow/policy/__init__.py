"""Rules as data and a pure decision: (evidence, problems, recipients, policy) → Decision."""
from .decide import decide  # noqa: F401
from .model import Decision, Policy, Reason, Settings  # noqa: F401
