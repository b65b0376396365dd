"""SPEC "full address": house names, buildings and flats shared by several clients identify none
of them alone. Directories are generated with many shared house names and flats in one block;
every client's own rota sent to their own carer (or their GP outside the organisation) allows."""
import random

import pytest

from needtoknow.directory.recipients import Recipient
from needtoknow.inspect.directory_match import ClientIndex, ClientRecord
from needtoknow.inspect.document import TextPart
from needtoknow.inspect.scan import scan
from needtoknow.policy import decide
from needtoknow.policy.decide import Message

HOUSES = ["Rose Cottage", "The Bungalow", "Orchard House", "Ivy Cottage", "The Old Rectory"]
STREETS = ["Mill Lane", "Church Road", "High Street", "Station Road", "Chapel Close", "Green Lane"]
TOWNS = ["Hoo", "Cliffe", "Strood", "Rainham"]
GIVEN = ["Joan", "Arthur", "Edith", "Walter", "Irene", "Harold", "Doris", "Stanley", "Vera"]
FAMILY = ["Sutton", "Pearce", "Holloway", "Bright", "Kemp", "Fuller", "Marsh", "Dunn", "Vane"]


def _address(rng, i):
    town = rng.choice(TOWNS)
    shape = i % 3
    if shape == 0:
        return f"{rng.choice(HOUSES)}, {rng.choice(STREETS)}, {town}"
    if shape == 1:
        return f"Flat {i % 7 + 1}, Orchard Court, 12 Mill Lane, {town}"
    return f"{i + 3} {rng.choice(STREETS)}, {town}"


def directory(seed, n=60):
    rng = random.Random(seed)
    clients, seen = [], set()
    for i in range(n):
        name = f"{GIVEN[i % 9]} {FAMILY[(i // 9 + seed) % 9]}"
        address = _address(rng, i)
        if address in seen:
            continue  # one household per address in this directory
        seen.add(address)
        phone = f"01634 {rng.randrange(100000, 999999)}"
        clients.append(ClientRecord(f"C{i}", name, phone, address, f"ME{i % 9 + 1} {i % 9}AB"))
    return clients


def rota(clients):
    rows = [f"Client: {c.full_name} | Address: {c.address} | Postcode: {c.postcode} | "
            f"Phone: {c.phone} | Visit: 08:00-08:30 personal care" for c in clients]
    return "Your rota for Monday\n" + "\n".join(rows)


def recipient(linked, internal=True):
    role = "care_worker" if internal else "professional"
    email = "carer@agency.example" if internal else "gp@surgery.example"
    return Recipient(email, "to", role, internal, True, frozenset(linked), "P1")


@pytest.mark.parametrize("seed", range(5))
@pytest.mark.parametrize("internal", [True, False])
def test_every_client_own_rota_to_own_carer_allows(seed, internal):
    clients = directory(seed)
    index = ClientIndex.build(clients)
    for start in range(0, len(clients), 3):
        own = clients[start : start + 3]
        evidence = scan([TextPart("rota.pdf", rota(own))], index)
        to = recipient({c.id for c in own}, internal)
        result = decide(Message(evidence, (), (to,), evidence.client_locations))
        assert result.decision == "allow", (seed, [c.address for c in own], result.reasons)
        assert evidence.identified() == {c.id for c in own}


def test_house_name_alone_identifies_nobody_but_is_partial():
    clients = [ClientRecord("R1", "Joan Sutton", address="Rose Cottage, Mill Lane, Hoo"),
               ClientRecord("R2", "Edith Kemp", address="Rose Cottage, Church Road, Hoo")]
    index = ClientIndex.build(clients)
    found = index.match("Rose Cottage")
    assert found.strong == set() and found.weak == {"R1", "R2"}
    assert index.match("Rose Cottage, Mill Lane").strong == {"R1"}
    assert index.match("Joan Sutton at Rose Cottage").named == {"R1"}


def test_flat_needs_building_and_street():
    clients = [ClientRecord("F1", "Joan Sutton", address="Flat 3, Orchard Court, 12 Mill Lane, Hoo"),
               ClientRecord("F2", "Edith Kemp", address="Flat 4, Orchard Court, 12 Mill Lane, Hoo")]
    index = ClientIndex.build(clients)
    assert index.match("Flat 3").strong == set() and index.match("Flat 3").weak == set()
    assert index.match("Flat 3, Orchard Court").strong == set()
    assert index.match("Flat 3, Orchard Court").weak == {"F1", "F2"}  # the building: partial
    assert index.match("Orchard Court, 12 Mill Lane").strong == set()
    assert index.match("Flat 3, Orchard Court, 12 Mill Lane").strong == {"F1"}


def test_a_line_shared_without_living_together_identifies_none():
    clients = [ClientRecord("S1", "Joan Sutton", address="Rose Cottage, Mill Lane, Hoo"),
               ClientRecord("S2", "Edith Kemp", address="Rose Cottage, Mill Lane, Cliffe")]
    found = ClientIndex.build(clients).match("Rose Cottage, Mill Lane")
    assert found.strong == set() and found.weak == {"S1", "S2"}


def test_a_couple_at_one_address_are_both_identified():
    clients = [ClientRecord("H1", "Joan Sutton", address="4 Mill Lane, Hoo"),
               ClientRecord("H2", "Walter Sutton", address="4 Mill Ln, Hoo")]
    assert ClientIndex.build(clients).match("4 Mill Lane").strong == {"H1", "H2"}


def test_a_street_alone_identifies_nobody():
    clients = [ClientRecord("T1", "Joan Sutton", address="Mill Lane, Hoo")]
    assert ClientIndex.build(clients).match("Mill Lane, Hoo") == ClientIndex.build([]).match("")
