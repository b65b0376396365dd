"""The card-schema test follows Google's published schema (issue 14, point 8): cards are checked
against the Card v1 types of Google's discovery document, and the hand-written vocabulary in
gmail_card_schema may only name what Google's schema has."""
import pytest
from gmail_card_schema import SCHEMA, validate
from google_card_schema import CARD, DOCUMENT, SCHEMAS, problems

from needtoknow.gmail import draft_update
from needtoknow.gmail.event import Event

OURS_TO_GOOGLES = {
    "card": "Card", "cardHeader": "CardHeader", "section": "Section", "widget": "Widget",
    "textParagraph": "TextParagraph", "decoratedText": "DecoratedText", "buttonList": "ButtonList",
    "button": "Button", "onClick": "OnClick", "cardCallback": "Action", "openLink": "OpenLink",
    "textInput": "TextInput", "image": "Image", "icon": "Icon", "fixedFooter": "CardFixedFooter",
    "cardAction": "CardAction", "parameter": "ActionParameter", "divider": "Divider",
}


def test_the_schema_is_googles_published_document():
    assert DOCUMENT["name"] == "chat" and DOCUMENT["revision"].isdigit()
    assert CARD in SCHEMAS and "sections" in SCHEMAS[CARD]["properties"]


@pytest.mark.parametrize("ours, googles", sorted(OURS_TO_GOOGLES.items()))
def test_our_vocabulary_is_within_googles(ours, googles):
    published = SCHEMAS[f"GoogleAppsCardV1{googles}"]["properties"]
    assert set(SCHEMA[ours]["props"]) <= set(published)


@pytest.mark.parametrize("card, problem", [
    ({"sections": [{"widgets": [{"textParagraph": {"text": "x"}}]}]}, None),
    ({"sections": [{"widgets": [{"textParagraph": {"text": "x", "colour": "red"}}]}]}, "'colour' is not in Google's schema"),
    ({"sections": [], "displayStyle": "POPUP"}, "'POPUP' is not one of Google's"),
    ({"sections": [{"collapsible": "yes", "widgets": []}]}, "expected boolean"),
])
def test_googles_schema_catches_what_google_would_refuse(card, problem):
    found = problems(card)
    assert (found == []) if problem is None else any(problem in p for p in found), found
    if problem:
        assert validate(card, "card") != []


def test_cc_and_bcc_updates_use_the_apis_json_names():
    """google-apis-cloudsearch_v1 UpdateCcRecipients: "Corresponds to the JSON property
    ccRecipients" (UpdateBccRecipients: bccRecipients), as toRecipients."""
    event = Event(to=("a@x.example",), cc=("b@x.example",), bcc=("c@x.example",), has_recipients=True)
    markup = draft_update.remove(event, ["a@x.example", "b@x.example", "c@x.example"])
    assert markup == {"updateToRecipients": {"toRecipients": []}, "updateCcRecipients": {"ccRecipients": []},
                      "updateBccRecipients": {"bccRecipients": []}}
