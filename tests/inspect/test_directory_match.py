"""Directory matching: names in their usual forms, identifiers after normalisation, org excluded."""
import dataclasses

import pytest

from needtoknow.inspect.directory_match import ClientIndex, ClientMatch, ClientRecord

CLIENTS = [
    ClientRecord("A1", "Kathleen O'Connor", "01622 334455", "58 Albemarle Road, Lordswood",
                 "ME5 6JW", "642 621 2997"),
    ClientRecord("A2", "Joan Smith", "+44 1474 556677", "Flat 2, 7 St Mary's Rd, Gravesend",
                 "da11 0aa", ""),
    ClientRecord("A3", "John Smith", "", "14 Station Road, Strood", "ME2 4AB", ""),
    ClientRecord("A4", "Mary-Jane van der Berg", "07700 900456", "Rose Cottage, Mill Lane, Hoo",
                 "", "745-474-8554"),
    ClientRecord("A5", "Mr Arthur Wood", "(01634) 998877", "3 Beech Gdns, Chatham", "ME4 4TR", ""),
    ClientRecord("A6", "Cher", "", "Kingsway", "", ""),  # one-word name and street: too common
    ClientRecord("A7", ""),
    ClientRecord("A8", "Ivy Clarke", address="5 Orchard Ave, Hoo"),
]  # fmt: skip
ORG = dict(org_phones=["+44 1634 998877"], org_postcodes=["me4 4tr"])  # the office shares A5's
INDEX = ClientIndex.build(CLIENTS, **ORG)


@pytest.mark.parametrize(
    "text, named",
    [
        ("Kathleen O'Connor", {"A1"}),
        ("Visit Mrs Kathleen O’Connor today", {"A1"}),
        ("KATHLEEN OCONNOR", {"A1"}),
        ("O'Connor, Kathleen", {"A1"}),
        ("K. O'Connor", {"A1"}),
        ("K O’Connor", {"A1"}),
        ("Kathleen O'Connor's care plan", {"A1"}),
        ("Joan Smith", {"A2"}),
        ("SMITH, Joan", {"A2"}),
        ("J. Smith", set()),  # Joan or John: an ambiguous initial names nobody
        ("Mrs J Smith", set()),
        ("John Smith and Joan Smith", {"A2", "A3"}),
        ("Joan Smithson", set()),
        ("Joanna Smith", set()),
        ("Mary-Jane van der Berg", {"A4"}),
        ("Mary Jane van der Berg", {"A4"}),
        ("M. van der Berg", {"A4"}),
        ("VAN DER BERG, Mary-Jane", {"A4"}),
        ("Arthur Wood", {"A5"}),
        ("A Wood", {"A5"}),
        ("WOOD, A.", {"A5"}),
        ("Smith, J.", set()),  # ambiguous the other way round too
        ("Wood Anemone", set()),
        ("Arthur Woodhouse", set()),
        ("Kathleen O'Connor-Smith", set()),
        ("Cher", set()),
        ("Kathleen", set()),
        ("Name: Arthur Wood | Address: 9 Oak Way", {"A5"}),
    ],
)
def test_names(text, named):
    assert INDEX.match(text).named == named


@pytest.mark.parametrize(
    "text, strong",
    [
        ("58 Albemarle Road", {"A1"}),
        ("58 ALBEMARLE RD.", {"A1"}),
        ("58, Albemarle Road, Lordswood", {"A1"}),
        ("158 Albemarle Road", set()),
        ("58 Albemarle Roadway", set()),
        ("Flat 2, 7 St Mary's Road", {"A2"}),
        ("flat 2 7 Street Marys Rd", {"A2"}),
        ("7 St Mary's Rd", set()),  # the stored line starts at the flat
        ("Rose Cottage", set()),  # a house name alone identifies nobody (it is partial)
        ("Rose Cottage, Mill Lane", {"A4"}),
        ("Mill Lane", set()),
        ("3 Beech Gardens", {"A5"}),
        ("14 Station Rd", {"A3"}),
        ("Kingsway", set()),
        ("5 Orchard Avenue", {"A8"}),
        ("5 orchard av", {"A8"}),
    ],
)
def test_street_lines(text, strong):
    assert INDEX.match(text).strong == strong


@pytest.mark.parametrize(
    "found, expected",
    [
        (dict(phones=["01622334455"]), ClientMatch(strong=frozenset({"A1"}))),
        (dict(phones=["01474556677"]), ClientMatch(strong=frozenset({"A2"}))),
        (dict(phones=["07700900456"]), ClientMatch(strong=frozenset({"A4"}))),
        (dict(phones=["01634998877"]), ClientMatch()),  # the organisation's number
        (dict(phones=["01622000000"]), ClientMatch()),
        (dict(nhs_numbers=["6426212997"]), ClientMatch(strong=frozenset({"A1"}))),
        (dict(nhs_numbers=["7454748554"]), ClientMatch(strong=frozenset({"A4"}))),
        (dict(postcodes=["ME56JW"]), ClientMatch(weak=frozenset({"A1"}))),
        (dict(postcodes=["DA110AA"]), ClientMatch(weak=frozenset({"A2"}))),
        (dict(postcodes=["ME44TR"]), ClientMatch()),  # the organisation's postcode
    ],
)
def test_identifiers(found, expected):
    assert INDEX.match("", **found) == expected


def test_org_numbers_are_normalised():
    assert INDEX.org_phones == {"01634998877"} and INDEX.org_postcodes == {"ME44TR"}


def test_a_unique_initial_names_its_client():
    index = ClientIndex.build([CLIENTS[1]])
    assert index.match("Dear J. Smith").named == {"A2"}


def test_namesakes_are_both_named():
    twins = [ClientRecord("B1", "Ivy Clarke"), ClientRecord("B2", "Ivy Clarke")]
    assert ClientIndex.build(twins).match("Ivy Clarke").named == {"B1", "B2"}


@pytest.mark.parametrize("clients", [[], [ClientRecord("E1")], [ClientRecord("E2", "Cher")]])
def test_an_index_with_nothing_to_match(clients):
    index = ClientIndex.build(clients)
    assert index.match("Joan Smith, 58 Albemarle Road", ["01622334455"]) == ClientMatch()


def test_client_record_is_frozen():
    with pytest.raises(dataclasses.FrozenInstanceError):
        CLIENTS[0].full_name = "someone else"


ACCENTED = ClientIndex.build([ClientRecord("Z1", "Zoë Brontë", address="4 Clover Terrace, Hoo"),
                               ClientRecord("Z2", "Rene\u0301e Lefe\u0300vre")])  # decomposed


@pytest.mark.parametrize(
    "text, named",
    [
        ("Zoë Brontë", {"Z1"}),
        ("Zoe Bronte", {"Z1"}),  # typed without the accents
        ("ZOË BRONTË", {"Z1"}),
        ("Zoe\u0308 Bronte\u0308", {"Z1"}),  # decomposed, as some Mac and web text is
        ("Renée Lefèvre", {"Z2"}),  # precomposed, against a decomposed directory entry
        ("Renee Lefevre", {"Z2"}),
        ("Zoë Brontës", set()),
    ],
)
def test_accents_do_not_matter(text, named):
    assert ACCENTED.match(text).named == named


@pytest.mark.parametrize(
    "text, named",
    [
        ("Surname: Smith | Forename: Joan | Postcode: DA11 0AA", {"A2"}),
        ("First name: Kathleen | Last name: O'Connor", {"A1"}),
        ("Title: Mr | First Name: Arthur | Surname: Wood", {"A5"}),
        ("FirstName,LastName\nArthur,Wood", {"A5"}),
        ("Forename: Joan | Surname: Smithson", set()),
        ("Forename: Joan | Notes: Smith family", set()),  # only name labels are looked through
    ],
)
def test_names_split_across_labelled_columns(text, named):
    assert INDEX.match(text).named == named


@pytest.mark.parametrize(
    "text, strong",
    [("4 Clover Terr", {"Z1"}), ("4 clover tce.", {"Z1"}), ("4 Clover Terrace", {"Z1"})],
)
def test_more_street_abbreviations(text, strong):
    assert ACCENTED.match(text).strong == strong


def test_a_large_directory_still_finds_one_client():
    clients = [ClientRecord(f"X{i}", f"Given{i} Family{i}", f"01622 {i:06d}",
                            f"{i} Long Lane, Hoo") for i in range(3000)]  # fmt: skip
    index = ClientIndex.build(clients + CLIENTS)
    assert index.match("Kathleen O'Connor, 58 Albemarle Rd") == ClientMatch(
        named=frozenset({"A1"}), strong=frozenset({"A1"}))  # fmt: skip
    assert index.match("Given17 Family17", ["01622000017"]).strong == {"X17"}
