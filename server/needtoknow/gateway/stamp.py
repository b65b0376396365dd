"""Signed stamps: what a check decided, for which sender, recipients and attachments.

A stamp is `nk1.<key id>.<payload>.<mac>`: the payload is base64url JSON, the mac is HMAC-SHA256
(stdlib `hmac`) over `nk1.<key id>.<payload>` with the key the id names, so keys can be rotated
(`STAMP_KEYS`: the first signs, all verify). The stamp travels in the message's headers, so it
names no one: each recipient is a keyed digest (a Bcc address is not revealed, and can't be
guessed without the key), the attachments one digest of their SHA-256 set.

payload: c check id, s sender digest, r recipient digests, a attachments digest, d decision,
o overridden (0/1), t issued (Unix seconds).
"""
import base64
import binascii
import hashlib
import hmac
import json
import time
from dataclasses import dataclass

PREFIX = "nk1"
DIGEST_CHARS = 12  # per recipient: 48 bits, keyed


class StampInvalid(Exception):
    """`reason`: malformed | unknown-key | signature | expired."""

    def __init__(self, reason):
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class Keyring:
    keys: dict  # key id -> secret bytes
    current: str

    @classmethod
    def from_config(cls, config):
        """`STAMP_KEYS` ("id:secret,id:secret", the first signs) or, when empty, SECRET_KEY as `k0`."""
        pairs = [p.strip().split(":", 1) for p in (config.get("STAMP_KEYS") or "").split(",") if ":" in p]
        keys = {kid.strip(): secret.strip().encode() for kid, secret in pairs if kid.strip() and secret.strip()}
        if not keys:
            return cls({"k0": str(config["SECRET_KEY"]).encode()}, "k0")
        return cls(keys, next(iter(keys)))


@dataclass(frozen=True)
class Stamp:
    check_id: str
    sender: str  # digest
    recipients: frozenset  # digests
    attachments: str  # digest
    decision: str
    overridden: bool
    issued: int
    key_id: str

    def covers(self, keyring, sender, recipients, attachment_shas):
        """True when this stamp speaks for this sender, every one of these recipients and exactly
        these attachments."""
        key = keyring.keys[self.key_id]
        return (hmac.compare_digest(self.sender, _one(key, sender))
                and {_one(key, r) for r in recipients} <= self.recipients
                and hmac.compare_digest(self.attachments, _attachments(attachment_shas)))


def sign(keyring, *, check_id, sender, recipients, attachment_shas, decision, overridden, now=None):
    key = keyring.keys[keyring.current]
    payload = {"c": check_id, "s": _one(key, sender), "r": sorted({_one(key, r) for r in recipients if r}),
               "a": _attachments(attachment_shas), "d": decision, "o": int(bool(overridden)),
               "t": int(now if now is not None else time.time())}
    body = f"{PREFIX}.{keyring.current}.{_b64(json.dumps(payload, separators=(',', ':')).encode())}"
    return f"{body}.{_b64(_mac(key, body))}"


def verify(keyring, token, *, max_age=None, now=None):
    """The Stamp `token` carries, or StampInvalid."""
    parts = (token or "").strip().split(".")
    if len(parts) != 4 or parts[0] != PREFIX:
        raise StampInvalid("malformed")
    key = keyring.keys.get(parts[1])
    if key is None:
        raise StampInvalid("unknown-key")
    body = ".".join(parts[:3])
    if not hmac.compare_digest(_unb64(parts[3]), _mac(key, body)):
        raise StampInvalid("signature")
    try:
        p = json.loads(_unb64(parts[2]))
        stamp = Stamp(str(p["c"]), str(p["s"]), frozenset(map(str, p["r"])), str(p["a"]), str(p["d"]),
                      bool(p["o"]), int(p["t"]), parts[1])
    except (ValueError, KeyError, TypeError):
        raise StampInvalid("malformed") from None
    if max_age is not None and (now if now is not None else time.time()) - stamp.issued > max_age:
        raise StampInvalid("expired")
    return stamp


def _mac(key, body):
    return hmac.new(key, body.encode(), hashlib.sha256).digest()


def _one(key, address):
    """A keyed digest of one address (case and surrounding <> and spaces ignored)."""
    normal = (address or "").strip().strip("<>").strip().lower()
    return _b64(hmac.new(key, b"addr:" + normal.encode(), hashlib.sha256).digest())[:DIGEST_CHARS]


def _attachments(shas):
    joined = ",".join(sorted({(s or "").lower() for s in shas if s}))
    return _b64(hashlib.sha256(joined.encode()).digest())[:22]


def _b64(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text):
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        return b""
