"""ACCESS_CODE: codes next to their label are found; every other four-digit number is not."""
import pytest

from needtoknow.inspect.recognizers.access_code import AccessCodeRecognizer, mask

RECOGNIZER = AccessCodeRecognizer()


def codes(text):
    return [r.recognition_metadata["normalized"] for r in RECOGNIZER.analyze(text, ["ACCESS_CODE"])]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Key safe: 9357", ["9357"]),
        ("Keysafe 2580", ["2580"]),
        ("key-safe code is 1470", ["1470"]),
        ("KEY SAFE CODE: 3691", ["3691"]),
        ("KS 8024", ["8024"]),
        ("K/S: 802466", ["802466"]),
        ("Door entry: C1234", ["C1234"]),
        ("door code 4 8 1 2", ["4812"]),
        ("Key safe 7-3-1-9", ["7319"]),
        ("Key box: 2468", ["2468"]),
        ("keybox 24680", ["24680"]),
        ("Lockbox code 1357", ["1357"]),
        ("lock box 1357", ["1357"]),
        ("Alarm 2580", ["2580"]),
        ("Alarm code: 0000", ["0000"]),
        ("Gate code - 1470", ["1470"]),
        ("Entry code:5512", ["5512"]),
        ("Key safe no. 6630", ["6630"]),
        ("Key safe at the back door: 1234", ["1234"]),
        ("Key safe (by the garage) 7788", ["7788"]),
        ("Key safe (front door): 4417", ["4417"]),
        ("The key safe code for Mrs Smith is 9051.", ["9051"]),
        ("Key safe code for Mrs. Smith: 9051", ["9051"]),
        ("Key safe No. C1234", ["C1234"]),
        ("Key safe code: 4812, alarm 1234", ["4812", "1234"]),
        ("Key safe code 4812 changed 03/12/2024", ["4812"]),
        ("Name: Mrs Ivy Clarke | Phone: 01622 334455 | Key safe code: 9357", ["9357"]),
        ("Key safe code: 9357 | Phone: 01622 334455", ["9357"]),
        ("Key safe code: 9357\nName: Arthur Wood | Address: 12 Mill Close", ["9357"]),
    ],
)
def test_finds_codes_after_their_label(text, expected):
    assert codes(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Please read the code of conduct 2024 before your first visit.",
        "Send the forms to PO Box 1234, Chatham.",
        "Meeting in Room 1234 at 10am.",
        "Call the office on ext 1234.",
        "Invoice 12345 is overdue.",
        "Key safe invoice 12345 attached.",
        "Key safe supplier ref 55123",
        "Company number 01234567",
        "The key safe was fitted in 2019.",
        "Key safe installed 2019",
        "Key safe price £1234",
        "Key safe cost 1234 pounds",
        "Alarm call at 14:30 daily",
        "Alarm at 0730",
        "Key safe since 2019",
        "Key safe, ordered 03/12 at 1130",
        "Key safe checked 03/12/2024",
        "GP appointment 1430 on Tuesday",
        "GP appointment at 14:30 on 03/12/2024",
        "Year 2024 budget",
        "4812",
        "Key safe",
        "Key safe. The meeting is in room 1234",
        "Key safe fitted. Order 5521 arrives Monday.",
        "Key safe code",
        "Postcode: ME5 6JW",
        "Key safe 12.345 kg",
        "Key safe code on page 1234",
        "Lifeline alarm number 01622 334455",
        "Fire alarm test 1400 on Tuesday",
        "Alarm clock set for 0700",
        "Key safe 2019 model",
        "Alarm 0700 am",
    ],
)
def test_other_numbers_are_not_codes(text):
    assert codes(text) == []


@pytest.mark.parametrize(
    "code, masked",
    [("4812", "48**"), ("C1234", "C1***"), ("802466", "80****")],
)
def test_mask_keeps_two_characters(code, masked):
    assert mask(code) == masked
