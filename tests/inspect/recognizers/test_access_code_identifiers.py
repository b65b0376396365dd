"""Ordinary numbers an office writes beside access words are not codes: the identifiers of kit,
jobs and requests ("Alarm pendant S/N 48213", "client number 48213 - key safe"), when something
happened ("Door alarm triggered 0245", "Keys returned to key safe 0900"), sizes, prices, models,
standards and makers ("The gate is 1800 high", "Key safe approved to LPS 1175"), and a number
before a phrase that names something else ("1300 key safe visit"). Every trap here fired before
this commit; the codes beside such words still count."""
import pytest

from needtoknow.inspect.recognizers.access_code import AccessCodeRecognizer
from needtoknow.inspect.unicode_clean import clean, skeleton

RECOGNIZER = AccessCodeRecognizer()


def codes(text):
    text = skeleton(clean(text))  # as scan() hands text to the recognizers
    return [r.recognition_metadata["normalized"] for r in RECOGNIZER.analyze(text, ["ACCESS_CODE"])]


@pytest.mark.parametrize("text", [
    "Key safe asset tag 48213 on the underside",
    "Alarm pendant S/N 52093",
    "Alarm pendant SN 96138 needs returning",
    "Door entry handset P/N 38245",
    "Key safe fitting - WO 83490",
    "The alarm pendant number is 88129 on the back",
    "Client number 52544 - key safe",
    "Housing repair number 5254: communal door entry broken",
    "Alarm hub device 17239",
    "Key safe battery 93354 type",
    "Keysafe referral 72471 sent to the council",
    "Key safe installation 96138 booked for Friday",
    "Door code change request 72395",
    "Door entry panel firmware 85186",
    "Apartment 19152, door on the left",
])
def test_identifiers_are_not_codes(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", [
    "Door alarm triggered 1515 again",
    "Lifeline alarm raised 0715, ambulance called",
    "The pendant alarm was pressed 0915 this morning",
    "Alarm sounded 0845 for ten minutes",
    "Alarm reset 1130 by the engineer",
    "Key safe collected 1400 today",
    "Keys returned to key safe 0900",
    "Keys were returned to the key safe 0715",
    "Door entry buzzed 0745, nobody there",
    "Carer let herself in 1745",
])
def test_when_something_happened_is_not_a_code(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", [
    "The gate is 1800 high",
    "Gate keypad 9168 ex VAT",
    "Key safe C36135 Pro",
    "Key safe approved to LPS 1175 SR1",
    "Key safe to BS 8607",
    "Yale 66723 key safe",
])
def test_sizes_prices_models_standards_and_makers_are_not_codes(text):
    assert codes(text) == []


@pytest.mark.parametrize("text", [
    "1300 key safe visit",
    "73393 key safe order",
])
def test_a_phrase_naming_something_else_after_a_number_is_not_its_label(text):
    assert codes(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Alarm panel code 7305", ["7305"]),
    ("Pendant on the table. Key safe 7305", ["7305"]),
    ("Key safe serial is on the lid; code 7305", ["7305"]),
    ("Client number 4821: key safe 7305", ["7305"]),
    ("Keys returned to the key safe, code 0930", ["0930"]),
    ("Alarm triggered? Disarm with 1215", ["1215"]),
    ("Key safe opened with 1215", ["1215"]),
    ("Press 1215 again if the keypad beeps", ["1215"]),
    ("Apartment 12, entry code 7305", ["7305"]),
    ("Key safe (Yale), code 7305", ["7305"]),
    ("Key safe on the left 1215", ["1215"]),
    ("Key safe number 7305", ["7305"]),
    ("Door code 7305 (changed today)", ["7305"]),
    ("Carer let herself in with 1215 on the keypad", ["1215"]),
    ("7305 (key safe)", ["7305"]),
])
def test_codes_beside_such_numbers_still_count(text, expected):
    assert sorted(set(codes(text))) == expected
