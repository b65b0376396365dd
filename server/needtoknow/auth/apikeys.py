"""Create, check and revoke API keys. A key reads `ntk_<id>_<secret>`: the id finds the row, the
whole key is compared by hash."""
import hashlib
import hmac
import secrets
from datetime import datetime, timezone

from sqlalchemy import select

from .models import ApiKey
from .principal import Principal

PREFIX = "ntk_"


class DuplicateKeyName(ValueError):
    pass


def _digest(key):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def create(session, name):
    """A new key named `name`; the key itself is returned once and never stored."""
    if session.scalars(select(ApiKey).where(ApiKey.name == name)).first() is not None:
        raise DuplicateKeyName(name)
    key_id = secrets.token_hex(6)
    key = f"{PREFIX}{key_id}_{secrets.token_urlsafe(32)}"
    session.add(ApiKey(id=key_id, name=name, key_hash=_digest(key),
                       created_at=datetime.now(timezone.utc)))
    session.commit()
    return key


def verify(session, key):
    """The key's principal, or None for an unknown, revoked or wrong key."""
    key_id = key[len(PREFIX):].split("_", 1)[0]
    row = session.get(ApiKey, key_id) if key.startswith(PREFIX) and key_id else None
    if row is None or row.revoked_at is not None or not hmac.compare_digest(row.key_hash, _digest(key)):
        return None
    return Principal("apikey", row.name)


def revoke(session, name):
    row = session.scalars(select(ApiKey).where(ApiKey.name == name)).first()
    if row is None or row.revoked_at is not None:
        return False
    row.revoked_at = datetime.now(timezone.utc)
    session.commit()
    return True


def listing(session):
    return session.scalars(select(ApiKey).order_by(ApiKey.created_at)).all()
