"""SPEC *named* clients: a directory client's full name with a care or health word in the same
sentence, list item or table row warns (client-health-details) when it goes outside the
organisation to someone not linked to them. A name alone, a name a staff member or relative
shares, and a name in the sender's greeting or signature stay quiet."""
import pytest

from needtoknow.directory.recipients import Recipient
from needtoknow.inspect.directory_match import ClientIndex, ClientRecord
from needtoknow.inspect.document import TextPart
from needtoknow.inspect.health_terms import mentions_health
from needtoknow.inspect.scan import scan
from needtoknow.policy import decide
from needtoknow.policy.decide import Message

CLIENTS = [ClientRecord("J1", "Joan Sutton", "01622 334455", "4 Mill Lane, Hoo", "ME3 9AB"),
           ClientRecord("M1", "Mary Jones", "01622 334466", "6 Mill Lane, Hoo", "ME3 9AD"),
           ClientRecord("S1", "Stanley Vane", "01622 334477", "8 Mill Lane, Hoo", "ME3 9AE")]
INDEX = ClientIndex.build(CLIENTS, other_names=["Mary Jones", "Peter Carer"])  # a carer's name
RELATIVE_OF_OTHER = Recipient("son@family.example", "to", "relative", False, True, frozenset({"S1"}))
RELATIVE_OF_JOAN = Recipient("dau@family.example", "to", "relative", False, True, frozenset({"J1"}))
CARER = Recipient("carer@agency.example", "to", "care_worker", True, True, frozenset())


def rules(text, to=RELATIVE_OF_OTHER):
    evidence = scan([TextPart("body", text)], INDEX)
    return {r.rule for r in decide(Message(evidence, (), (to,), evidence.client_locations)).reasons}


@pytest.mark.parametrize(
    "text",
    [
        "Joan Sutton was taken into hospital last night",
        "Joan Sutton had a fall in the kitchen",
        "New medication for Joan Sutton starts Monday.",
        "Update: Mrs Joan Sutton's dementia is getting worse",
        "District nurse to see Joan Sutton about the pressure sore",
        "Client: Joan Sutton | Notes: end of life care",
        "- Joan Sutton: safeguarding concern raised\n- Room booked",
    ],
)
def test_a_named_client_with_health_details_warns(text):
    assert rules(text) == {"client-health-details"}


@pytest.mark.parametrize(
    "text",
    [
        "Thank you Joan Sutton for the lovely cake at the coffee morning!",
        "Joan Sutton won the raffle. The GP surgery is closed on Friday.",  # another sentence
        "Mary Jones was taken into hospital",  # a carer shares the name
        "Dear Joan Sutton,\nThe hospital transport is booked.",  # the reader, greeted
        "The GP visit went well and the medication is sorted.\n\nKind regards,\nJoan Sutton",
        "Joan Sutton fell asleep in the garden",
    ],
)
def test_quiet_without_health_details_about_that_client(text):
    assert rules(text) == set()


def test_linked_and_internal_recipients_are_not_warned():
    text = "Joan Sutton was taken into hospital last night"
    assert rules(text, RELATIVE_OF_JOAN) == set()
    assert rules(text, CARER) == set()


def test_an_identified_client_is_unlinked_clients_business():
    assert rules("Joan Sutton, 01622 334455, taken into hospital") == {"unlinked-client"}


@pytest.mark.parametrize(
    "text, named_only",
    [
        ("Joan Sutton was taken into hospital last night", {"J1"}),  # SPEC: a *named* client
        ("Thank you Joan Sutton for the cake", {"J1"}),  # named, though no rule fires for it
        ("Joan Sutton, 01622 334455", set()),  # identified: not only named
        ("Stanley Vane and Joan Sutton, ME3 9AB", {"S1"}),  # Joan's postcode identifies her
    ],
)
def test_named_only(text, named_only):
    assert scan([TextPart("body", text)], INDEX).named_only() == named_only


def test_possessive_is_not_an_initial():
    assert INDEX.match("Joan Sutton's visit").named == {"J1"}
    assert ClientIndex.build(CLIENTS[:1] + CLIENTS[2:]).match("Jo Vane's care").named == set()


@pytest.mark.parametrize("text, health", [("had a fall", True), ("Christmas falls on a Friday", False),
                                          ("personal care", True), ("a nice cup of tea", False)])
def test_vocabulary(text, health):
    assert mentions_health(text) is health
