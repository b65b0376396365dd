import pytest

from needtoknow.directory.addresses import domain, normalise


@pytest.mark.parametrize("raw,expected", [
    ("Joan.Smith@Example.org", "joan.smith@example.org"),
    ("  joan@example.org ", "joan@example.org"),
    ("Joan Smith <Joan.Smith@Example.org>", "joan.smith@example.org"),
    ('"Smith, Joan" <joan@example.org>', "joan@example.org"),
    ("<joan@example.org>", "joan@example.org"),
    ("", ""),
    ("My contact group", ""),
    ("not-an-address", ""),
])
def test_normalise(raw, expected):
    assert normalise(raw) == expected


def test_domain():
    assert domain("a@b.example") == "b.example"
