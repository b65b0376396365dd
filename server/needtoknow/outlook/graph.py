"""Microsoft Graph, app-only: distribution lists expanded, so every rule sees the real recipients,
and the SMTP addresses of the user behind a token, so the sender check needs no mutable name.

App-only access (client credentials with admin consent: `GroupMember.Read.All` for lists,
`User.Read.All` for addresses): one token for the whole service, so lists resolve the same for
every user and for API-key callers, and what was looked up once is cached for everyone. Lookups
run inside the send-time budget, so calls are short and failures are remembered briefly instead
of retried on every check.
"""
import logging
import threading
import time
from dataclasses import dataclass

from ..directory.recipients import Addressee

log = logging.getLogger(__name__)
LIST = "distributionList"
FAILURE_SECONDS = 60


@dataclass(frozen=True)
class Member:
    email: str
    name: str = ""


class GraphError(Exception):
    pass


class MsalTokens:
    """App-only Graph tokens; msal caches them until shortly before they expire."""

    def __init__(self, *, tenant, client_id, secret, authority_host, http=None):
        self._settings = dict(client_id=client_id, client_credential=secret, http_client=http,
                              authority=f"{authority_host.rstrip('/')}/{tenant}")
        self._app, self._lock = None, threading.Lock()

    def __call__(self):
        with self._lock:
            if self._app is None:  # built on first use: msal reads the tenant's metadata online
                import msal

                self._app = msal.ConfidentialClientApplication(**self._settings)
        result = self._app.acquire_token_for_client(scopes=["https://graph.microsoft.com/.default"])
        if "access_token" not in result:
            raise GraphError(f"no Graph token: {result.get('error', 'unknown error')}")
        return result["access_token"]


class GraphLists:
    def __init__(self, tokens, *, base_url, http=None, timeout=2.5, ttl=900, max_members=2000,
                 clock=time.monotonic):
        self._tokens, self._base = tokens, base_url.rstrip("/")
        self._http = http or _session()
        self._timeout, self._ttl, self._max, self._clock = timeout, ttl, max_members, clock
        self._cache, self._lock = {}, threading.Lock()

    def expand(self, addressees):
        """Each distribution list replaced by its members; a list that can't be expanded stays
        as it is (the engine counts it as unresolved), and so does one too large to read whole,
        beside the members that were read."""
        out = []
        for a in addressees:
            members = self.members(a.email) if a.type == LIST and a.email.strip() else None
            if members is None:
                out.append(a)
                continue
            out.extend(Addressee(m.email, a.field, m.name, "user", a.email) for m in members[0])
            if members[1]:
                out.append(a)
        return out

    def members(self, address):
        """((Member, …), truncated) for a list address, or None when it can't be expanded."""
        # a failure leaves the list unexpanded, never the check
        return _remembered(self, address.strip().lower(), "distribution list not expanded")

    def _read(self, address):
        headers = {"Authorization": f"Bearer {self._tokens()}"}
        quoted = address.replace("'", "''")
        found = self._get(f"{self._base}/groups", headers,
                          {"$filter": f"mail eq '{quoted}'", "$select": "id"})["value"]
        if not found:
            raise GraphError("no group has that address")
        url = f"{self._base}/groups/{found[0]['id']}/transitiveMembers"
        params = {"$select": "id,mail,displayName,userPrincipalName", "$top": "999"}
        members, seen = [], set()
        while url:
            page = self._get(url, headers, params)
            for item in page.get("value", []):
                email = (item.get("mail") or "").strip().lower()
                # nested groups are listed beside their members: only people and contacts receive
                if item.get("@odata.type") == "#microsoft.graph.group" or not email or email in seen:
                    continue
                seen.add(email)
                members.append(Member(email, item.get("displayName") or ""))
                if len(members) >= self._max:
                    return tuple(members), True
            url, params = page.get("@odata.nextLink"), None
        if not members:
            raise GraphError("the list has no members with an address")
        return tuple(members), False

    def _get(self, url, headers, params):
        response = self._http.get(url, headers=headers, params=params, timeout=self._timeout)
        if response.status_code != 200:
            raise GraphError(f"Graph answered {response.status_code}")
        return response.json()


class GraphUsers:
    """A user's SMTP addresses by object id: `mail` and every `smtp:` proxy address (Graph,
    `GET /users/{id}?$select=mail,proxyAddresses`), cached; None when they can't be read."""

    def __init__(self, tokens, *, base_url, http=None, timeout=2.5, ttl=900, clock=time.monotonic):
        self._tokens, self._base = tokens, base_url.rstrip("/")
        self._http = http or _session()
        self._timeout, self._ttl, self._clock = timeout, ttl, clock
        self._cache, self._lock = {}, threading.Lock()

    def addresses(self, object_id):
        """frozenset of lower-case addresses, or None (Graph failed; remembered for a minute)."""
        # the caller decides what no answer means
        return _remembered(self, (object_id or "").strip().lower(), "user addresses not read")

    def _read(self, object_id):
        if not object_id or "/" in object_id:
            raise GraphError("no object id")
        response = self._http.get(f"{self._base}/users/{object_id}",
                                  headers={"Authorization": f"Bearer {self._tokens()}"},
                                  params={"$select": "mail,proxyAddresses"}, timeout=self._timeout)
        if response.status_code != 200:
            raise GraphError(f"Graph answered {response.status_code}")
        return smtp_addresses(response.json())


def smtp_addresses(user):
    """`mail` plus the `smtp:`/`SMTP:` proxy addresses (not X500:, SIP: …), lower case."""
    found = [user.get("mail") or ""]
    for proxy in user.get("proxyAddresses") or ():
        kind, _, address = str(proxy).partition(":")
        if kind.lower() == "smtp":
            found.append(address)
    return frozenset(a.strip().lower() for a in found if "@" in (a or ""))


def _session():
    """A requests session, imported only when Graph is configured: `needtoknow check` without
    Graph needn't load requests (bench/bench_cli.py)."""
    import requests

    return requests.Session()


def _tokens(config, http):
    return MsalTokens(tenant=config["GRAPH_TENANT_ID"], client_id=config["GRAPH_CLIENT_ID"],
                      secret=config["GRAPH_CLIENT_SECRET"],
                      authority_host=config["ENTRA_AUTHORITY_HOST"], http=http)


def users_from_config(config, http=None):
    """A GraphUsers for this app, or None when Graph is not configured."""
    if not (config["GRAPH_CLIENT_ID"] and config["GRAPH_TENANT_ID"] and config["GRAPH_CLIENT_SECRET"]):
        return None
    http = http or _session()
    return GraphUsers(_tokens(config, http), base_url=config["GRAPH_URL"], http=http,
                      timeout=config["GRAPH_SECONDS"], ttl=config["GRAPH_CACHE_SECONDS"])


def from_config(config, http=None):
    """A GraphLists for this app, or None when Graph is not configured."""
    if not (config["GRAPH_CLIENT_ID"] and config["GRAPH_TENANT_ID"] and config["GRAPH_CLIENT_SECRET"]):
        return None
    http = http or _session()
    return GraphLists(_tokens(config, http), base_url=config["GRAPH_URL"], http=http, timeout=config["GRAPH_SECONDS"],
                      ttl=config["GRAPH_CACHE_SECONDS"], max_members=config["GRAPH_MAX_MEMBERS"])


def _remembered(reader, key, failed):
    """`reader._read(key)` through the reader's TTL cache; a failure is logged as `failed` and
    remembered as None for at most FAILURE_SECONDS. Only our own GraphError's text is logged:
    another error's (a URL with an address in its query, a response body) never is."""
    now = reader._clock()
    with reader._lock:
        hit = reader._cache.get(key)
    if hit is not None and hit[0] > now:
        return hit[1]
    try:
        value, expires = reader._read(key), now + reader._ttl
    except Exception as exc:  # noqa: BLE001
        log.warning("%s: %s%s", failed, type(exc).__name__,
                    f" ({exc})" if isinstance(exc, GraphError) else "")
        value, expires = None, now + min(FAILURE_SECONDS, reader._ttl)
    with reader._lock:
        reader._cache[key] = (expires, value)
    return value
