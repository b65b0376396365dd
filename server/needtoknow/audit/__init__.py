"""Append-only audit records: one per check and per override, never message content."""

from . import chain as _chain  # noqa: E402,F401  (every audit row joins the hash chain when flushed)
