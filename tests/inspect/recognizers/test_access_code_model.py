"""Issue 10, access codes as a model (access_vocabulary.py, access_languages.py): composed device
phrases, label marks, specific phrases that reach further, a table row's other cells, years only
as plain digits, and the languages of the care workforce. Every positive here was missed before
this model (commit a9357fb); every trap stays quiet."""
import pytest

from needtoknow.inspect.recognizers.access_code import AccessCodeRecognizer
from needtoknow.inspect.unicode_clean import clean, skeleton

RECOGNIZER = AccessCodeRecognizer()


def codes(text):
    text = skeleton(clean(text))  # as scan() hands text to the recognizers
    return [r.recognition_metadata["normalized"] for r in RECOGNIZER.analyze(text, ["ACCESS_CODE"])]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a place or qualifier and a device head
        ("Entry panel takes 4821", ["4821"]), ("Entry panel takes four eight two one", ["4821"]),
        # label marks announce a value
        ("Entry → 4821", ["4821"]), ("Access = 4821", ["4821"]), ("Keys > 4821", ["4821"]),
        ("Entry → C4821", ["C4821"]), ("Entry → 48-21", ["4821"]),
        # a specific phrase reaches further in its sentence
        ("Keys are kept in the lock box round by the garage wall, 4821", ["4821"]),
        # a year only as plain digits, and not when a label mark announces it
        ("Gate: 2019", ["2019"]), ("Entry → 1987", ["1987"]), ("Safe by the shed - 20 19", ["2019"]),
        # a phrase after the code, with only filler words between
        ("1459 is the keysafe", ["1459"]),
        # a value alone in its cell, another cell of its row about access
        ("Name: Al | Entry: keypad | Number: 4821", ["4821"]),
        ("Client: Bo | Keysafe?: yes | Combination: 4821", ["4821"]),
        # the languages of the care workforce
        ("Szyfr do furtki 4821", ["4821"]),  # Polish
        ("Cheia e în cutie, 4821", ["4821"]),  # Romanian
        ("Clave del portal 4821", ["4821"]),  # Spanish
        ("Citofono 4821", ["4821"]),  # Italian
        ("Digicode 4821", ["4821"]),  # French
        ("Kapukód 4821", ["4821"]),  # Hungarian
        ("Kód ke schránce 4821", ["4821"]),  # Czech
        ("Chaabi ka dabba 4821", ["4821"]),  # Hindi/Urdu, romanised
        ("Thakkol petti 4821", ["4821"]),  # Malayalam, romanised
        ("Safoa adaka 4821", ["4821"]),  # Twi
        ("Makiyi ari mubhokisi 4821", ["4821"]),  # Shona
        ("Kokoro ilekun 4821", ["4821"]),  # Yoruba
        ("Igodo 4821", ["4821"]),  # Igbo
        ("Ключът е в кутията 4821", ["4821"]),  # Bulgarian
        # a weak phrase after a noun hands over to a phrase further back
        ("Code for the grey safe under the stairs is 4821", ["4821"]),
        ("The keypad by the side door opens on 48 21", ["4821"]),
    ],
)
def test_model_finds(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Box 4821 of the archive", "Crate 12, box 4821 of 9000",  # a count, an index
        "Client: Jo | Keysafe: yes | Client no: 48213",  # its own label says what it is
        "Name: Al | Entry: keypad | Start: 0730", "Name: Al | Entry: keypad | Notes: 4821",
        "Name: Al | Entry: keypad | Number: 1930",  # a row's context is weak: no times or years
        "Combination of 1500 mg paracetamol", "The box contains 1000 gloves",
        "Our alarm monitoring contract number is 48213", "House number 1234",
        "Key safe installed by Age UK last week, they quoted 4500 for the job",
        "The lock box was fitted in the porch by Dave in March 2021",
        "Keysafe fitted by our handyman on the wall near the garage 2019",
        "The key safe is broken, please tell the office, Mrs Hale will pay 2500",
        "Door 2019 catalogue", "Gate 2019 refurbishment", "Codul postal 123456",
        "Portal login ID 48213", "Staff entrance: use your ID badge 4821",
        # a number after another noun is that noun's (after the BLIND part's first run)
        "Visitor entrance pass 5521", "Gate system upgrade 2019", "Sickness code 4821 on the rota",
        "Locker key number 4821", "PO box number 4821", "Car space 4821 by the gate",
    ],
)
def test_model_traps_stay_quiet(text):
    assert codes(text) == []
