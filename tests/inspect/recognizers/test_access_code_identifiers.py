"""Ordinary numbers an office writes beside access words are not codes: the identifiers of kit,
jobs and requests ("Alarm pendant S/N 48213", "client number 48213 - key safe"), when something
happened ("Door alarm triggered 0245", "Keys returned to key safe 0900"), places named by their
number ("Park near gate 65331", "Door 18611 on level 2"), sizes, prices, models, standards and
makers ("The gate is 1800 high", "Key safe approved to LPS 1175"), "code" meaning something else
("Postcode 18611 for the key safe fitter"), and a number before a phrase that names something
else ("1300 key safe visit"). Every trap here fired before this branch; the codes beside such
words still count."""
import pytest

from needtoknow.inspect.recognizers.access_code import AccessCodeRecognizer
from needtoknow.inspect.unicode_clean import clean, skeleton

RECOGNIZER = AccessCodeRecognizer()


def codes(text):
    text = skeleton(clean(text))  # as scan() hands text to the recognizers
    return [r.recognition_metadata["normalized"] for r in RECOGNIZER.analyze(text, ["ACCESS_CODE"])]


TRAPS = [  # (class, text)
    ("identifier", "Key safe asset tag 48213 on the underside"),
    ("identifier", "Alarm pendant S/N 52093"),
    ("identifier", "Alarm pendant SN 96138 needs returning"),
    ("identifier", "Door entry handset P/N 38245"),
    ("identifier", "Key safe fitting - WO 83490"),
    ("identifier", "The alarm pendant number is 88129 on the back"),
    ("identifier", "Client number 52544 - key safe"),
    ("identifier", "Housing repair number 5254: communal door entry broken"),
    ("identifier", "Alarm hub device 17239"),
    ("identifier", "Key safe battery 93354 type"),
    ("identifier", "Keysafe referral 72471 sent to the council"),
    ("identifier", "Key safe installation 96138 booked for Friday"),
    ("identifier", "Door code change request 72395"),
    ("identifier", "Door entry panel firmware 85186"),
    ("identifier", "Apartment 19152, door on the left"),
    ("identifier", "Key safe audit 94671 completed"),
    ("identifier", "Key safe label 53036 peeled off"),
    ("code meaning something else", "Postcode 18611 for the key safe fitter"),
    ("code meaning something else", "The sort code for the key safe refund is 52544"),
    ("identifier", "Complaint 54516: gate left open"),
    ("numbered place", "Park near gate 65331 and walk to ward 5"),
    ("numbered place", "Go to entrance 32750 at the hospital"),
    ("numbered place", "Door 18611 on level 2 by the lift"),
    ("numbered place", "Door 14399, second floor"),
    ("numbered place", "Gate 68984 at the hospital is the nearest"),
    ("numbered place", "The ward door 87069 is locked at night"),
    ("numbered place", "Door 77912 is the sluice"),
    ("event time", "Door alarm triggered 1515 again"),
    ("event time", "Lifeline alarm raised 0715, ambulance called"),
    ("event time", "The pendant alarm was pressed 0915 this morning"),
    ("event time", "Alarm sounded 0845 for ten minutes"),
    ("event time", "Alarm reset 1130 by the engineer"),
    ("event time", "Key safe collected 1400 today"),
    ("event time", "Keys returned to key safe 0900"),
    ("event time", "Keys were returned to the key safe 0715"),
    ("event time", "Door entry buzzed 0745, nobody there"),
    ("event time", "Carer let herself in 1745"),
    ("event time", "Keysafe accessed 1815 by district nurse"),
    ("event time", "Back door alarm tripped 1315"),
    ("event time", "Alarm went off 1530 and woke the neighbours"),
    ("event time", "Night carer arrived 1415, key safe was empty"),
    ("event time", "Key safe delivered 1230"),
    ("event time", "Carer due 1530, gate will be open"),
    ("size, price, model, maker", "The gate is 1800 high"),
    ("size, price, model, maker", "The door keypad needs 45390 mAh batteries"),
    ("size, price, model, maker", "Gate keypad 9168 ex VAT"),
    ("size, price, model, maker", "Key safe C36135 Pro"),
    ("size, price, model, maker", "Key safe approved to LPS 1175 SR1"),
    ("size, price, model, maker", "Key safe to BS 8607"),
    ("size, price, model, maker", "Yale 66723 key safe"),
    ("named after the phrase", "1300 key safe visit"),
    ("named after the phrase", "73393 key safe order"),
]


@pytest.mark.parametrize("kind, text", TRAPS)
def test_ordinary_numbers_are_not_codes(kind, text):
    assert codes(text) == [], kind


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
    ("Key safe by front door 1215", ["1215"]),
    ("Door code reset: 1215", ["1215"]),
    ("Near the gate, key safe 1215", ["1215"]),
    ("Key safe next to the alarm sensor, 7305", ["7305"]),
    ("Keysafe by the smoke detector 1215", ["1215"]),
    ("Back door 7305 is the new code", ["7305"]),
    ("Main entrance 7305 then flat 4 on the second floor", ["7305"]),
    ("Gate 7305 at the back", ["7305"]),
    ("Key safe code updated: 1215", ["1215"]),
    ("Key safe number 7305", ["7305"]),
    ("Door code 7305 (changed today)", ["7305"]),
    ("Carer let herself in with 1215 on the keypad", ["1215"]),
    ("7305 (key safe)", ["7305"]),
])
def test_codes_beside_such_numbers_still_count(text, expected):
    assert sorted(set(codes(text))) == expected
