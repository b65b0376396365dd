"""The lookalike index gives the brute-force answer (every directory address compared with
rapidfuzz's OSA distance) on generated directories and generated slips of every kind."""
import random

import pytest
from rapidfuzz import process
from rapidfuzz.distance import OSA

from needtoknow.directory.lookalike import Lookalikes

LETTERS = "abcdefghijklmnopqrstuvwxyz.-_0123456789@"
DOMAINS = ["agency.example", "gmail.example", "nhs.example", "council.example", "hotmail.example"]


def brute(address, emails, max_edits=2):
    if not address or address in emails or max_edits <= 0:
        return False
    return process.extractOne(address, list(emails), scorer=OSA.distance, score_cutoff=max_edits) is not None


def directory(rnd, size):
    names = ["anna", "bob", "chidi", "dee", "ed", "fatima", "gwen", "hu", "ivan", "jo", "kim", "li"]
    emails = set()
    while len(emails) < size:
        local = rnd.choice(names) + rnd.choice(["", ".", "_"]) + rnd.choice(names) + str(rnd.randint(0, 99))
        emails.add(f"{local[:rnd.randint(1, len(local))]}@{rnd.choice(DOMAINS)}")
    emails |= {"x@y", "ab@cd.example", "noat.example"}  # short, odd shapes
    return sorted(emails)


def slip(rnd, address, edits):
    """`edits` random insertions, deletions, substitutions or swaps anywhere, the '@' included."""
    s = list(address)
    for _ in range(edits):
        op, i = rnd.choice("idst"), rnd.randrange(len(s) + 1)
        if op == "i":
            s.insert(i, rnd.choice(LETTERS))
        elif op == "d" and i < len(s) and len(s) > 1:
            del s[i]
        elif op == "s" and i < len(s):
            s[i] = rnd.choice(LETTERS)
        elif op == "t" and i + 1 < len(s):
            s[i], s[i + 1] = s[i + 1], s[i]
    return "".join(s)


@pytest.mark.parametrize("seed,size", [(1, 50), (2, 500), (3, 3000)])
def test_index_agrees_with_brute_force(seed, size):
    rnd = random.Random(seed)
    emails = directory(rnd, size)
    index = Lookalikes(emails)
    queries = [slip(rnd, rnd.choice(emails), rnd.choice((1, 1, 2, 2, 3))) for _ in range(1500)]
    queries += [f"{rnd.choice(['zz', 'qq.top', 'someone'])}@{rnd.choice(DOMAINS)}" for _ in range(50)]
    queries += ["", "@", "a@", "@agency.example", "no-at-all", "two@@agency.example", emails[0]]
    disagree = [(q, brute(q, emails)) for q in queries if index.near(q) != brute(q, emails)]
    assert disagree == []


TABLE = [  # (directory, recipient, max edits, near?)
    (["gwen.dsouza@agency.example"], "gwen.dsouza@agency.example", 2, False),  # the address itself
    (["gwen.dsouza@agency.example"], "gwen.dsuoza@agency.example", 2, True),  # a swap
    (["gwen.dsouza@agency.example"], "gwen.dsouza@agnecy.exmaple", 2, True),  # two swaps
    (["gwen.dsouza@agency.example"], "gwen.dsouza@agency.exampel", 1, True),
    (["gwen.dsouza@agency.example"], "gwen.dsouz@agency.exampe", 1, False),  # two deletions > 1
    (["gwen.dsouza@agency.example"], "gwen.dsouz@agency.exampe", 2, True),
    (["gwen.dsouza@agency.example"], "gwen.dsouza@gency.exampl", 2, True),
    (["gwen.dsouza@agency.example"], "gwen.dsouza@agency.net", 2, False),
    (["gwen.dsouza@agency.example"], "gwen.dsouz@aagency.example", 2, True),  # "@" swapped
    (["gwen.dsouza@agency.example"], "gwen.dsou@zaagency.example", 2, True),  # "@" moved two
    (["gwen.dsouza@agency.example"], "gwendsouza@agency.example", 2, True),
    (["gwen.dsouza@agency.example"], "gwen.dsouzaagency.example", 2, True),  # "@" dropped
    (["gwen.dsouza@agency.example"], "gwen.dsouza@agency.example", 0, False),
    (["jo@a.example", "jim@a.example"], "ji@a.example", 1, True),
    (["jo@a.example"], "jxyz@a.example", 2, False),
    (["jo@a.example"], "jo@a.example.co", 3, True),  # above the index's 2: compared one by one
]


@pytest.mark.parametrize("emails,recipient,edits,expected", TABLE)
def test_table(emails, recipient, edits, expected):
    assert Lookalikes(emails).near(recipient, edits) is expected
    assert brute(recipient, emails, edits) is expected
