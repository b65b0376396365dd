"""Granular consent (issue 14, point 2): an endpoint whose scopes the user has not all granted
answers with `requesting_google_scopes` listing exactly the missing ones, before any work.

Google Workspace Updates, "Granular OAuth consent in HTTP Google Workspace add-ons": "After December
1, 2025, all HTTP Google Workspace add-ons must support granular consent … the add-on might request
OAuth consent again [when] the user, who has granted consent to a subset of the requested OAuth
scopes, tries to run a part of the add-on that requires scopes that were not previously
authorized." The event says what was granted in `authorizationEventObject.authorizedScopes`."""
import pytest
from gmail_card_schema import validate
from googleapiclient.http import HttpMockSequence

from needtoknow.gmail import consent
from needtoknow.gmail.settings import (COMPOSE, COMPOSE_ACTION, HOMEPAGE, OVERRIDE, READ_DRAFTS,
                                       RECHECK, REMOVE, REPORT, RUN_IN_GMAIL, TO_BCC, USER_EMAIL,
                                       GmailSettings, scopes)

ALL = [RUN_IN_GMAIL, COMPOSE_ACTION, USER_EMAIL, READ_DRAFTS]


def event(granted, **common):
    auth = {"userOAuthToken": "ya29.user", "systemIdToken": "eyJ…"}
    if granted is not None:
        auth["authorizedScopes"] = list(granted)
    return {"commonEventObject": {"hostApp": "GMAIL", **common}, "authorizationEventObject": auth,
            "gmail": {"toRecipients": ["carer@agency.example"], "ccRecipients": [], "bccRecipients": []}}


@pytest.fixture
def gmail_api(runtime):
    """The Gmail API: no drafts; `.requests` lists what it was asked."""
    http = HttpMockSequence([({"status": "200"}, '{"drafts": []}')])
    runtime.gmail_http = lambda: http
    return http


def asked(scopes_):
    return {"requesting_google_scopes": {"scopes": scopes_}}


@pytest.mark.parametrize("path, granted, missing", [
    (COMPOSE, [RUN_IN_GMAIL, COMPOSE_ACTION, USER_EMAIL], [READ_DRAFTS]),
    (COMPOSE, [RUN_IN_GMAIL], [COMPOSE_ACTION, USER_EMAIL, READ_DRAFTS]),
    (RECHECK, [RUN_IN_GMAIL, COMPOSE_ACTION, READ_DRAFTS], [USER_EMAIL]),
    (REMOVE, [RUN_IN_GMAIL, USER_EMAIL, READ_DRAFTS], [COMPOSE_ACTION]),
    (TO_BCC, [], [RUN_IN_GMAIL, COMPOSE_ACTION]),
    (OVERRIDE, [RUN_IN_GMAIL, COMPOSE_ACTION, READ_DRAFTS], [USER_EMAIL]),
    (REPORT, [RUN_IN_GMAIL, COMPOSE_ACTION], [USER_EMAIL]),
    (HOMEPAGE, [], [RUN_IN_GMAIL]),
])
def test_missing_scopes_are_requested_before_any_work(post, gmail_api, path, granted, missing):
    response = post(path, event(granted, parameters={"remove": "carer@agency.example", "check_id": "x"}))
    assert response.status_code == 200
    assert response.get_json() == asked(missing)
    assert gmail_api.request_sequence == [], "no Gmail call without the scopes"


def test_with_every_scope_the_endpoint_runs(post, gmail_api):
    response = post(COMPOSE, event(ALL))
    body = response.get_json()
    assert "requesting_google_scopes" not in body
    assert validate(body, "triggerResponse") == []
    assert len(gmail_api.request_sequence) == 1, "the draft was looked for"


def test_when_google_does_not_say_nothing_is_asked(post):
    assert "requesting_google_scopes" not in post(HOMEPAGE, event(None)).get_json()


def test_the_draft_scope_is_needed_only_when_the_content_check_is_on():
    off, on = GmailSettings(content_check=False), GmailSettings(content_check=True)
    assert READ_DRAFTS not in consent.needed(COMPOSE, off)
    assert READ_DRAFTS in consent.needed(COMPOSE, on) and READ_DRAFTS not in consent.needed(REMOVE, on)


def test_every_scope_the_deployment_asks_for_is_needed_somewhere():
    """Nothing in the deployment's oauthScopes goes unchecked, nothing is asked that it lacks."""
    on = GmailSettings(content_check=True)
    used = {s for path in (HOMEPAGE, COMPOSE, RECHECK, REMOVE, TO_BCC, OVERRIDE, REPORT) for s in consent.needed(path, on)}
    assert used == set(scopes(True))
