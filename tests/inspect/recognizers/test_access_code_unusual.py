"""Codes written unusually (round 10, recall side): each class as data. Every positive here was
missed before this round; every trap beside it must stay quiet."""
import pytest

from needtoknow.inspect.recognizers.access_code import AccessCodeRecognizer

RECOGNIZER = AccessCodeRecognizer()


def codes(text):
    return [r.recognition_metadata["normalized"] for r in RECOGNIZER.analyze(text, ["ACCESS_CODE"])]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a value alone on its line, below a label that describes where the device is
        ("KEY SAFE (round the side by the gas meter)\n4821", ["4821"]),
        ('Keysafe on the garage wall next to the drainpipe\n4821"', ["4821"]),
        ("Key safe behind the bins by the big shed\n4821 - reset after use", ["4821"]),
        # glued to a label with a space in it, or to "code" (a PDF drawn without separators)
        ("Key safe4821", ["4821"]), ("Lock box4821", ["4821"]), ("Door code4821", ["4821"]),
        ("Keysafe code48-21", ["4821"]), ("Key safeJ4821", ["J4821"]), ("KSC4821", ["4821"]),
        ("Door codefour eight two one", ["4821"]), ("KS/4821", ["4821"]), ("Keysafe/4821", ["4821"]),
        # shorthand: KSC (key safe code), "cd" for code after what it opens
        ("KSC 4821", ["4821"]), ("KSC: 4821", ["4821"]), ("door cd 4821", ["4821"]),
        ("ksafe 4821", ["4821"]), ("Gates: 4821", ["4821"]),
        # devices named by their make or trade name
        ("Digilock 4821", ["4821"]), ("Digi-lock on the shed 4821", ["4821"]),
        ("Supra box: 4821", ["4821"]),
        # "pop in", a verb of keying
        ("Pop in 4821 and the box opens", ["4821"]),
        # a label's colon above a blank line; exclamation marks as emphasis, not a sentence's end
        ("Key safe code:\n\n4821", ["4821"]), ("Key safe\n\n4821", ["4821"]), ("KEYSAFE CODE CHANGED!!! 4821", ["4821"]),
        ("ks changed!! now 4821", ["4821"]),
        # "for" before a general label; places that take a code (a lift, a car park barrier)
        ("Code for keys: 4821", ["4821"]), ("Lift code 4821", ["4821"]),
        ("Keysafe Y/N: Y  Code: 4821", ["4821"]),  # a form's answer is no one's code
        ("Car park barrier code 4821", ["4821"]),
        # said to be the code, though it reads as a year
        ("2081 is the code for the key safe", ["2081"]), ("1987 was the code for the door", ["1987"]),
    ],
)
def test_unusual_codes_found(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Key safe round the side by the gas meter\n2019",  # a year alone below a label
        "Key safe round the back by the bins\n4821 visits booked this week",
        # whose code: not access
        "Product code4821", "postcode1234", "Promo code4821", "Promo codeone two three four",
        "Pop in 0930 for a cuppa", "Pop in at 1430 tomorrow",  # a visit's time
        "CD 4821 in the car",  # "cd" alone is a disc
        "Notes:\n\n4821", "Thanks for your help with the key safe today\n\n4821", "Gates 2019", "Dates 03/12/2024 for the keysafe/door",
        "Great!! 1430 visit moved", "Discount for box 4821", "Size of box 4821",
        "2019 is the year the key safe was fitted", "1930 is the time the door opens",
        "New key safe (Supra C500) ordered", "Keys cut at the shop, receipt 48213",
        "Key safe stock code 48213",
    ],
)
def test_near_misses_stay_quiet(text):
    assert codes(text) == []
