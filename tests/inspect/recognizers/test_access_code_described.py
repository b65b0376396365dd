"""Codes told the way people tell them (round 11): a device described rather than named, a verb
whose subject is the device further back, a keyed sequence after the code, and the other
languages' words for "code". Every positive here was missed before this round; every trap beside
it must stay quiet."""
import pytest

from needtoknow.inspect.recognizers.access_code import AccessCodeRecognizer

RECOGNIZER = AccessCodeRecognizer()


def codes(text):
    return [r.recognition_metadata["normalized"] for r in RECOGNIZER.analyze(text, ["ACCESS_CODE"])]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a device described by what it is or where it hangs, not named
        ("The code for the thing on the wall is 4821", ["4821"]),
        ("Wall box 5930 then lift the flap", ["5930"]),
        ("Dial one by the bins is 7316", ["7316"]),
        ("Getting in: wall box 2468", ["2468"]),
        ("It's 3857 on the wall thing by the garage", ["3857"]),
        ("The alarm keypad is behind the coats, put 6402 in", ["6402"]),
        ("communal 7135#", ["7135"]),
        # a verb right before the code, its subject the device further back
        ("The grey box on the fence needs 6148, then pull it down", ["6148"]),
        ("The buttons at the side entrance want 2739 before you push", ["2739"]),
        ("The panel in the hallway takes 94 17 within a minute", ["9417"]),
        ("Her grandson changed the numbers on the little safe, new one is K4821", ["K4821"]),
        ("Mum's lock box by the step has been reset, it's 6093 now", ["6093"]),
        ("Dial box round the back, roll it to 3517 and pull", ["3517"]),
        # a device, where it is or what it looks like, then a mark
        ("grey box on the fence by the gate → 3816", ["3816"]),
        ("The box by the gas meter is 7294", ["7294"]),
        ("Entry: black box on the drainpipe, 5617", ["5617"]),
        ("Box stuck again - rang her son, he said it was 2741", ["2741"]),
        # a stop word before a verb of keying is not this number's
        ("buzz flat 2 or use 6148 on the front door", ["6148"]),
        # told in a later sentence or line than the one naming the device
        ("Spoke to the son about the key safe by the garage. It's 5180 and he'll change it in May", ["5180"]),
        ("> Is the key box code still the same?\n> no\n\nnew one is 6622", ["6622"]),
        ("The padlock on the shed was reset yesterday. New number 7345.", ["7345"]),
        ("I gave you the wrong door code yesterday. It should be 2846.", ["2846"]),
        ("Her lock box is on the fence. Use 9153 and pull the bottom.", ["9153"]),
        ("gate was changed by the landlord on Friday, now 7720", ["7720"]),
        ("Hi Sam, it's 3391 at the side gate", ["3391"]),
        # a place named by a short number of its own is not a stop ("Flat 12"); a house at "no."
        ("Door entry for Flat 12, Rowan Court: 5937", ["5937"]),
        ("Key box at no.14 = 3390", ["3390"]),
        ("The fitter put the key safe up at 9 Oak Road and set it to 6274", ["6274"]),
        ("The lockbox wouldn't open, the neighbour at no. 31 told me it's actually 7316", ["7316"]),
        # an aside, or a phone one is told by, says nothing of what the number is
        ("Alarm code (if set): 5912", ["5912"]),
        ("Key safe (fitted by the council): 7264", ["7264"]),
        ("my son did the new lock on his phone, the numbers are 3958", ["3958"]),
        ("Alarm: unset on arrival with 6317, set again when you leave", ["6317"]),
        ("If key safe, give code: 8246", ["8246"]),
        ("We kept changing the lock box so we have set it back to 4190", ["4190"]),
        ("The entry door downstairs is 5528", ["5528"]),
        ("Question | Key safe code | Answer: 6741", ["6741"]),
        # things and family owners; a key pressed first; "try"
        ("safe thing 6639", ["6639"]), ("Nan's silver thing is 2270, round the side", ["2270"]),
        ("mums lock is 8026", ["8026"]), ("Dads box → 1948", ["1948"]),
        ("press the key button then 7731 and wait for the beep", ["7731"]),
        ("5582 then the green tick", ["5582"]),
        ("If the lock box won't open try 6604 again slowly", ["6604"]),
        # a change told with "it's"; a dial turned; "correct", "top", "office" before a device or code word
        ("The gadget by the back door was reset by her son, it's 5124 now", ["5124"]),
        ("Shed padlock: turn the top dial to 8637 and pull the shackle", ["8637"]),
        ("The correct code is 2291", ["2291"]), ("The office safe combination is 6658", ["6658"]),
        ("flap box → 3074", ["3074"]),
        # an aside in a description; a place that opens on a code
        ("Safe in the cupboard (keys inside): 3961", ["3961"]),
        ("The side gate at Oak Court opens on 7248, the car gate is residents only", ["7248"]),
        # a device, where it is, then its code with no mark; the device under a place is where
        ("Subject: the lock box by the garage 7153", ["7153"]), ("box by back door 2694", ["2694"]),
        ("The spare key is in the key safe under the meter box, number 5471", ["5471"]),
        # a line naming the code over a blank line heads it; a clause of keying after a comma
        ("Gate code for Mrs Hall has changed\n\n6382\n\nplease delete", ["6382"]),
        ("The padlock won't open with the old number, use 2947 instead", ["2947"]),
        # a keyed sequence after the code
        ("Front buttons: 5271 then the tick", ["5271"]),
        ("Panel: 8304 followed by the arrow", ["8304"]),
        ("Door pad 66 19 then turn the handle down", ["6619"]),
        # keying: put, reset with
        ("The alarm went off at 3am, reset with 7591, all fine", ["7591"]),
        ("Put 4216 into the box by the door", ["4216"]),
        # a word for "code" opening its sentence reaches the code at its end
        ("Cod y drws ffrynt yn Stryd Fawr yw 3819", ["3819"]),
        ("O código da caixa da Sra. Silva mudou para 7702", ["7702"]),
        ("Kod do furtki przy garażu to teraz 5583", ["5583"]),
        # possessives and "new" in other languages; Arabic
        ("dorjar code 6294", ["6294"]), ("gate er code 1357", ["1357"]), ("nava code 8642", ["8642"]),
        ("رمز الباب 2580", ["2580"]),
        ("رمز صندوق المفاتيح: 9146", ["9146"]),
    ],
)
def test_described_codes_found(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the same verbs about what is not a code
        "Key safe fitted. The meeting was changed to 1430",
        "Key safe fitted. The invoice total is now 48213",
        "New address for the client: the house is now 18002 Station Road",
        "The panel needs a new battery, order 48213",
        # a time told with its day, a year with its installer; times and years in other languages
        "Key safe broken, the joiner's coming 0930 Monday",
        "His alarm panel was put in 1987 by the council",
        "Put in 1200 for mileage",
        "Gate 2130 vaje band ho janda",
        "A kapu 1800-kor záródik",
        "Sardar ji da keysafe 2008 vich lagaya si",
        "office ko 26912 extension pe call karo",
        # identifiers in other languages: an invoice's number, an order's
        "رقم فاتورة صندوق المفاتيح 16131",
        "رقم طلب صندوق المفاتيح 44389",
        "A kapu javítás alatt, hibajegy száma 12345",
        "Kulcsszéf számla: 82949",
        # quantities, a list or paper the number is on, a house's number
        "padlocks x 1200 in stock", "keysafe qty 2500 @ £30", "key safe entry 48213 on the register",
        "code 50332 on the glove order", "pin 4821 on the map", "the neighbour at no. 48213 has a spare key",
        # a door or gate named by its number, by what it does or has
        "door 19575 jammed again", "Door 4821 has a code lock but nobody gives it out",
        "Door 5512 = Mrs Khan", "Please park in gate 4821 car park",
        # a time before a comma and the next clause's device; a time after what happened
        "She's booked a taxi for 1430, the key box is being changed",
        "Key safe empty, son brought keys, arrived 0015",
        # told later, but something else: an invoice's, a visit's time, a year
        "Key safe fitted last week. It's 48213 on the invoice.",
        "The key safe visit is booked. It's 1430 on Tuesday.",
        "Key safe fitted. Yes, 2019 was a good year.",
        "odometer 23138 at start of the keysafe run",
        # a serial, a timesheet, a cohort, an odometer near an access word
        "Keysafe serial numbers noted for 4 clients, e.g. 55120",
        "Timesheet 48213 attached for the key safe run",
        "Key safe training, 2021 cohort",
        "Odo 48213 leaving the office, key safe run",
        # an entry in a register; an arrival's time
        "Fobs are signed out from the office, fob register entry 4829",
        "Key safe visit: on arrival 0930",
        # a time at a door or gate is when; a PIN beside a phone or a card is theirs
        "meet you at the gate 1430", "at the door now 0915",
        "new SIM for dads phone, PIN 4821",
        "Entry: 1215 start, 45 min",
        # mileage beside a key safe; a page turned to a time
        "key safe done, mileage 48213", "Meeting moved, turn the page to 1430",
        # a maker's model; a shop's opening time
        "The door entry system at the scheme is a Videx 48213, due an upgrade",
        "The shop opens on 1430",
        # where a device is, then a year (a time there may be its code, as after "key safe"); buttons on a cardigan
        "the box by the bins 1987", "Buttons on her cardigan 5512",
        # a time under a long heading that names a code
        "The meeting about the key safe code has moved\n\n1430\n\nthanks",
        # whose code: the dress code's
        "Dress code: tunic 4821",
        # "the tick" and "the arrow" are pressed after a code, they label nothing after them
        "Tick 4821 on the form",
        "Alarm engineer came 0615, reset everything, invoice 16506 to follow",
    ],
)
def test_described_traps_stay_quiet(text):
    assert codes(text) == []
