"""Issue 10, "Missed access codes" and its trap side: each class the red team found, as data.
Every positive here was missed by the recognizer before issue 10; every trap must stay quiet."""
import pytest

from needtoknow.inspect.recognizers.access_code import AccessCodeRecognizer

RECOGNIZER = AccessCodeRecognizer()


def codes(text):
    return [r.recognition_metadata["normalized"] for r in RECOGNIZER.analyze(text, ["ACCESS_CODE"])]


@pytest.mark.parametrize(
    "text, expected",
    [
        # one slip in a label word of five letters or more
        ("keysaf 4821", ["4821"]), ("keysaef: 4821", ["4821"]), ("kye safe 4821", ["4821"]),
        ("keyssafe 4821", ["4821"]), ("key sfae code 4821", ["4821"]), ("lokcbox 4821", ["4821"]),
        ("padlok 4821", ["4821"]), ("key-saf: 4821", ["4821"]),
        # KS glued to the digits
        ("KS4821", ["4821"]), ("ks48 21", ["4821"]), ("K/S4821", ["4821"]),
        # letters and digits after a label
        ("Key safe: 4821A", ["4821A"]), ("door code B4821", ["B4821"]),
        # two groups
        ("Key safe 48 21", ["4821"]), ("key safe code 48-21", ["4821"]),
        # access sentences without "code" beside the number
        ("the code to get in is 4821", ["4821"]), ("to get in use 4821", ["4821"]),
        ("The number to get in is 4821", ["4821"]), ("door entry 4821", ["4821"]),
        ("Let yourself in with 4821 on the keypad", ["4821"]),
        ("Punch 4821 into the keypad", ["4821"]),
        # codes in words
        ("key safe code four eight two one", ["4821"]),
        ("Key safe: four-eight-two-one", ["4821"]),
        # several codes in one cell
        ("Key safe: 4821 / 1357", ["4821", "1357"]), ("Key safe: 4821, 1357", ["4821", "1357"]),
        # objects described, symbols, another language
        ("Box by the back door opens with 4821", ["4821"]), ("\U0001f510 4821", ["4821"]),
        ("Kod do drzwi: 4821", ["4821"]), ("Keysafe=4821", ["4821"]),
        ("1744 (lock box)", ["1744"]),
    ],
)
def test_classes_found(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The back door was replaced in 2019", "door 2019", "Gate opens 0800",
        "SIM PIN 4821", "Bank card PIN is 4821", "Mum's debit card pin 4821",
        "Product code 48213", "Send it to PO Box 1234", "Key safe order #4821",
        "Tax code 1257L", "Sort code 20-00-00", "Call ext 4821", "Room 4821",
        "Flat 12, key safe fitted 2019", "KS2 reading group 2024", "The 1234 bus by the gate",
        "key sale 2024: 40% off", "Alarm went off at 0730", "Key safe price £4821",
        "Key safe 2019 model", "1230 lunch call - key safe",
    ],
)
def test_traps_stay_quiet(text):
    assert codes(text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # A possessive particle between the owner and "code" (Hindi/Urdu, Nepali, Punjabi):
        # the owner says whose code it is, as "door" does in "door code".
        ("Darwaze ka code 4821 hai", ["4821"]),
        ("Dhoka ko code 2747Y", ["2747Y"]),
        ("Buha da code 1357", ["1357"]),
        ("Training ka code 4821", []),  # the owner is no door
        ("ka code 4821", []),
        # Right-pointing arrows and pointers announce a label's value like a colon.
        ("Keys \U0001f449 C4821", ["C4821"]),
        ("Access \u27a4 4821", ["4821"]),
        ("Visit \U0001f449 0930", []),
    ],
)
def test_possessives_and_pointers(text, expected):
    found = [r.recognition_metadata["normalized"] for r in AccessCodeRecognizer().analyze(text)]
    assert found == expected
