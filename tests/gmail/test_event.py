"""The event object Google posts, in the shapes it comes in."""
import pytest

from needtoknow.gmail.event import addresses, parse
from needtoknow.gmail.settings import READ_DRAFTS


def compose_event(**gmail):
    return {"commonEventObject": {"hostApp": "GMAIL", "platform": "WEB", "userLocale": "en-GB"},
            "authorizationEventObject": {"userOAuthToken": "ya29.user", "systemIdToken": "eyJ…",
                                         "userIdToken": "eyJ.user"},
            "gmail": gmail}


def test_a_compose_event():
    event = parse(compose_event(toRecipients=["Ann <Ann@Agency.example>", "b@x.example"],
                                ccRecipients=["c@y.example"], bccRecipients=[], threadId="18e0"))
    assert event.to == ("ann@agency.example", "b@x.example") and event.cc == ("c@y.example",)
    assert event.bcc == () and event.has_recipients and event.thread_id == "18e0"
    assert event.user_oauth_token == "ya29.user" and event.user_id_token == "eyJ.user"
    assert event.authorized_scopes is None and event.granted(READ_DRAFTS)
    assert event.all_recipients == ("ann@agency.example", "b@x.example", "c@y.example")


def test_draft_metadata_shape_is_read_too():
    event = parse({"draftMetadata": {"toRecipients": ["a@x.example"], "bccRecipients": ["b@x.example"]}})
    assert event.to == ("a@x.example",) and event.bcc == ("b@x.example",) and event.has_recipients


def test_a_card_action_event():
    event = parse({"commonEventObject": {
        "parameters": {"check_id": "abc", "odd": 3},
        "formInputs": {"justification": {"stringInputs": {"value": ["Agreed with the family"]}},
                       "broken": {"stringInputs": {"value": []}}}},
        "authorizationEventObject": {"authorizedScopes": [
            "https://www.googleapis.com/auth/gmail.addons.execute"]}})
    assert event.parameters == {"check_id": "abc", "odd": ""}
    assert event.inputs == {"justification": "Agreed with the family"}
    assert not event.granted(READ_DRAFTS) and not event.has_recipients


@pytest.mark.parametrize("body", [None, [], "text", {"gmail": "x"}, {"gmail": {"toRecipients": "a"}},
                                  {"commonEventObject": {"parameters": []}}])
def test_odd_bodies_read_as_empty(body):
    event = parse(body)
    assert event.all_recipients == () and event.parameters == {}


@pytest.mark.parametrize("given, expected", [
    (["a@x.example", "A@X.example"], ("a@x.example",)),
    (["a@x.example, b@y.example"], ("a@x.example", "b@y.example")),
    (['"Smith, Jo" <jo@x.example>'], ("jo@x.example",)),
    (["not an address", 7, None], ()),
    ("a@x.example", ("a@x.example",)),
])
def test_addresses(given, expected):
    assert addresses(given) == expected
