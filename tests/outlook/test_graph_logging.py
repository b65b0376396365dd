"""A distribution list that can't be expanded is logged by the error's type (and our own words),
never by a library's text, which can quote the request's URL with the list's address in it."""
import logging

import requests

from needtoknow.directory.recipients import Addressee
from test_graph import CARERS, group, lists

SAID = "Joan Smith 01474 123456"


def test_a_transport_error_is_logged_by_type_only(caplog):
    caplog.set_level(logging.WARNING, logger="needtoknow")
    directory, _ = lists({"/v1.0/groups": group("g1"),
                          "/v1.0/groups/g1/transitiveMembers": requests.ConnectionError(f"{CARERS} {SAID}")})
    dl = Addressee(CARERS, "to", "Carers", "distributionList")
    assert directory.expand([dl]) == [dl]
    assert "ConnectionError" in caplog.text
    assert SAID not in caplog.text and CARERS not in caplog.text


def test_our_own_reason_is_kept(caplog):
    caplog.set_level(logging.WARNING, logger="needtoknow")
    directory, _ = lists({"/v1.0/groups": (503, {"error": {"message": SAID}})})
    directory.expand([Addressee(CARERS, "to", "", "distributionList")])
    assert "GraphError (Graph answered 503)" in caplog.text and SAID not in caplog.text
