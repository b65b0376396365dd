"""Sign-in with Microsoft Entra ID: msal's authorisation-code flow (PKCE, state and nonce built in).

No Flask here: the caller keeps the flow between the redirect and the callback. Only the ID
token's claims are used; no access or refresh token is kept.
"""
import logging
import re
import time
from dataclasses import dataclass

import msal

log = logging.getLogger(__name__)
GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
LEEWAY_SECONDS = 300
ERROR_CODE = re.compile(r"[a-z_]{1,64}")


class SignInError(Exception):
    """The sign-in failed; the message is safe to show."""


@dataclass(frozen=True)
class EntraSettings:
    tenant: str
    client_id: str
    client_secret: str
    authority_host: str
    role: str
    groups: tuple

    @classmethod
    def from_config(cls, config):
        return cls(tenant=config.get("ADMIN_TENANT_ID") or "",
                   client_id=config.get("ADMIN_CLIENT_ID") or "",
                   client_secret=config.get("ADMIN_CLIENT_SECRET") or "",
                   authority_host=(config.get("ADMIN_AUTHORITY_HOST") or "").rstrip("/"),
                   role=config.get("ADMIN_ROLE") or "",
                   groups=tuple(g.lower() for g in config.get("ADMIN_GROUPS") or ()))

    @property
    def configured(self):
        return bool(self.tenant and self.client_id and self.client_secret)

    @property
    def authority(self):
        return f"{self.authority_host}/{self.tenant}"


def _client(settings):
    """A fresh client per sign-in step: sign-ins are rare, and no token cache builds up."""
    try:
        return msal.ConfidentialClientApplication(
            settings.client_id, client_credential=settings.client_secret,
            authority=settings.authority)
    except Exception as exc:  # discovery failed: network, or a wrong tenant
        log.warning("entra discovery failed: %s", type(exc).__name__)
        raise SignInError("Microsoft sign-in is not available at the moment.") from None


def start(settings, redirect_uri):
    """The flow to keep for the callback; send the browser to `flow["auth_uri"]`. Microsoft
    posts the response back (form_post), so the code never appears in a URL."""
    return _client(settings).initiate_auth_code_flow(scopes=[], redirect_uri=redirect_uri,
                                                     response_mode="form_post")


def finish(settings, flow, response_args, now=None):
    """The ID token's claims after exchanging the code, validated; raises SignInError."""
    try:
        result = _client(settings).acquire_token_by_auth_code_flow(flow, dict(response_args))
    except ValueError:  # state mismatch, or a replayed response
        raise SignInError("The sign-in response did not match this browser; sign in "
                          "again.") from None
    except Exception as exc:  # noqa: BLE001 — msal's ID token checks (a nonce mismatch raises
        # RuntimeError), or the token endpoint unreachable: a refusal, never a 500
        log.warning("entra sign-in failed: %s", type(exc).__name__)
        raise SignInError("The sign-in could not be completed; sign in again.") from None
    if "error" in result:
        # an OAuth error code (`access_denied`); the response is posted by the browser, so
        # anything else it says is not logged
        code = str(result.get("error"))
        log.info("entra sign-in refused: %s", code if ERROR_CODE.fullmatch(code) else "(other)")
        raise SignInError("Microsoft did not sign you in; sign in again.")
    claims = result.get("id_token_claims") or {}
    check_claims(claims, settings, now)
    return claims


def check_claims(claims, settings, now=None):
    """The token is for this app, from this tenant, and current."""
    now = time.time() if now is None else now
    if claims.get("aud") != settings.client_id:
        raise SignInError("The sign-in was for another application.")
    if GUID.match(settings.tenant) and (claims.get("tid") or "").lower() != settings.tenant.lower():
        raise SignInError("That account belongs to another organisation.")
    if not isinstance(claims.get("exp"), (int, float)) or claims["exp"] + LEEWAY_SECONDS < now:
        raise SignInError("The sign-in has expired; sign in again.")


def is_admin(claims, settings):
    """The app role, or membership of an admin group, grants access."""
    roles = claims.get("roles") or ()
    groups = {str(g).lower() for g in claims.get("groups") or ()}
    return bool((settings.role and settings.role in roles) or groups & set(settings.groups))


def user(claims, settings):
    """What the session keeps about the person who signed in."""
    username = claims.get("preferred_username") or claims.get("email") or claims.get("upn") or ""
    return {"name": claims.get("name") or username, "username": username,
            "oid": claims.get("oid") or "", "admin": is_admin(claims, settings), "via": "entra"}
