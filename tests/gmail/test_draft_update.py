"""The draft fixes: exact update-draft markup, only for the lists that change."""
from gmail_card_schema import validate

from needtoknow.directory.recipients import Recipient
from needtoknow.gmail import draft_update, widgets
from needtoknow.gmail.event import Event

EVENT = Event(to=("office@agency.example", "rel.a@mailbox.example"),
              cc=("rel.b@mailbox.example", "carers@agency.example"), bcc=("gp@nhs.example",),
              has_recipients=True)


def test_remove_rewrites_only_the_lists_that_change():
    response = widgets.update_draft(draft_update.remove(EVENT, ["REL.A@mailbox.example",
                                                                "carers@agency.example"]))
    assert response == {"renderActions": {"hostAppAction": {"gmailAction": {"updateDraftActionMarkup": {
        "updateToRecipients": {"toRecipients": [{"email": "office@agency.example"}]},
        "updateCcRecipients": {"ccRecipients": [{"email": "rel.b@mailbox.example"}]},
    }}}}}
    assert validate(response, "actionResponse") == []


def test_remove_can_empty_a_list():
    assert draft_update.remove(EVENT, ["gp@nhs.example"]) == {"updateBccRecipients": {"bccRecipients": []}}


def test_removing_what_is_not_there_changes_nothing():
    assert draft_update.remove(EVENT, ["nobody@x.example"]) is None


def test_move_to_bcc():
    markup = draft_update.move_to_bcc(EVENT, ["rel.a@mailbox.example", "rel.b@mailbox.example"])
    assert markup == {
        "updateToRecipients": {"toRecipients": [{"email": "office@agency.example"}]},
        "updateCcRecipients": {"ccRecipients": [{"email": "carers@agency.example"}]},
        "updateBccRecipients": {"bccRecipients": [{"email": "gp@nhs.example"},
                                                  {"email": "rel.a@mailbox.example"},
                                                  {"email": "rel.b@mailbox.example"}]},
    }
    assert draft_update.move_to_bcc(EVENT, ["gp@nhs.example"]) is None


def test_flagged_members_of_a_group_point_at_the_group():
    recipients = (Recipient("w9@mailbox.example", "cc", "care_worker", True, True,
                            expanded_from="carers@agency.example"),)
    presented = {"reasons": [
        {"rule": "lookalike-recipient", "recipients": ["w9@mailbox.example"]},
        {"rule": "unknown-recipient", "recipients": ["not.in.draft@x.example"]},
        {"rule": "exposed-recipients", "recipients": ["rel.a@mailbox.example", "gp@nhs.example"]},
        {"rule": "access-code", "recipients": []}]}
    assert draft_update.removable(presented, recipients, EVENT) == ("carers@agency.example",)
    assert draft_update.exposed(presented, recipients, EVENT) == ("rel.a@mailbox.example",)


def test_split():
    assert draft_update.split(" A@x.example, ,b@y.example ") == ("a@x.example", "b@y.example")
    assert draft_update.split(None) == ()
