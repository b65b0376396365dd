"""Distribution lists expanded through Microsoft Graph, with HTTP answered at the transport level
(a requests adapter): msal's token request, the group lookup, paging, nested groups, failures."""
import json
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from requests.adapters import BaseAdapter

from needtoknow.directory.recipients import Addressee
from needtoknow.outlook import graph

TENANT = "0a1b2c3d-0000-4000-8000-00000000aaaa"
LOGIN = "https://login.microsoftonline.com"
GRAPH = "https://graph.microsoft.com/v1.0"
CONFIG = {"GRAPH_CLIENT_ID": "graph-app", "GRAPH_CLIENT_SECRET": "s3cret", "GRAPH_TENANT_ID": TENANT,
          "GRAPH_URL": GRAPH, "GRAPH_SECONDS": 2.0, "GRAPH_CACHE_SECONDS": 900,
          "GRAPH_MAX_MEMBERS": 2000, "ENTRA_AUTHORITY_HOST": LOGIN}


class FakeHttp(BaseAdapter):
    """Answers by path from a table; records (method, path, query) of every request."""

    def __init__(self, routes):
        super().__init__()
        self.routes, self.calls = routes, []

    def send(self, request, **kwargs):
        parts = urlsplit(request.url)
        self.calls.append((request.method, parts.path, parse_qs(parts.query)))
        answer = self.routes.get(parts.path, (404, {"error": {"code": "NotFound"}}))
        if isinstance(answer, Exception):
            raise answer
        if callable(answer):
            answer = answer(parse_qs(parts.query))
        status, body = answer
        response = requests.Response()
        response.status_code, response.url, response.request = status, request.url, request
        response._content = json.dumps(body).encode()
        response.headers["Content-Type"] = "application/json"
        return response

    def close(self):
        pass

    def graph_calls(self):
        return [c for c in self.calls if c[1].startswith("/v1.0/")]


def login_routes():
    openid = {"token_endpoint": f"{LOGIN}/{TENANT}/oauth2/v2.0/token",
              "authorization_endpoint": f"{LOGIN}/{TENANT}/oauth2/v2.0/authorize",
              "issuer": f"{LOGIN}/{TENANT}/v2.0"}
    return {f"/{TENANT}/v2.0/.well-known/openid-configuration": (200, openid),
            f"/{TENANT}/oauth2/v2.0/token": (200, {"access_token": "graph-token", "token_type": "Bearer",
                                                   "expires_in": 3600}),
            "/common/discovery/instance": (200, {"tenant_discovery_endpoint":
                                                 f"{LOGIN}/{TENANT}/v2.0/.well-known/openid-configuration",
                                                 "metadata": []})}


def person(mail, name="", kind="user"):
    return {"@odata.type": f"#microsoft.graph.{kind}", "id": mail, "mail": mail, "displayName": name}


def lists(routes, clock=None):
    http = requests.Session()
    fake = FakeHttp({**login_routes(), **routes})
    http.mount("https://", fake)
    directory = graph.from_config(CONFIG, http=http)
    if clock is not None:
        directory._clock = clock
    return directory, fake


def group(group_id):
    return lambda query: (200, {"value": [{"id": group_id}]})


CARERS = "carers@agency.example"
PAGE_2 = f"{GRAPH}/groups/g1/transitiveMembers?$skiptoken=two"


def paged_members(query):
    if "$skiptoken" in query:
        return 200, {"value": [person("c@agency.example"),
                               person("relative@gmail.example", "A relative", kind="orgContact")]}
    return 200, {"value": [person("a@agency.example", "Ann"), person("b@agency.example"),
                           person("", "No mailbox"),
                           {"@odata.type": "#microsoft.graph.group", "id": "nested", "mail": "night@agency.example"}],
                 "@odata.nextLink": PAGE_2}


def test_a_list_is_replaced_by_its_members_across_pages_and_nested_groups():
    directory, fake = lists({"/v1.0/groups": group("g1"), "/v1.0/groups/g1/transitiveMembers": paged_members})
    out = directory.expand([Addressee("ops@agency.example", "to"), Addressee(CARERS, "cc", "Carers", "distributionList")])
    assert out == [Addressee("ops@agency.example", "to"),
                   Addressee("a@agency.example", "cc", "Ann", "user", CARERS),
                   Addressee("b@agency.example", "cc", "", "user", CARERS),
                   Addressee("c@agency.example", "cc", "", "user", CARERS),
                   Addressee("relative@gmail.example", "cc", "A relative", "user", CARERS)]
    lookups = fake.graph_calls()
    assert lookups[0][2]["$filter"] == [f"mail eq '{CARERS}'"]
    assert [c[1] for c in lookups] == ["/v1.0/groups", "/v1.0/groups/g1/transitiveMembers",
                                       "/v1.0/groups/g1/transitiveMembers"]
    assert any(c[1] == f"/{TENANT}/oauth2/v2.0/token" and c[0] == "POST" for c in fake.calls)


def test_members_are_cached_for_the_ttl():
    now = [0.0]
    directory, fake = lists({"/v1.0/groups": group("g1"), "/v1.0/groups/g1/transitiveMembers": paged_members},
                            clock=lambda: now[0])
    dl = Addressee(CARERS, "to", "", "distributionList")
    first = directory.expand([dl])
    calls = len(fake.graph_calls())
    now[0] = 899.0
    assert directory.expand([dl]) == first and len(fake.graph_calls()) == calls
    now[0] = 901.0
    directory.expand([dl])
    assert len(fake.graph_calls()) == 2 * calls


@pytest.mark.parametrize("routes", [
    {"/v1.0/groups": lambda q: (200, {"value": []})},  # no group has the address
    {"/v1.0/groups": group("g1"), "/v1.0/groups/g1/transitiveMembers": (503, {"error": {}})},
    {"/v1.0/groups": group("g1"), "/v1.0/groups/g1/transitiveMembers": requests.ConnectTimeout("slow")},
    {"/v1.0/groups": (403, {"error": {"code": "Authorization_RequestDenied"}})},
    {"/v1.0/groups": group("g1"), "/v1.0/groups/g1/transitiveMembers": lambda q: (200, {"value": []})},
    {f"/{TENANT}/oauth2/v2.0/token": (401, {"error": "invalid_client"})},
], ids=["unknown", "graph-5xx", "timeout", "forbidden", "empty", "no-token"])
def test_a_list_that_cant_be_expanded_stays_a_list(routes):
    directory, _ = lists(routes)
    dl = Addressee(CARERS, "to", "Carers", "distributionList")
    assert directory.expand([dl]) == [dl]


def test_failures_are_remembered_briefly_not_retried_each_check():
    now = [0.0]
    directory, fake = lists({"/v1.0/groups": (503, {})}, clock=lambda: now[0])
    dl = Addressee(CARERS, "to", "", "distributionList")
    directory.expand([dl]), directory.expand([dl])
    assert len(fake.graph_calls()) == 1
    now[0] = graph.FAILURE_SECONDS + 1
    directory.expand([dl])
    assert len(fake.graph_calls()) == 2


def test_a_list_too_large_keeps_the_list_beside_the_members_read():
    directory, _ = lists({"/v1.0/groups": group("g1"), "/v1.0/groups/g1/transitiveMembers": paged_members})
    directory._max = 2
    dl = Addressee(CARERS, "bcc", "", "distributionList")
    out = directory.expand([dl])
    assert [a.email for a in out] == ["a@agency.example", "b@agency.example", CARERS] and out[-1] == dl


def test_contact_groups_and_users_are_left_alone():
    directory, fake = lists({})
    people = [Addressee("", "to", "My carers", "distributionList"), Addressee("x@example.org", "to", "", "externalUser")]
    assert directory.expand(people) == people and fake.calls == []


def test_graph_is_off_unless_configured(make_app):
    assert graph.from_config({**CONFIG, "GRAPH_CLIENT_SECRET": ""}) is None
    from needtoknow.services import get_services

    assert get_services(make_app()).expand is None


def test_configured_graph_becomes_the_engines_expansion(make_app):
    from needtoknow.services import get_services

    app = make_app(GRAPH_CLIENT_ID="graph-app", GRAPH_CLIENT_SECRET="s3cret", GRAPH_TENANT_ID=TENANT)
    assert get_services(app).expand is not None
