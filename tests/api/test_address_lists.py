"""An address list typed into one `to` entry is every address in it, never the first alone."""
import pytest

from needtoknow.directory.addresses import split
from world import ORG, message


@pytest.mark.parametrize("text,parts", [
    ("a@x.example, b@y.example", ["a@x.example", "b@y.example"]),
    ("a@x.example;b@y.example;", ["a@x.example", "b@y.example"]),
    ('"Smith, Jo" <jo@x.example>', ['"Smith, Jo" <jo@x.example>']),
    ('"Smith, Jo" <jo@x.example>; b@y.example', ['"Smith, Jo" <jo@x.example>', "b@y.example"]),
    ('<odd,one@x.example>', ['<odd,one@x.example>']),
    ("jo,smith@x.example", ["jo", "smith@x.example"]),  # both kept: nothing typed is dropped
    (" ; , ", []),
])
def test_split(text, parts):
    assert split(text) == parts


@pytest.mark.parametrize("entry", [
    f"anne@{ORG}, someone@else.example", f"anne@{ORG}; someone@else.example",
    {"email": f"anne@{ORG},someone@else.example", "name": "Two people"},
])
def test_a_list_in_one_entry_is_every_address(world_app, entry):
    app, world = world_app
    phone = world.clients[0]["phone"]
    answer = app.test_client().post("/api/v1/check", json=message([entry], f"Call {phone}")).get_json()
    assert [r["email"] for r in answer["recipients"]] == [f"anne@{ORG}", "someone@else.example"]
    assert answer["decision"] == "block"  # the outsider was checked, not cut off


def test_an_address_with_a_comma_is_never_silently_truncated(world_app):
    """Whatever the comma was, every part of the entry is a recipient in the answer."""
    app, world = world_app
    answer = app.test_client().post("/api/v1/check", json=message(
        ["jo,smith@else.example"], f"Call {world.clients[0]['phone']}")).get_json()
    assert answer["decision"] != "allow"
    assert "smith@else.example" in [r["email"] for r in answer["recipients"]]
    assert len(answer["recipients"]) == 2
