"""A structural check of add-on responses against the card JSON Google documents for HTTP add-ons
("Build a Google Workspace add-on using HTTP endpoints", its card, render-action, host-app-action
and Gmail action-markup schemas). Stricter than Google's: an unknown key is an error, so a typo
can't slip through. Only the parts of the card framework this project uses are described.

Every card is also checked against Google's published Card v1 schema (google_card_schema: the
discovery document google-api-python-client ships), so this file can't drift from Google's.

The Gmail draft-update markup is not in any discovery document installed here. Its Cc/Bcc keys:
the sample JSON on Google's "Build a Google Workspace add-on using HTTP endpoints" page spells the
inner keys `CcRecipients`/`BccRecipients` (but `toRecipients`); Google's API discovery for the same
messages (the generated clients, e.g. google-apis-cloudsearch_v1 `UpdateCcRecipients#cc_recipients`:
"Corresponds to the JSON property ccRecipients") and the proto field names `cc_recipients` /
`bcc_recipients` give `ccRecipients`/`bccRecipients`. Proto JSON accepts the lowerCamel and the
original field name, not `CcRecipients`, and rejects unknown fields, so emitting both spellings
could fail the whole response: the add-on emits, and this schema allows, the API's names only
(docs/gmail.md, "Draft updates").
"""
import re

import google_card_schema

S, B, N = str, bool, (int, float)
ONE_OF = "one_of"
# Formatting Google renders in card text; anything else would show as literal markup.
TAGS = re.compile(r"</?([a-zA-Z]+)[^>]*>")
ALLOWED_TAGS = {"b", "i", "u", "s", "font", "a", "br", "strike"}


def enum(*values):
    return ("enum", values)


SCHEMA = {
    "triggerResponse": {"props": {"action": "action", "hostAppAction": "hostAppAction"}},
    "actionResponse": {"required": ["renderActions"],
                       "props": {"renderActions": "triggerResponse", "stateChanged": B}},
    "action": {"props": {"navigations": ["navigation"], "notification": "notification",
                         "link": "openLink"}},
    "notification": {"required": ["text"], "props": {"text": S}},
    "navigation": {ONE_OF: True, "props": {"pushCard": "card", "updateCard": "card", "pop": B,
                                           "popToRoot": B, "popToCard": S}},
    "card": {"required": ["sections"], "props": {
        "header": "cardHeader", "sections": ["section"], "name": S, "fixedFooter": "fixedFooter",
        "peekCardHeader": "cardHeader", "cardActions": ["cardAction"],
        "displayStyle": enum("DISPLAY_STYLE_UNSPECIFIED", "PEEK", "REPLACE")}},
    "cardHeader": {"required": ["title"], "props": {
        "title": S, "subtitle": S, "imageUrl": S, "imageType": enum("SQUARE", "CIRCLE"),
        "imageAltText": S}},
    "cardAction": {"required": ["actionLabel", "onClick"], "props": {"actionLabel": S, "onClick": "onClick"}},
    "fixedFooter": {"props": {"primaryButton": "button", "secondaryButton": "button"}},
    "section": {"required": ["widgets"], "props": {
        "header": S, "collapsible": B, "uncollapsibleWidgetsCount": int, "widgets": ["widget"]}},
    "widget": {ONE_OF: True, "props": {
        "textParagraph": "textParagraph", "decoratedText": "decoratedText", "buttonList": "buttonList",
        "textInput": "textInput", "divider": "divider", "image": "image",
        "selectionInput": "selectionInput"}},
    "textParagraph": {"required": ["text"], "props": {"text": S}},
    "divider": {"props": {}},
    "image": {"required": ["imageUrl"], "props": {"imageUrl": S, "altText": S, "onClick": "onClick"}},
    "decoratedText": {"required": ["text"], "props": {
        "text": S, "topLabel": S, "bottomLabel": S, "wrapText": B, "button": "button",
        "onClick": "onClick", "icon": "icon"}},
    "icon": {"props": {"knownIcon": S, "iconUrl": S, "altText": S}},
    "buttonList": {"required": ["buttons"], "props": {"buttons": ["button"]}},
    "button": {"required": ["text", "onClick"], "props": {
        "text": S, "onClick": "onClick", "disabled": B, "icon": "icon", "color": "color", "altText": S}},
    "color": {"required": ["red", "green", "blue"], "props": {"red": N, "green": N, "blue": N, "alpha": N}},
    "onClick": {ONE_OF: True, "props": {"action": "cardCallback", "openLink": "openLink",
                                        "openDynamicLinkAction": "cardCallback", "card": "card"}},
    "cardCallback": {"required": ["function"], "props": {
        "function": S, "parameters": ["parameter"], "loadIndicator": enum("SPINNER", "NONE"),
        "persistValues": B}},
    "parameter": {"required": ["key", "value"], "props": {"key": S, "value": S}},
    "openLink": {"required": ["url"], "props": {
        "url": S, "openAs": enum("FULL_SIZE", "OVERLAY"), "onClose": enum("NOTHING", "RELOAD")}},
    "textInput": {"required": ["name"], "props": {
        "name": S, "label": S, "hintText": S, "value": S, "type": enum("SINGLE_LINE", "MULTIPLE_LINE")}},
    "selectionInput": {"required": ["name"], "props": {
        "name": S, "label": S, "type": enum("CHECK_BOX", "RADIO_BUTTON", "SWITCH", "DROPDOWN",
                                            "MULTI_SELECT"),
        "items": ["selectionItem"], "onChangeAction": "cardCallback"}},
    "selectionItem": {"required": ["text", "value"], "props": {
        "text": S, "value": S, "selected": B, "bottomText": S}},
    "hostAppAction": {"props": {"gmailAction": "gmailAction"}},
    "gmailAction": {ONE_OF: True, "props": {"updateDraftActionMarkup": "updateDraftActionMarkup"}},
    "updateDraftActionMarkup": {"props": {
        "updateToRecipients": "updateToRecipients", "updateCcRecipients": "updateCcRecipients",
        "updateBccRecipients": "updateBccRecipients", "updateSubject": "updateSubject"}},
    "updateToRecipients": {"required": ["toRecipients"], "props": {"toRecipients": ["recipient"]}},
    "updateCcRecipients": {"required": ["ccRecipients"], "props": {"ccRecipients": ["recipient"]}},
    "updateBccRecipients": {"required": ["bccRecipients"], "props": {"bccRecipients": ["recipient"]}},
    "updateSubject": {"required": ["subject"], "props": {"subject": S}},
    "recipient": {"required": ["email"], "props": {"email": S}},
}
TEXT_FIELDS = {"text", "topLabel", "bottomLabel"}


def validate(value, kind, path="$"):
    """A list of problems (empty when `value` is a valid `kind`)."""
    if isinstance(kind, list):
        if not isinstance(value, list):
            return [f"{path}: expected a list"]
        return [p for i, item in enumerate(value) for p in validate(item, kind[0], f"{path}[{i}]")]
    if isinstance(kind, tuple) and kind[0] == "enum":
        return [] if value in kind[1] else [f"{path}: {value!r} is not one of {kind[1]}"]
    if not isinstance(kind, str):
        ok = isinstance(value, kind) and not (kind is not B and isinstance(value, bool))
        return [] if ok else [f"{path}: expected {kind}"]
    found = _object(value, SCHEMA[kind], kind, path)
    if kind == "card":  # and as Google publishes it
        found += google_card_schema.problems(value, google_card_schema.CARD, path)
    return found


def _object(value, spec, kind, path):
    if not isinstance(value, dict):
        return [f"{path}: a {kind} must be an object"]
    problems = [f"{path}: unknown key {k!r} in {kind}" for k in value if k not in spec["props"]]
    problems += [f"{path}: {kind} needs {k!r}" for k in spec.get("required", ()) if k not in value]
    if spec.get(ONE_OF) and len(value) != 1:
        problems.append(f"{path}: a {kind} holds exactly one of {sorted(spec['props'])}")
    for key, item in value.items():
        if key in spec["props"]:
            problems += validate(item, spec["props"][key], f"{path}.{key}")
            if key in TEXT_FIELDS and isinstance(item, str):
                problems += [f"{path}.{key}: <{t}> is not card formatting"
                             for t in TAGS.findall(item) if t.lower() not in ALLOWED_TAGS]
    return problems


def callbacks(value):
    """Every action function URL in a response."""
    if isinstance(value, dict):
        found = [value["function"]] if isinstance(value.get("function"), str) else []
        return found + [f for v in value.values() for f in callbacks(v)]
    if isinstance(value, list):
        return [f for v in value for f in callbacks(v)]
    return []
