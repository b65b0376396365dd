"""Normalisation before any recognizer (issue 10, "Evasion"): each class failed on the engine
before unicode_clean — invisible characters between digits, full-width forms, look-alike letters."""
import pytest

from needtoknow.inspect.directory_match import ClientIndex, ClientRecord
from needtoknow.inspect.document import TextPart
from needtoknow.inspect.scan import scan
from needtoknow.inspect.unicode_clean import clean, skeleton

INDEX = ClientIndex.build([ClientRecord("c1", "Joan Sutton", "01622 334455", "4 Mill Lane, Hoo")])

# Default_Ignorable code points (UAX #44) the red team put between the digits of a code.
IGNORABLE = ["\u2061", "\u2062", "\u2063", "\u2064", "\u034f", "\u180e", "\ufe0f", "\u200e",
             "\u200f", "\u202a", "\u2066", "\U000e0020", "\u3164", "\u061c", "\u200b", "\u00ad",
             "\u2060", "\u115f", "\ufeff", "\U0001d173"]  # fmt: skip


def codes(text):
    return scan([TextPart("body", text)], INDEX).masked_codes


@pytest.mark.parametrize("char", IGNORABLE, ids=lambda c: f"U+{ord(c):04X}")
def test_an_invisible_character_inside_a_code_does_not_hide_it(char):
    assert codes(f"key safe code is 48{char}21") == ("48**",)


@pytest.mark.parametrize("char", IGNORABLE, ids=lambda c: f"U+{ord(c):04X}")
def test_an_invisible_character_inside_a_label_does_not_hide_it(char):
    assert codes(f"key{char} s{char}afe: 4821") == ("48**",)


@pytest.mark.parametrize(
    "text",
    [
        "ｋｅｙ ｓａｆｅ ｃｏｄｅ ４８２１",  # full-width letters and digits
        "key safe code ４８２１",
        "key safe code ⁴⁸²¹",  # superscripts
        "key safe code ④⑧②①",  # circled digits
        "ＫＥＹＳＡＦＥ: 4821",
    ],
)
def test_compatibility_forms_read_as_plain_ones(text):
    assert codes(text) == ("48**",)


@pytest.mark.parametrize(
    "text",
    [
        "\u043a\u0435\u0443 \u0455\u0430f\u0435: 4821",  # Cyrillic к е у ѕ а е
        "k\u0435y s\u0430fe code 4821",  # two Cyrillic letters in Latin words
        "\u039a\u0395\u03a5 SAFE 4821",  # Greek capitals Κ Ε Υ
        "\u03baey safe 4821",  # Greek small kappa
        "key safe code \u0664\u0668\u0662\u0661",  # Arabic-Indic digits
    ],
)
def test_look_alike_letters_and_other_digits_read_as_latin(text):
    assert codes(text) == ("48**",)


def test_clean_spaces_and_nfkc():
    assert clean("a\u00a0b\u202fc\u3000d") == "a b c d"
    assert clean("\ufb01le") == "file"  # the ligature
    assert clean("plain ascii") == "plain ascii"


def test_skeleton_keeps_length_and_names_match_on_the_cleaned_text():
    text = clean("\u0416\u0430\u043d\u043d\u0430 key")
    assert len(skeleton(text)) == len(text)
    russian = ClientIndex.build([ClientRecord("r1", "\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432")])
    found = scan([TextPart("body", "\u0418\u0432\u0430\u043d \u041f\u0435\u0442\u0440\u043e\u0432 key safe 4821")], russian)
    assert found.named == {"r1"} and found.masked_codes == ("48**",)


def test_a_phone_with_no_break_spaces_identifies_its_client():
    assert scan([TextPart("body", "call 01622\u00a0334455")], INDEX).strong == {"c1"}


def test_the_written_out_classes_are_unicodes_own():
    import re

    import regex

    from needtoknow.inspect.unicode_clean import IGNORABLE, SPACES

    ours_di, ours_zs = re.compile("[%s]" % IGNORABLE), re.compile("[ %s]" % SPACES)
    di, zs = regex.compile(r"\p{Default_Ignorable_Code_Point}"), regex.compile(r"\p{Zs}")
    for code in range(0x110000):
        char = chr(code)
        assert bool(ours_di.match(char)) == bool(di.match(char)), hex(code)
        assert bool(ours_zs.match(char)) == bool(zs.match(char)), hex(code)
