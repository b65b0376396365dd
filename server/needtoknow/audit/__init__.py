"""Append-only audit records: one per check and per override, never message content."""
