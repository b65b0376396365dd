"""exposure.client_details: per identified client, the categories of its data the message holds
(in CATEGORIES' order) and where; an access code or date of birth counts for a client found in
the same place."""
from collections import Counter

from needtoknow.audit.exposure import CATEGORIES, client_details
from needtoknow.inspect.evidence import Evidence


def evidence(**identifiers):
    return Evidence(
        counts=Counter({"access_code": 1}),
        locations={"access_code": frozenset({"attachment 1"})},
        client_locations={"c1": frozenset({"body", "attachment 1"}), "c2": frozenset({"body"}),
                          "c3": frozenset({"attachment 1"})},
        identifiers={k: frozenset(v) for k, v in identifiers.items()})


def test_categories_in_order_with_codes_where_the_client_is():
    found = client_details(evidence(phone={"c1", "c2"}, name={"c1", "c3"}, postcode={"c2", "c9"}),
                           frozenset({"c1", "c2", "c3"}))
    assert found == {
        "c1": (("access_code", "phone", "name"), ("attachment 1", "body")),
        "c2": (("phone", "postcode"), ("body",)),
        "c3": (("access_code", "name"), ("attachment 1",)),
    }


def test_every_category_orders_like_categories():
    kinds = {k: {"c1"} for k in CATEGORIES if k not in ("access_code", "date_of_birth")}
    (categories, _), = client_details(evidence(**dict(reversed(kinds.items()))), {"c1"}).values()
    assert list(categories) == [c for c in CATEGORIES if c != "date_of_birth"]


def test_only_identified_clients():
    assert client_details(evidence(phone={"c1", "c2"}), frozenset({"c2"})) == {"c2": (("phone",), ("body",))}
