"""Granular consent: what an endpoint needs of the scopes the user granted, and the response that
asks Google for the missing ones.

Since 1 December 2025 every HTTP Google Workspace add-on must support granular OAuth consent: a
user may grant only some of the scopes, and "the add-on might request OAuth consent again [when]
the user, who has granted consent to a subset of the requested OAuth scopes, tries to run a part of
the add-on that requires scopes that were not previously authorized" (Google Workspace Updates,
"Granular OAuth consent in HTTP Google Workspace add-ons", 6 May 2025). The event's
`authorizationEventObject.authorizedScopes` lists what was granted; an endpoint missing any of its
scopes answers `{"requesting_google_scopes": {"scopes": [...]}}` and Google shows the consent
screen for exactly those, then runs the action again. Nothing else (no card telling the user to
reopen the add-on).
"""
from .settings import (COMPOSE, COMPOSE_ACTION, HOMEPAGE, OVERRIDE, READ_DRAFTS, RECHECK, REMOVE,
                       REPORT, RUN_IN_GMAIL, TO_BCC, USER_EMAIL)

# What each endpoint uses: running in Gmail at all; the compose window (its recipients, and the
# draft updates the fix buttons make); the user's verified address (who ran a check, who
# overrides); reading the draft (only when the content check is on).
_NEEDS = {
    HOMEPAGE: (RUN_IN_GMAIL,),
    COMPOSE: (RUN_IN_GMAIL, COMPOSE_ACTION, USER_EMAIL),
    RECHECK: (RUN_IN_GMAIL, COMPOSE_ACTION, USER_EMAIL),
    REMOVE: (RUN_IN_GMAIL, COMPOSE_ACTION),
    TO_BCC: (RUN_IN_GMAIL, COMPOSE_ACTION),
    OVERRIDE: (RUN_IN_GMAIL, USER_EMAIL),
    REPORT: (RUN_IN_GMAIL, USER_EMAIL),  # who says the check was wrong
}
_READS_DRAFTS = {COMPOSE, RECHECK}


def needed(path, settings):
    """The scopes the endpoint at `path` uses with these settings (unknown paths: running only)."""
    scopes = _NEEDS.get(path, (RUN_IN_GMAIL,))
    if path in _READS_DRAFTS and settings.content_check:
        scopes += (READ_DRAFTS,)
    return scopes


def missing(event, path, settings):
    """Scopes the endpoint needs that the user has not granted; () when Google did not say."""
    if event.authorized_scopes is None:
        return ()
    granted = set(event.authorized_scopes)
    return tuple(s for s in needed(path, settings) if s not in granted)


def request_scopes(scopes):
    """The response that makes Google ask the user for `scopes`."""
    return {"requesting_google_scopes": {"scopes": list(scopes)}}
