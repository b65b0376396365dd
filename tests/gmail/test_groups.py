"""Google Groups expansion through the Admin SDK Directory API (googleapiclient HttpMockSequence)."""
import json
from urllib.parse import parse_qs, urlparse

import pytest
from gmail_fakes import SigningKey, error, member, members_page, ok
from google.auth import jwt as google_jwt
from googleapiclient.discovery import build
from googleapiclient.http import HttpMockSequence

from needtoknow.check import Addressee
from needtoknow.gmail.google_apis import directory_service_factory
from needtoknow.gmail.groups import GroupExpander
from needtoknow.gmail.settings import GmailSettings

ORG = ("agency.example",)
KNOWN = {"ann.office@agency.example"}


def expander(responses, ttl=600, clock=None):
    http = HttpMockSequence(list(responses))
    factory = lambda: build("admin", "directory_v1", http=http, static_discovery=True)
    kwargs = {"clock": clock} if clock else {}
    return GroupExpander(factory, ORG, ttl, **kwargs), http


def _query(uri):
    parsed = urlparse(uri)
    return parsed.path, {k: v[0] for k, v in parse_qs(parsed.query).items()}


def test_a_group_is_replaced_by_every_member_of_every_page():
    groups, http = expander([
        ok(members_page([member("w1@agency.example"), member("nested@agency.example", "GROUP"),
                         member("rel@mailbox.example", "EXTERNAL")], next_token="page-2")),
        ok(members_page([member("w2@agency.example"), member("gone@agency.example", status="SUSPENDED")])),
    ])
    out = groups.expand([Addressee("carers@agency.example", "cc"), Addressee("x@other.example")],
                        KNOWN.__contains__)
    assert [(a.email, a.field, a.expanded_from) for a in out.addressees] == [
        ("w1@agency.example", "cc", "carers@agency.example"),
        ("rel@mailbox.example", "cc", "carers@agency.example"),
        ("w2@agency.example", "cc", "carers@agency.example"),
        ("x@other.example", "to", ""),
    ]
    assert out.groups == ("carers@agency.example",) and out.unexpandable == ()
    (path1, q1), (path2, q2) = (_query(r[0]) for r in http.request_sequence)
    assert path1 == path2 == "/admin/directory/v1/groups/carers%40agency.example/members"
    assert q1 == {"includeDerivedMembership": "true", "maxResults": "200", "alt": "json"}
    assert q2["pageToken"] == "page-2" and q2["includeDerivedMembership"] == "true"


def test_only_unknown_organisation_addresses_are_looked_up():
    groups, http = expander([])  # any request would fail: the sequence is empty
    given = [Addressee("ann.office@agency.example"), Addressee("someone@mailbox.example")]
    assert groups.expand(given, KNOWN.__contains__).addressees == tuple(given)
    assert http.request_sequence == []


def test_an_address_that_is_no_group_stays_and_is_remembered():
    groups, http = expander([error(404, "notFound", "Resource Not Found: groupKey")])
    for _ in range(2):
        out = groups.expand([Addressee("new.starter@agency.example")], KNOWN.__contains__)
        assert out.addressees == (Addressee("new.starter@agency.example"),) and out.groups == ()
    assert len(http.request_sequence) == 1


@pytest.mark.parametrize("failure", [error(403, "forbidden", "Not Authorized to access this resource/api"),
                                     error(503)])
def test_a_group_that_cannot_be_expanded_is_reported(failure):
    groups, _ = expander([failure])
    out = groups.expand([Addressee("families@agency.example", "to")], KNOWN.__contains__)
    assert out.unexpandable == ("families@agency.example",)
    assert out.addressees == (Addressee("families@agency.example", "to", type="distributionList"),)


def test_members_are_cached_until_they_expire():
    now = [0.0]
    page = ok(members_page([member("w1@agency.example")]))
    groups, http = expander([page, page], ttl=600, clock=lambda: now[0])
    group = [Addressee("carers@agency.example")]
    groups.expand(group, KNOWN.__contains__)
    now[0] = 599
    groups.expand(group, KNOWN.__contains__)
    assert len(http.request_sequence) == 1
    now[0] = 601
    assert groups.expand(group, KNOWN.__contains__).addressees[0].email == "w1@agency.example"
    assert len(http.request_sequence) == 2


def test_a_cached_group_needs_no_client():
    groups, _ = expander([ok(members_page([member("w1@agency.example")]))])
    groups.expand([Addressee("carers@agency.example")], KNOWN.__contains__)
    groups.service_factory = lambda: pytest.fail("a client was built for a cached group")
    assert groups.expand([Addressee("carers@agency.example")], KNOWN.__contains__).groups


def test_without_admin_settings_nothing_is_expanded():
    off = GroupExpander(directory_service_factory(GmailSettings()), ORG, 600)
    given = [Addressee("carers@agency.example")]
    assert not off.enabled and off.expand(given, KNOWN.__contains__).addressees == tuple(given)


def test_domain_wide_delegation_credentials_are_used(tmp_path):
    """The production factory: a service account key acting as an admin, token exchange first."""
    key = SigningKey("sa-key")
    key_file = tmp_path / "sa.json"
    key_file.write_text(json.dumps({
        "type": "service_account", "project_id": "nk", "private_key_id": "sa-key",
        "private_key": key.pem.decode(), "client_email": "groups@nk.iam.gserviceaccount.com",
        "client_id": "1", "token_uri": "https://oauth2.googleapis.com/token"}))
    settings = GmailSettings(directory_credentials=str(key_file), directory_admin="admin@agency.example")
    http = HttpMockSequence([ok({"access_token": "ya29.admin", "expires_in": 3600,
                                 "token_type": "Bearer"}),
                             ok(members_page([member("w1@agency.example")])),
                             ok(members_page([member("w2@agency.example")]))])
    groups = GroupExpander(directory_service_factory(settings, lambda: http), ORG, 600)
    out = groups.expand([Addressee("carers@agency.example")], KNOWN.__contains__)
    assert [a.email for a in out.addressees] == ["w1@agency.example"]
    later = groups.expand([Addressee("office@agency.example")], KNOWN.__contains__)
    assert [a.email for a in later.addressees] == ["w2@agency.example"]
    assert len(http.request_sequence) == 3  # one token exchange for both lookups
    token_uri, _, body, _ = http.request_sequence[0]
    assert token_uri == "https://oauth2.googleapis.com/token" and b"jwt-bearer" in body
    assertion = parse_qs(body.decode())["assertion"][0]
    claims = google_jwt.decode(assertion, certs={"sa-key": key.cert.decode()}, audience=token_uri)
    assert claims["sub"] == "admin@agency.example" and "group.member.readonly" in claims["scope"]
    assert http.request_sequence[1][3]["authorization"] == "Bearer ya29.admin"
