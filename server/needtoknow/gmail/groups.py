"""Google Groups in To/Cc/Bcc, expanded to the people who would receive the email.

Only addresses in an organisation domain that the directory doesn't know can be groups. Each is
looked up with the Admin SDK Directory API `members.list` (`includeDerivedMembership`, so members
of nested groups count, every page read) and the answer is kept for a while. A group that can't be
expanded is kept as one unresolved recipient (`type="distributionList"`) and named on the card.
"""
import functools
import logging
import threading
import time
from dataclasses import dataclass, replace

from .google_apis import API_ERRORS, status

log = logging.getLogger(__name__)
PAGE_SIZE = 200
MAX_MEMBERS = 5000
NOT_A_GROUP = None


class GroupUnavailable(Exception):
    pass


@dataclass(frozen=True)
class Expansion:
    addressees: tuple  # Addressee, groups replaced by their members
    groups: tuple = ()  # group addresses that were expanded
    unexpandable: tuple = ()  # group addresses that could not be


class GroupExpander:
    def __init__(self, service_factory, org_domains, ttl_seconds, clock=time.monotonic):
        self.service_factory, self.org_domains = service_factory, tuple(org_domains)
        self.ttl, self.clock = ttl_seconds, clock
        self._cache, self._lock = {}, threading.Lock()

    @property
    def enabled(self):
        return self.service_factory is not None

    def expand(self, addressees, is_known):
        """Expansion of `addressees`; `is_known(email)` says the directory has this person."""
        out, groups, failed = [], [], []
        service = functools.cache(self._service)  # built on the first cache miss, then shared
        for a in addressees:
            if not self._candidate(a.email, is_known):
                out.append(a)
                continue
            try:
                members = self.members(a.email, service)
            except GroupUnavailable:
                failed.append(a.email)
                out.append(replace(a, type="distributionList"))
                continue
            if members is NOT_A_GROUP:
                out.append(a)
                continue
            groups.append(a.email)
            out.extend(replace(a, email=m, name="", type="", expanded_from=a.email) for m in members)
        return Expansion(tuple(out), tuple(groups), tuple(failed))

    def _service(self):
        try:
            return self.service_factory()
        except (OSError, ValueError) + API_ERRORS as exc:  # a missing or bad key file
            log.warning("the Admin SDK client could not be built (%s)", type(exc).__name__)
            raise GroupUnavailable("") from None

    def _candidate(self, email, is_known):
        email = (email or "").lower()
        return (self.enabled and "@" in email and email.rsplit("@", 1)[1] in self.org_domains
                and not is_known(email))

    def members(self, group, service):
        """Member addresses of `group`, NOT_A_GROUP when no such group; cached. `service()` gives
        the Directory API client, asked for only on a cache miss."""
        key = group.lower()
        with self._lock:
            hit = self._cache.get(key)
            if hit is not None and hit[0] > self.clock():
                return hit[1]
        found = self._fetch(key, service())
        with self._lock:
            self._cache[key] = (self.clock() + self.ttl, found)
        return found

    def _fetch(self, group, service):
        members, request = [], service.members().list(
            groupKey=group, includeDerivedMembership=True, maxResults=PAGE_SIZE)
        while request is not None:
            try:
                page = request.execute(num_retries=0)
            except API_ERRORS as exc:
                if status(exc) == 404:
                    return NOT_A_GROUP
                # no address in logs (docs/operations.md): the card names the group to the user
                log.warning("a group could not be expanded (%s, status %s)", type(exc).__name__,
                            status(exc))
                raise GroupUnavailable(group) from None
            members.extend(_addresses(page.get("members") or ()))
            if len(members) > MAX_MEMBERS:
                raise GroupUnavailable(group)
            request = service.members().list_next(request, page)
        return tuple(dict.fromkeys(members))


def _addresses(members):
    """People who receive the group's mail: users and external addresses, not nested group
    entries (their members are already listed, derived) and not suspended accounts."""
    for m in members:
        email = (m.get("email") or "").strip().lower()
        if email and m.get("type") != "GROUP" and m.get("status") != "SUSPENDED":
            yield email
