"""Issue 10, access codes by family rather than by phrase (round 3): a device described by the
parts a hand works (buttons, wheels, the pad), more names of devices, verbs of keying that are
also nouns ("then key 7305"), a number keyed into a device it names (even one that reads as a
year or a time), "opens on", a device's name glued to its code, "numbers"/"digits" linking back
to a device, an access label heading a whole cell, a value followed by where it is, labels
composed as forms compose them, verbs of getting in after the code, and more languages.
Every positive was missed before this round (commit fb0f872); every trap stays quiet (before,
"Please type 2019 into the year box" and "… parking permit 48213 …" did not)."""
import pytest

from needtoknow.inspect.recognizers.access_code import AccessCodeRecognizer
from needtoknow.inspect.unicode_clean import clean, skeleton

RECOGNIZER = AccessCodeRecognizer()


def codes(text):
    text = skeleton(clean(text))  # as scan() hands text to the recognizers
    return [r.recognition_metadata["normalized"] for r in RECOGNIZER.analyze(text, ["ACCESS_CODE"])]


@pytest.mark.parametrize("text, expected", [
    # the device described by its parts
    ("Buttons: 7305", ["7305"]), ("Push buttons 7305 then the knob", ["7305"]),
    ("Press the buttons 7305 and pull down", ["7305"]), ("Roll the wheels to 7305", ["7305"]),
    ("Numbers on the pad are 7305", ["7305"]), ("Wheels: B7305", ["B7305"]),
    # more names of devices
    ("Key vault 7305", ["7305"]), ("Keyvault: 7305", ["7305"]), ("Security box 7305", ["7305"]),
    ("Key locker: 7305", ["7305"]), ("Numpad 7305", ["7305"]),
    ("Touchpad: 7305", ["7305"]), ("Button lock 7305", ["7305"]),
    # verbs of keying, and "key" as a verb after a word that announces one
    ("Then key 7305 and pull the handle", ["7305"]), ("You need to key 7305", ["7305"]),
    ("Simply key 7305", ["7305"]), ("Input 7305 on the pad", ["7305"]),
    ("Push 7305 then open", ["7305"]), ("Hit 7305 and the door clicks", ["7305"]),
    # keyed into a device it names: a code, though it reads as a year or a time
    ("Punch 1987 into the keypad", ["1987"]), ("Key 2004 into the lockbox", ["2004"]),
    ("Enter 1999 on the door pad then turn", ["1999"]), ("Input 0915 on the key safe", ["0915"]),
    # what a device opens on or with is not a time
    ("The key safe opens on 0930", ["0930"]),
    # a device's name glued to its code, or joined by one dash or dot
    ("keysafe7305", ["7305"]), ("KS-7305", ["7305"]), ("KS.7305", ["7305"]),
    ("lockbox-7305", ["7305"]),
    # "numbers", "digits" link back to a device named earlier in the line
    ("Key safe is on the left of the porch and the numbers are 7305", ["7305"]),
    # a word that says whose a code is counts in its own clause only
    ("Key safe fitted - new code 7305", ["7305"]), ("Keysafe serviced, code 7305", ["7305"]),
    # a value opening its table cell, the rest of the cell saying where; another cell about access
    ("Client: Al | Access method: key safe | Details: 7305 by the back door", ["7305"]),
    ("Client: Al | Key safe (Y/N): Y | Details: 7305 - left of the porch", ["7305"]),
    ("Client: Al | Entry: keypad | Details: 7305 (reset after use)", ["7305"]),
    # an access label heading a cell (its column's header) or a line labels a code anywhere in it
    ("Client: Al | Access: Key safe round by the back door behind the big green bush on the left 7305",
     ["7305"]),
    ("Keys: in the lockbox that is fixed to the garage wall just behind the two green bins 7305",
     ["7305"]),
    # labels composed as forms compose them: what is got into, and what is said about it
    ("Key arrangements: 7305", ["7305"]), ("Entry to property: 7305", ["7305"]),
    ("Access to the property: 7305", ["7305"]), ("Entry arrangements: 7305", ["7305"]),
    ("Keys & security: 7305", ["7305"]),
    # symbols for a keypad; the keypad's C (clear) key pressed first
    ("🔢 7305", ["7305"]), ("⌨ 7305", ["7305"]), ("Press C, 7305, then the tick", ["7305"]),
    # a compound written as one word before "code" is about access as the phrase is
    ("Keyssafe code is 73 05", ["7305"]), ("Gatekeypad code 7305", ["7305"]),
    # verbs of getting in after the code
    ("7305 gets you in", ["7305"]), ("7305 lets you in at the back", ["7305"]),
    # more languages of the care workforce
    ("Allwedd yn y blwch, côd 7305", ["7305"]),  # Welsh
    ("Ufunguo uko kwenye kisanduku, namba 7305", ["7305"]),  # Swahili
    ("Kathavu 7305", ["7305"]),  # Tamil, romanised
    ("Chavi darvajo pase, 7305", ["7305"]),  # Gujarati, romanised
])
def test_family_finds(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize("text", [
    # parts of other things
    "Lift buttons 2 and 3 are broken since 2019", "Press the call button at 0930 for the nurse",
    "Incontinence pad 7305 size medium", "Order pads 12345 from the supplier",
    "Note pad 2019 diary", "Wheelchair wheels 1250 mm", "The wheels were replaced in 2019",
    "Buttons on her cardigan 1234", "Keys on the pad are worn, replaced 2021",
    "Number pad on the phone, extension 7305", "Pad 5 bed 1204",
    # verbs of keying about other things
    "Push the trolley to room 1204", "Hit 1000 steps by noon",
    "Input 2019 figures into the spreadsheet", "Please input the invoice 12345 into Sage",
    "Then key worker 7305 will call", "Then key ring 7305 from the shop",
    "Then key in your staff number 48213 on the app", "Push notifications 7305 sent",
    "Please type 2019 into the year box", "Please punch 2019 into the date field",
    "Enter the date 2019 in the box", "Put in 1200 for mileage", "Pop in 1500 for the float",
    "Roll to 1500 rpm", "Spin to 1200 on the washing machine",
    # numbers that are not codes near the new words
    "The numbers for 2019 were good", "The digits 2020 on the car plate",
    "Meeting on 1030 agenda", "The shop opens on Monday at 0900",
    "Key vault price 4599", "Key locker rental 1200 a year", "The keysafe2019 model",
    "Push button lock model 7305X", "Safe 1.2.3.4 firmware", "Version 4.8.2.1 of the app",
    "The gate opens with the fob on weekdays from 0800", "Drws 2019",
    # a clause of its own still says whose a code is; a cell's rest may say what the number is
    "SIM PIN 1234", "Work phone - SIM PIN 1234", "Absence code - 7305",
    "Client: Al | Access: key safe | Details: 7305 steps a day",
    "Client: Al | Access: key safe | Details: 7305 - invoice", "Client: Al | Access: key safe | Details: 1030 - lunch",
    "Client: Al | Access: key safe | Details: 7305 by 1200 please",
    # ... but not over what says the number is something else, nor for a time or a year
    "Access: ring the bell, the carer arrives 0930", "Access: ring bell, bus 1234 stops outside",
    "Access: via the side gate, flat 1204", "Client: Al | Key safe: fitted by Age UK, invoice 7305",
    "Client: Al | Key safe: on the wall next to the meter cupboard since 2019",
    "Client: Al | Notes: key safe round by the back door behind the bush on the left, invoice 7305",
    "Property: 7305 Main Street", "Door info: fitted 2019",
    # an access label heading its line: what the words after it say of a number still counts
    "Entry: via the main reception, visiting hours 1400 to 1600",
    "Keys: returned to the office, tag number 7305", "Access details: parking permit 48213 on the dash",
    "Access: 2 carers needed for the hoist, bed is 1900 mm long",
    "Access: ring the bell, ask for Ward 7, bed 7305", "Getting in: bus 1204 stops outside",
    "Key arrangements: collect from the office at 0930", "Built c 1920", "Type c 1500 words",
])
def test_family_traps(text):
    assert codes(text) == []
