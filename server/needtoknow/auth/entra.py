"""Entra ID access tokens from the Outlook add-in (nested app authentication): signature against
the tenant's published keys (fetched once, cached) and the key's own issuer, then issuer,
audience, expiry, tenant and scope. Each failure names its reason.

The user is the token's `oid` in its `tid`: Entra says `preferred_username` (and `upn`) are
mutable and must not drive authorisation, and a UPN is often not the mailbox's address. A sender
is allowed when it is one of the user's SMTP addresses, read from Microsoft Graph by object id
(`mail` + `proxyAddresses`, app-only, cached), or a send-as/shared mailbox in SEND_AS. Without
Graph configured, the token's name is compared as before (docs/outlook.md says why to avoid it)."""
import hashlib
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass

import jwt
from jwt import PyJWKClient

from .principal import AuthError, Principal

ALGORITHMS = ["RS256"]
_REASONS = (  # PyJWT error → what the caller is told; first match wins
    (jwt.ExpiredSignatureError, "The token has expired."),
    (jwt.ImmatureSignatureError, "The token is not valid yet."),
    (jwt.InvalidAudienceError, "The token is for another audience."),
    (jwt.InvalidSignatureError, "The token's signature is not valid."),
    (jwt.MissingRequiredClaimError, None),
    (jwt.DecodeError, "The token is malformed."),
)
UNAVAILABLE = "Your email addresses could not be looked up just now. Try again in a minute."


@dataclass(frozen=True)
class EntraPrincipal(Principal):
    """An Entra user (`object_id` in `tenant`); `name` is for people to read, never to authorise."""
    directory: object = None  # outlook.graph.GraphUsers, or None when Graph is not configured

    def addresses(self):
        """The user's SMTP addresses (Graph), or None without Graph; raises 503 if Graph failed."""
        if self.directory is None:
            return None
        found = self.directory.addresses(self.object_id)
        if found is None:
            raise AuthError(503, UNAVAILABLE, "temporarily_unavailable")
        return found

    def may_send_as(self, sender, send_as=()):
        sender = (sender or "").strip().lower()
        if not sender:
            return False
        mine = self.addresses()
        mine = {self.name} if mine is None else set(mine)
        if sender in mine:
            return True
        grantees = {"*", self.object_id.lower()} | mine
        return any(f"{who}>{sender}" in send_as for who in grantees)


class EntraVerifier:
    def __init__(self, *, client_id, tenants, scope, audiences=(), authority_host,
                 jwks_url, leeway=60, jwks_client=None, directory=None):
        self.tenants = frozenset(t.lower() for t in tenants)
        self.audiences = list(audiences) or [client_id, f"api://{client_id}"]
        self.scope, self.leeway = scope, leeway
        self.authority_host = authority_host.rstrip("/")
        self.directory = directory
        self._jwks = jwks_client or PyJWKClient(jwks_url, cache_keys=True, lifespan=3600, timeout=5)
        self._verified = VerifiedTokens()

    def known(self, token):
        """True when this token was verified here and has not expired (no verification now)."""
        return self._verified.get(token) is not None

    def verify(self, token):
        """The token's principal; a token verified before is answered from memory until it
        expires (a signed token can't change, and nothing revokes it earlier)."""
        principal = self._verified.get(token)
        if principal is None:
            principal, expires = self._verify(token)
            self._verified.put(token, principal, expires)
        return principal

    def _verify(self, token):
        claims, key = self._decode(token)
        tenant = str(claims["tid"]).lower()
        issuers = (f"{self.authority_host}/{tenant}/v2.0", f"https://sts.windows.net/{tenant}/")
        if claims["iss"] not in issuers:
            raise AuthError(401, "The token's issuer does not match its tenant.")
        if not _key_issuer_matches(key, tenant, claims["iss"], issuers[0]):
            raise AuthError(401, "The token's signing key belongs to another issuer.")
        if tenant not in self.tenants:
            raise AuthError(403, "The token's tenant is not allowed to use this service.")
        scopes = str(claims.get("scp", "")).split()
        if self.scope not in scopes:
            raise AuthError(403, f"The token lacks the `{self.scope}` scope.", "insufficient_scope")
        oid = str(claims["oid"]).lower()
        name = claims.get("preferred_username") or claims.get("upn") or claims.get("email") or oid
        return EntraPrincipal("entra", str(name).lower(), tenant=tenant, object_id=oid,
                              directory=self.directory), float(claims["exp"])

    def _decode(self, token):
        try:
            header = jwt.get_unverified_header(token)
        except jwt.DecodeError:
            raise AuthError(401, "The token is malformed.") from None
        if header.get("alg") not in ALGORITHMS:
            raise AuthError(401, "The token is not signed with RS256.")
        try:
            key = self._jwks.get_signing_key_from_jwt(token)
        except jwt.PyJWKClientConnectionError:
            raise AuthError(503, "The token's signing keys could not be fetched.", "temporarily_unavailable") from None
        except jwt.PyJWKClientError:
            raise AuthError(401, "The token is signed with an unknown key.") from None
        try:
            return jwt.decode(token, key.key, algorithms=ALGORITHMS, audience=self.audiences,
                              leeway=self.leeway,
                              options={"require": ["exp", "aud", "iss", "tid", "oid"]}), key
        except jwt.InvalidTokenError as exc:
            raise AuthError(401, _reason(exc)) from None


class VerifiedTokens:
    """Principals of tokens verified lately, by the token's digest (never the token), each until
    its `exp`; at most `max_entries`, the oldest dropped first."""

    def __init__(self, max_entries=10000, clock=time.time):
        self._entries, self._max, self._clock, self._lock = OrderedDict(), max_entries, clock, threading.Lock()

    def get(self, token):
        digest = hashlib.sha256(token.encode()).digest()
        with self._lock:
            entry = self._entries.get(digest)
            if entry is not None and entry[0] <= self._clock():
                del self._entries[digest]
                entry = None
        return entry[1] if entry else None

    def put(self, token, principal, expires):
        with self._lock:
            self._entries[hashlib.sha256(token.encode()).digest()] = (expires, principal)
            while len(self._entries) > self._max:
                self._entries.popitem(last=False)


def _key_issuer_matches(key, tenant, token_issuer, v2_issuer):
    """Microsoft identity platform, "Validate the signing key issuer": a key in the JWKS may carry
    an `issuer`, templated `{tenantid}` in the multi-tenant (common) key set; with the token's
    `tid` put in, it must be the token's issuer (a v1 token's issuer is the same tenant's v2 one).
    A key without `issuer` has nothing to compare."""
    issuer = (getattr(key, "_jwk_data", None) or {}).get("issuer")
    if not issuer:
        return True
    expected = str(issuer).replace("{tenantid}", tenant)
    return expected in (token_issuer, v2_issuer)


def _reason(exc):
    for kind, reason in _REASONS:
        if isinstance(exc, kind):
            return reason or f"The token has no `{exc.claim}` claim."
    return "The token is not valid."


def from_config(config):
    """A verifier for this app, or None when no Entra app is configured."""
    if not config["ENTRA_CLIENT_ID"]:
        return None
    from ..outlook import graph

    return EntraVerifier(client_id=config["ENTRA_CLIENT_ID"], tenants=config["ENTRA_TENANTS"],
                         scope=config["ENTRA_SCOPE"], audiences=config["ENTRA_AUDIENCES"],
                         authority_host=config["ENTRA_AUTHORITY_HOST"],
                         jwks_url=config["ENTRA_JWKS_URL"], leeway=config["ENTRA_LEEWAY_SECONDS"],
                         directory=graph.users_from_config(config))
