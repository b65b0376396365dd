"""Entra ID access tokens from the Outlook add-in (nested app authentication): signature against
the tenant's published keys (fetched once, cached), then issuer, audience, expiry, tenant and
scope. Each failure names its reason."""
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


class EntraVerifier:
    def __init__(self, *, client_id, tenants, scope, audiences=(), authority_host,
                 jwks_url, leeway=60, jwks_client=None):
        self.tenants = frozenset(t.lower() for t in tenants)
        self.audiences = list(audiences) or [client_id, f"api://{client_id}"]
        self.scope, self.leeway = scope, leeway
        self.authority_host = authority_host.rstrip("/")
        self._jwks = jwks_client or PyJWKClient(jwks_url, cache_keys=True, lifespan=3600, timeout=5)

    def verify(self, token):
        claims = self._decode(token)
        tenant = str(claims["tid"]).lower()
        if claims["iss"] not in (f"{self.authority_host}/{tenant}/v2.0", f"https://sts.windows.net/{tenant}/"):
            raise AuthError(401, "The token's issuer does not match its tenant.")
        if tenant not in self.tenants:
            raise AuthError(403, "The token's tenant is not allowed to use this service.")
        scopes = str(claims.get("scp", "")).split()
        if self.scope not in scopes:
            raise AuthError(403, f"The token lacks the `{self.scope}` scope.", "insufficient_scope")
        user = claims.get("preferred_username") or claims.get("upn") or claims.get("email")
        if not user:
            raise AuthError(403, "The token names no user.")
        return Principal("entra", str(user).lower(), tenant=tenant, object_id=str(claims.get("oid", "")))

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
                              leeway=self.leeway, options={"require": ["exp", "aud", "iss", "tid"]})
        except jwt.InvalidTokenError as exc:
            raise AuthError(401, _reason(exc)) from None


def _reason(exc):
    for kind, reason in _REASONS:
        if isinstance(exc, kind):
            return reason or f"The token has no `{exc.claim}` claim."
    return "The token is not valid."


def from_config(config):
    """A verifier for this app, or None when no Entra app is configured."""
    if not config["ENTRA_CLIENT_ID"]:
        return None
    return EntraVerifier(client_id=config["ENTRA_CLIENT_ID"], tenants=config["ENTRA_TENANTS"],
                         scope=config["ENTRA_SCOPE"], audiences=config["ENTRA_AUDIENCES"],
                         authority_host=config["ENTRA_AUTHORITY_HOST"],
                         jwks_url=config["ENTRA_JWKS_URL"], leeway=config["ENTRA_LEEWAY_SECONDS"])
