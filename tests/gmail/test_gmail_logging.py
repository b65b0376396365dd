"""What the add-on logs when Google fails: the error's type and status, never an address or the
API's text (docs/operations.md: no address in logs)."""
import logging

from gmail_fakes import error
from test_groups import KNOWN, expander

from needtoknow.check import Addressee


def test_a_group_that_cannot_be_expanded_is_logged_without_its_address(caplog):
    caplog.set_level(logging.WARNING, logger="needtoknow")
    groups, _ = expander([error(403, "forbidden", "Joan Smith's family list is private")])
    groups.expand([Addressee("smith.family@agency.example", "to")], KNOWN.__contains__)
    assert "HttpError, status 403" in caplog.text
    assert "smith.family" not in caplog.text and "Joan" not in caplog.text
