"""Who a request comes from, and the one error every authentication failure raises."""
from dataclasses import dataclass


class AuthError(Exception):
    """401 (who are you?) or 403 (not allowed); `code` is RFC 6750's error for WWW-Authenticate."""

    def __init__(self, status, error, code="invalid_token"):
        super().__init__(error)
        self.status, self.error, self.code = status, error, code


@dataclass(frozen=True)
class Principal:
    kind: str  # dev | entra | apikey
    name: str  # the token's user (lower case), or the API key's name
    tenant: str = ""
    object_id: str = ""

    def may_send_as(self, sender, send_as=()):
        """Entra users send as themselves or as a mailbox SEND_AS grants them; API keys and dev
        callers are trusted for any sender (an admin issued the key)."""
        if self.kind != "entra":
            return True
        sender = (sender or "").strip().lower()
        if not sender:
            return False
        if sender == self.name:
            return True
        return any(pair in send_as for pair in (f"{self.name}>{sender}", f"*>{sender}"))


DEV = Principal("dev", "dev")
